import type { Persistence } from './persistence';

/**
 * A `Persistence` whose implementation loads on first use: the code that reads, checks and writes
 * the kept records (and its validator) is not part of the first page, which draws the bundled
 * network without it. Every call waits for the same load.
 */
export class LazyPersistence implements Persistence {
	readonly #load: () => Promise<Persistence>;
	#real: Promise<Persistence> | null = null;

	constructor(load: () => Promise<Persistence>) {
		this.#load = load;
	}

	#get(): Promise<Persistence> {
		return (this.#real ??= this.#load());
	}

	available: Persistence['available'] = () => this.#get().then((p) => p.available());
	loadOpened: Persistence['loadOpened'] = () => this.#get().then((p) => p.loadOpened());
	keepOpened: Persistence['keepOpened'] = (...a) => this.#get().then((p) => p.keepOpened(...a));
	saveOpenedLayout: Persistence['saveOpenedLayout'] = (...a) =>
		this.#get().then((p) => p.saveOpenedLayout(...a));
	forgetOpened: Persistence['forgetOpened'] = () => this.#get().then((p) => p.forgetOpened());
	setAsideOpened: Persistence['setAsideOpened'] = (...a) =>
		this.#get().then((p) => p.setAsideOpened(...a));
	loadBundled: Persistence['loadBundled'] = () => this.#get().then((p) => p.loadBundled());
	saveBundled: Persistence['saveBundled'] = (...a) => this.#get().then((p) => p.saveBundled(...a));
	forgetBundled: Persistence['forgetBundled'] = () => this.#get().then((p) => p.forgetBundled());
	loadLink: Persistence['loadLink'] = (...a) => this.#get().then((p) => p.loadLink(...a));
	saveLink: Persistence['saveLink'] = (...a) => this.#get().then((p) => p.saveLink(...a));
	forgetLink: Persistence['forgetLink'] = (...a) => this.#get().then((p) => p.forgetLink(...a));
	setAside: Persistence['setAside'] = () => this.#get().then((p) => p.setAside());
	download: Persistence['download'] = (...a) => this.#get().then((p) => p.download(...a));
	discardSetAside: Persistence['discardSetAside'] = () =>
		this.#get().then((p) => p.discardSetAside());
	/** Heard once the implementation has loaded; nothing can change before it writes or reads. */
	onChange: Persistence['onChange'] = (changed) => {
		void this.#get().then((p) => p.onChange(changed));
	};
}
