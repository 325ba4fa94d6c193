import { untrack } from 'svelte';
import { decodeView, discretePart, viewQuery, type Known } from './url';
import type { ViewState } from './view-state.svelte';
import { BASE_DEFAULTS, type ViewDefaults } from './view-defaults';

/** The address bar: read, and written by pushing or replacing a history entry. */
export interface Address {
	href(): string;
	push(url: URL): void;
	replace(url: URL): void;
}

/** How long typing, zooming or sliding goes on before the address bar follows. */
export const REPLACE_DELAY = 250;

/**
 * A view is a URL, written in one place and read in one place. Discrete changes (a selection, a
 * highlight, a filter) push a history entry, so back and forward step through views; typing,
 * zooming and sliding replace the current one, at most a few times a second. `data=`, the network
 * the page opened, stays in front of the view's query.
 */
export class UrlSync {
	readonly #view: ViewState;
	readonly #address: Address;
	/** The query last written to (or read from) the address bar; nothing is written before a read. */
	#written: string | null = null;
	/** A replace waiting for its timer. */
	#pending: string | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** The defaults of the network on screen: a colour or size equal to them is not written. */
	#defaults: () => ViewDefaults = () => BASE_DEFAULTS;

	constructor(view: ViewState, address: Address) {
		this.#view = view;
		this.#address = address;
	}

	/** Where the network on screen's defaults come from (the page's session). */
	defaultsFrom(defaults: () => ViewDefaults | undefined): void {
		this.#defaults = () => defaults() ?? BASE_DEFAULTS;
	}

	/** Puts the view the address bar holds on screen: when the page starts and a network lands. */
	read(known: Known): void {
		this.#view.apply(decodeView(new URLSearchParams(this.#viewPart()), known));
		this.#written = viewQuery(this.#view.snapshot(), known.defaults);
	}

	/**
	 * Once the network that shows has been read against: what the link asked for and that network
	 * lacks (unknown ids, a zoom out of range) leaves the address too, so copying it does not pass
	 * the junk on. The entry is replaced, not added. Not before: a `?data=` link's ids belong to the
	 * network it opens, not to the one on screen while it loads.
	 */
	settle(): void {
		if (this.#written !== null && this.#written !== this.#viewPart())
			this.#flush(this.#written, 'replace');
	}

	/** The address bar's query without `data=`, written as viewQuery writes it. */
	#viewPart(): string {
		const params = new URL(this.#address.href()).searchParams;
		params.delete('data');
		return params.toString().replace(/%2C/g, ',');
	}

	/** Writes the view to the address bar if it changed; the page calls this from an effect. */
	write(): void {
		const query = viewQuery(this.#view.snapshot(), this.#defaults());
		untrack(() => {
			const written = this.#written;
			if (written === null || query === written) return;
			const push = discretePart(query) !== discretePart(written);
			clearTimeout(this.#timer);
			// A pending replace belongs to the entry we are about to leave: write it first.
			if (push && this.#pending !== null) this.#flush(this.#pending, 'replace');
			this.#written = query;
			this.#pending = null;
			if (push) this.#flush(query, 'push');
			else {
				this.#pending = query;
				this.#timer = setTimeout(() => {
					this.#pending = null;
					this.#flush(query, 'replace');
				}, REPLACE_DELAY);
			}
		});
	}

	/** Back and forward: the address bar changed under us, so the view follows it. */
	popState(known: Known): void {
		const query = this.#viewPart();
		if (query === this.#written) return;
		clearTimeout(this.#timer);
		this.#pending = null;
		this.#view.apply(decodeView(new URLSearchParams(query), known));
		// What the view encodes to now (ids the dataset lacks are gone): no echo push follows.
		this.#written = viewQuery(this.#view.snapshot(), known.defaults);
	}

	#flush(query: string, how: 'push' | 'replace'): void {
		const url = new URL(this.#address.href());
		const data = url.searchParams.get('data');
		url.search = data ? `data=${encodeURIComponent(data)}${query ? `&${query}` : ''}` : query;
		this.#address[how](url);
	}
}
