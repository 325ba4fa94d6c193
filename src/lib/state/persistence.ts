import type { InputFile } from '../import/input-file';
import type { LayoutSnapshot, LayoutWithIds } from '../model/layout-snapshot';

/** The network opened from files last, as this browser kept it. */
export interface KeptNetwork {
	name: string;
	files: InputFile[];
	/** Where its nodes were left. */
	layout: LayoutSnapshot | undefined;
	/**
	 * Which writing of the files this is; null for a copy an earlier version kept in another form,
	 * which is written anew once it has opened.
	 */
	stamp: number | null;
}

/**
 * What became of a write: `saved`; `refused` by the browser (quota, a write cut short);
 * `unavailable`, the browser offering the page no storage at all; `conflict`, another tab having
 * written the record since this tab read it (nothing is overwritten); `gone`, the opened network's
 * copy deleted meanwhile (by another tab, or with the site's data), so a layout has no files to go
 * with.
 */
export type Written = 'saved' | 'refused' | 'unavailable' | 'conflict' | 'gone';

/** The kept records one tab may own: the opened network, the bundled one's layout, a link's. */
export type KeptRecord = 'opened' | 'bundled' | `link:${string}`;

/** A saved copy that could not be used, set aside (kept, not deleted) until the user decides. */
export interface SetAsideCopy {
	id: string;
	/** What it was and what the page did instead, in a sentence. */
	message: string;
	/** Why it could not be used. */
	detail: string;
}

/** A file to download: a copy set aside, as it was kept. */
export interface Download {
	name: string;
	type: string;
	data: Uint8Array<ArrayBuffer> | string;
}

/**
 * What survives a reload, per network: the files the user opened last with their layout, the
 * layout of each network opened by link (under its path and query), and the bundled network's.
 * Every record read is checked: a damaged one is set aside and listed by `setAside`, never
 * deleted unasked. Every write answers what became of it, and a write over a record another tab
 * has changed since this tab read it is refused. None of these throws.
 */
export interface Persistence {
	/** Whether the browser lets the page keep anything (no IndexedDB, or one that will not open). */
	available(): Promise<boolean>;
	loadOpened(): Promise<KeptNetwork | undefined>;
	/**
	 * Keeps newly opened files, with no layout yet, in place of the opened network kept before. An
	 * `edit` of the kept network is refused ('conflict') where another tab wrote it since this tab
	 * read it, and 'gone' where it was deleted.
	 */
	keepOpened(
		name: string,
		files: InputFile[],
		edit?: boolean
	): Promise<{ stamp: number } | { failed: Exclude<Written, 'saved'> }>;
	saveOpenedLayout(name: string, stamp: number, layout: LayoutSnapshot): Promise<Written>;
	forgetOpened(): Promise<Written>;
	/** Moves aside a kept network that no longer opens, with why; unless another tab replaced it. */
	setAsideOpened(kept: KeptNetwork, why: string): Promise<void>;
	loadBundled(): Promise<LayoutWithIds | undefined>;
	saveBundled(layout: LayoutWithIds): Promise<Written>;
	forgetBundled(): Promise<Written>;
	loadLink(key: string): Promise<LayoutWithIds | undefined>;
	saveLink(key: string, layout: LayoutWithIds): Promise<Written>;
	forgetLink(key: string): Promise<Written>;
	/** The copies set aside, on this visit or an earlier one. */
	setAside(): Promise<SetAsideCopy[]>;
	/** A copy set aside, as a file to download. */
	download(id: string): Promise<Download | undefined>;
	/** Deletes every copy set aside. */
	discardSetAside(): Promise<void>;
	/**
	 * Calls `changed` as soon as another tab has written a record this tab read or wrote, so that
	 * this tab's next write of it would be refused ('conflict'), or has deleted it ('gone').
	 */
	onChange(changed: (record: KeptRecord, now: 'conflict' | 'gone') => void): void;
}
