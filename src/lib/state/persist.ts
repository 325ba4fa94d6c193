import { createStore, delMany, get, set, setMany, type UseStore } from 'idb-keyval';
import type { InputFile } from '../import/open';

/** Where each node was drawn ([x0, y0, x1, y1, …], in dataset order) and which are pinned. */
export interface SavedLayout {
	positions: Float64Array;
	pinned: number[];
}

/**
 * What survives a reload, kept in IndexedDB on this device only: the files the user opened, as
 * they were, with the layout and pins; or, for the bundled network, its layout and pins, so the
 * picture comes back exactly as it was left. The files are written once per network opened and
 * reopened through the import worker, so a large network is never serialised on the page.
 */
export type Saved =
	| { kind: 'opened'; name: string; stamp: number; layout: SavedLayout | null }
	/** How an opened network was kept before its files were (the project's JSON, layout included). */
	| { kind: 'opened'; name: string; json: string }
	| { kind: 'bundled'; pins: string[]; positions: Record<string, [number, number]> };

interface SavedFiles {
	stamp: number;
	files: InputFile[];
}

const KEY = 'current';
const FILES = 'files';
let store: UseStore | null = null;
const db = () => (store ??= createStore('influence-map', 'state'));

export async function loadSaved(): Promise<Saved | undefined> {
	try {
		return await get<Saved>(KEY, db());
	} catch {
		// Private windows and locked-down browsers may refuse storage: start fresh, never fail.
		return undefined;
	}
}

/** The files of the saved opened network; undefined if they are missing or from another one. */
export async function loadFiles(stamp: number): Promise<InputFile[] | undefined> {
	try {
		const saved = await get<SavedFiles>(FILES, db());
		return saved?.stamp === stamp ? saved.files : undefined;
	} catch {
		return undefined;
	}
}

export async function save(value: Saved): Promise<void> {
	try {
		await set(KEY, value, db());
	} catch {
		/* see loadSaved */
	}
}

let lastStamp = 0;
/** Keeps newly opened files, with no layout yet, in one transaction; returns their stamp. */
export async function saveOpened(name: string, files: InputFile[]): Promise<number> {
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
		/* see loadSaved */
	}
	return stamp;
}

export async function forget(): Promise<void> {
	try {
		await delMany([KEY, FILES], db());
	} catch {
		/* see loadSaved */
	}
}
