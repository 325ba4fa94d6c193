import type { Persistence } from './persistence';

/**
 * A `Persistence` whose implementation loads on first need: the code that reads, checks and writes
 * the kept records (and its validator) is not part of the first page. While nothing is loaded, a
 * read first asks `kept` whether the store holds anything at all; where it holds nothing (a first
 * visit), the answer is "nothing kept" without loading the code that would have found the same.
 * A write, a record found, or a word from another tab (`load`) loads it. Every call waits for the
 * same load.
 */
export class LazyPersistence implements Persistence {
	readonly #load: () => Promise<Persistence>;
	readonly #kept: () => Promise<string[]>;
	#real: Promise<Persistence> | null = null;
	#keys: Promise<string[] | null> | null = null;

	/** `kept` lists the keys the store holds, and throws where the store cannot be read. */
	constructor(load: () => Promise<Persistence>, kept: () => Promise<string[]>) {
		this.#load = load;
		this.#kept = kept;
	}

	#get(): Promise<Persistence> {
		return (this.#real ??= this.#load().then((p) => {
			for (const changed of this.#listeners) p.onChange(changed);
			return p;
		}));
	}

	/** Loads the implementation now: another tab wrote, and this one should hear of it. */
	load(): void {
		void this.#get();
	}

	/** Whether a read must go to the implementation: it is loaded, or the store holds something. */
	async #mustRead(): Promise<boolean> {
		if (this.#real) return true;
		this.#keys ??= this.#kept().catch(() => null);
		const keys = await this.#keys;
		return keys === null || keys.length > 0 || this.#real !== null;
	}

	available: Persistence['available'] = async () =>
		(await this.#mustRead()) ? (await this.#get()).available() : true;
	loadOpened: Persistence['loadOpened'] = async () =>
		(await this.#mustRead()) ? (await this.#get()).loadOpened() : undefined;
	keepOpened: Persistence['keepOpened'] = (...a) => this.#get().then((p) => p.keepOpened(...a));
	saveOpenedLayout: Persistence['saveOpenedLayout'] = (...a) =>
		this.#get().then((p) => p.saveOpenedLayout(...a));
	forgetOpened: Persistence['forgetOpened'] = () => this.#get().then((p) => p.forgetOpened());
	setAsideOpened: Persistence['setAsideOpened'] = (...a) =>
		this.#get().then((p) => p.setAsideOpened(...a));
	loadBundled: Persistence['loadBundled'] = async () =>
		(await this.#mustRead()) ? (await this.#get()).loadBundled() : undefined;
	saveBundled: Persistence['saveBundled'] = (...a) => this.#get().then((p) => p.saveBundled(...a));
	forgetBundled: Persistence['forgetBundled'] = () => this.#get().then((p) => p.forgetBundled());
	loadLink: Persistence['loadLink'] = async (...a) =>
		(await this.#mustRead()) ? (await this.#get()).loadLink(...a) : undefined;
	saveLink: Persistence['saveLink'] = (...a) => this.#get().then((p) => p.saveLink(...a));
	forgetLink: Persistence['forgetLink'] = (...a) => this.#get().then((p) => p.forgetLink(...a));
	setAside: Persistence['setAside'] = async () =>
		(await this.#mustRead()) ? (await this.#get()).setAside() : [];
	download: Persistence['download'] = (...a) => this.#get().then((p) => p.download(...a));
	discardSetAside: Persistence['discardSetAside'] = () =>
		this.#get().then((p) => p.discardSetAside());
	/** Heard once the implementation has loaded: it loads with the first write or record found. */
	onChange: Persistence['onChange'] = (changed) => {
		this.#listeners.push(changed);
		if (this.#real) void this.#real.then((p) => p.onChange(changed));
	};
	readonly #listeners: Parameters<Persistence['onChange']>[0][] = [];
}
