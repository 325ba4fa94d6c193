import type { InputFile } from '../import/input-file';
import type { LayoutSnapshot, LayoutWithIds } from '../model/layout-snapshot';

/** The network opened from files last, as this browser kept it. */
export interface KeptNetwork {
	name: string;
	/** Its files; undefined if they are missing (cleared by the browser, or another network's). */
	files: InputFile[] | undefined;
	/** Where its nodes were left. */
	layout: LayoutSnapshot | undefined;
	/**
	 * Which writing of the files this is; null for a copy an earlier version kept in another form,
	 * which is written anew once it has opened.
	 */
	stamp: number | null;
}

/**
 * What survives a reload, per network: the files the user opened last with their layout, the
 * layout of each network opened by link (under its path and query), and the bundled network's.
 * Reads find nothing and writes answer false where the browser refuses storage; none throws.
 */
export interface Persistence {
	loadOpened(): Promise<KeptNetwork | undefined>;
	/** Keeps newly opened files, with no layout yet; their stamp, or null if the browser refused. */
	keepOpened(name: string, files: InputFile[]): Promise<number | null>;
	saveOpenedLayout(name: string, stamp: number, layout: LayoutSnapshot): Promise<boolean>;
	forgetOpened(): Promise<void>;
	loadBundled(): Promise<LayoutWithIds | undefined>;
	saveBundled(layout: LayoutWithIds): Promise<boolean>;
	forgetBundled(): Promise<void>;
	loadLink(key: string): Promise<LayoutSnapshot | undefined>;
	saveLink(key: string, layout: LayoutWithIds): Promise<boolean>;
	forgetLink(key: string): Promise<void>;
}
