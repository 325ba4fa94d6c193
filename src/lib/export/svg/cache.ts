/**
 * What a page costs to work out and gives the same answer for the same input (the page's spread
 * of the layout, its label placement), kept for whoever owns the object: an export dialog rewrites
 * its page for every letter typed in a caption, and "All labels" takes a few hundred milliseconds
 * to place. One entry of each kind, replaced by the next; two dialogs or decks with their own
 * cache never see each other's pages.
 */
export class PageCache {
	readonly #last = new Map<string, { key: string; value: unknown }>();

	/** The value for `key` of this kind: the one kept when the key is the last one's, else `make()`. */
	get<T>(kind: string, key: string, make: () => T): T {
		const kept = this.#last.get(kind);
		if (kept?.key === key) return kept.value as T;
		const value = make();
		this.#last.set(kind, { key, value });
		return value;
	}
}
