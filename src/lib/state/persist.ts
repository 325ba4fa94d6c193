import { createStore, delMany, get, set, setMany, type UseStore } from 'idb-keyval';
import type { InputFile } from '../import/open';

/** Where each node was drawn ([x0, y0, x1, y1, …], in dataset order) and which are pinned. */
export interface SavedLayout {
	positions: Float64Array;
	pinned: number[];
	/**
	 * The node ids in that order, for a network fetched anew each visit (a `?data=` link), whose
	 * file may have changed since: the layout is used only if they still match.
	 */
	ids?: string[];
}

/**
 * What survives a reload, kept in IndexedDB on this device only, per network: the files the user
 * opened last, as they were, with their layout and pins; the layout and pins of each network
 * opened by link (`?data=`); and the bundled network's. Each picture comes back exactly as it was
 * left. The files are written once per network opened and reopened through the import worker, so
 * a large network is never serialised on the page.
 */
export type Saved =
	| { kind: 'opened'; name: string; stamp: number; layout: SavedLayout | null }
	/** How an opened network was kept before its files were (the project's JSON, layout included). */
	| { kind: 'opened'; name: string; json: string }
	| BundledLayout;

export interface BundledLayout {
	kind: 'bundled';
	pins: string[];
	positions: Record<string, [number, number]>;
}

interface SavedFiles {
	stamp: number;
	files: InputFile[];
}

const KEY = 'current';
const FILES = 'files';
const BUNDLED = 'bundled';
const link = (path: string) => `link:${path}`;
let store: UseStore | null = null;
const db = () => (store ??= createStore('influence-map', 'state'));

// Private windows and locked-down browsers may refuse storage: reads then find nothing and
// writes say they failed; the page starts fresh and never fails for it.
async function read<T>(key: string): Promise<T | undefined> {
	try {
		return await get<T>(key, db());
	} catch {
		return undefined;
	}
}
async function write(key: string, value: unknown): Promise<boolean> {
	try {
		await set(key, value, db());
		return true;
	} catch {
		return false;
	}
}
async function remove(...keys: string[]): Promise<void> {
	try {
		await delMany(keys, db());
	} catch {
		/* nothing kept to remove */
	}
}

export const loadSaved = () => read<Saved>(KEY);

/** The files of the saved opened network; undefined if they are missing or from another one. */
export async function loadFiles(stamp: number): Promise<InputFile[] | undefined> {
	const saved = await read<SavedFiles>(FILES);
	return saved?.stamp === stamp ? saved.files : undefined;
}

export const save = (value: Saved) => write(KEY, value);

let lastStamp = 0;
/**
 * Keeps newly opened files, with no layout yet, in one transaction; returns their stamp, or null
 * if the browser refused (a full quota, a private window): then nothing is said to be kept.
 */
export async function saveOpened(name: string, files: InputFile[]): Promise<number | null> {
	const stamp = (lastStamp = Math.max(Date.now(), lastStamp + 1));
	const current: Saved = { kind: 'opened', name, stamp, layout: null };
	try {
		await setMany(
			[
				[FILES, { stamp, files } satisfies SavedFiles],
				[KEY, current]
			],
			db()
		);
	} catch {
		return null;
	}
	return stamp;
}

export const forget = () => remove(KEY, FILES);

/** The bundled network's layout and pins (kept under 'current' by earlier versions). */
export async function loadBundled(): Promise<BundledLayout | undefined> {
	const kept = await read<BundledLayout>(BUNDLED);
	if (kept) return kept;
	const old = await read<Saved>(KEY);
	if (old?.kind !== 'bundled') return undefined;
	// Moved to its own key, so a file opened next does not write over it.
	await write(BUNDLED, old);
	return old;
}

export const saveBundled = (value: BundledLayout) => write(BUNDLED, value);

export async function forgetBundled(): Promise<void> {
	if ((await read<Saved>(KEY))?.kind === 'bundled') await remove(KEY);
	await remove(BUNDLED);
}

/** Where the nodes of the network at a `?data=` path were left; it is fetched anew each time. */
export const loadLinkLayout = (path: string) => read<SavedLayout>(link(path));
export const saveLinkLayout = (path: string, layout: SavedLayout) => write(link(path), layout);
export const forgetLinkLayout = (path: string) => remove(link(path));
