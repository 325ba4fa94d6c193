import { createStore, delMany, get, set, setMany, type UseStore } from 'idb-keyval';
import type { InputFile } from '../import/input-file';
import {
	fromKeyed,
	toKeyed,
	type KeyedLayout,
	type LayoutSnapshot,
	type LayoutWithIds
} from '../model/layout-snapshot';
import type { KeptNetwork, Persistence } from './persistence';

// The records as stored. Later versions read them back, so a shape is only ever added to.

/** Under 'current': the opened network's name, the stamp of its files and its layout. */
type Current =
	| { kind: 'opened'; name: string; stamp: number; layout: LayoutSnapshot | null }
	/** How an opened network was kept before its files were (the project's JSON, layout included). */
	| { kind: 'opened'; name: string; json: string }
	/** The bundled network's layout, kept here by earlier versions. */
	| BundledRecord;

interface BundledRecord extends KeyedLayout {
	kind: 'bundled';
}

interface SavedFiles {
	stamp: number;
	files: InputFile[];
}

const KEY = 'current';
const FILES = 'files';
const BUNDLED = 'bundled';
const link = (path: string) => `link:${path}`;

/**
 * Persistence in IndexedDB, on this device only. The files are written once per network opened and
 * reopened through the import worker, so a large network is never serialised on the page; later
 * writes are only positions and pins.
 */
export class IdbPersistence implements Persistence {
	#store: UseStore | null = null;
	#lastStamp = 0;

	#db(): UseStore {
		return (this.#store ??= createStore('influence-map', 'state'));
	}

	// Private windows and locked-down browsers may refuse storage: reads then find nothing and
	// writes say they failed; the page starts fresh and never fails for it.
	async #read<T>(key: string): Promise<T | undefined> {
		try {
			return await get<T>(key, this.#db());
		} catch {
			return undefined;
		}
	}

	async #write(key: string, value: unknown): Promise<boolean> {
		try {
			await set(key, value, this.#db());
			return true;
		} catch {
			return false;
		}
	}

	async #remove(...keys: string[]): Promise<void> {
		try {
			await delMany(keys, this.#db());
		} catch {
			/* nothing kept to remove */
		}
	}

	async loadOpened(): Promise<KeptNetwork | undefined> {
		const saved = await this.#read<Current>(KEY);
		if (saved?.kind !== 'opened') return undefined;
		if ('json' in saved) {
			const files = [{ name: 'saved.json', bytes: new TextEncoder().encode(saved.json) }];
			return { name: saved.name, files, layout: undefined, stamp: null };
		}
		const kept = await this.#read<SavedFiles>(FILES);
		// Files of another network (written by another tab since) are as good as missing.
		const files = kept?.stamp === saved.stamp ? kept.files : undefined;
		return { name: saved.name, files, layout: saved.layout ?? undefined, stamp: saved.stamp };
	}

	async keepOpened(name: string, files: InputFile[]): Promise<number | null> {
		const stamp = (this.#lastStamp = Math.max(Date.now(), this.#lastStamp + 1));
		const current: Current = { kind: 'opened', name, stamp, layout: null };
		try {
			// One transaction: a record never names files that are not there.
			await setMany(
				[
					[FILES, { stamp, files } satisfies SavedFiles],
					[KEY, current]
				],
				this.#db()
			);
		} catch {
			return null;
		}
		return stamp;
	}

	saveOpenedLayout(name: string, stamp: number, layout: LayoutSnapshot): Promise<boolean> {
		return this.#write(KEY, { kind: 'opened', name, stamp, layout } satisfies Current);
	}

	forgetOpened(): Promise<void> {
		return this.#remove(KEY, FILES);
	}

	async loadBundled(): Promise<LayoutWithIds | undefined> {
		const kept = await this.#read<BundledRecord>(BUNDLED);
		if (kept) return fromKeyed(kept);
		const old = await this.#read<Current>(KEY);
		if (old?.kind !== 'bundled') return undefined;
		// Moved to its own key, so a file opened next does not write over it.
		await this.#write(BUNDLED, old);
		return fromKeyed(old);
	}

	saveBundled(layout: LayoutWithIds): Promise<boolean> {
		return this.#write(BUNDLED, { kind: 'bundled', ...toKeyed(layout) } satisfies BundledRecord);
	}

	async forgetBundled(): Promise<void> {
		if ((await this.#read<Current>(KEY))?.kind === 'bundled') await this.#remove(KEY);
		await this.#remove(BUNDLED);
	}

	/** A link's network is fetched anew each visit: only where its nodes were left is kept. */
	loadLink(key: string): Promise<LayoutSnapshot | undefined> {
		return this.#read<LayoutSnapshot>(link(key));
	}

	saveLink(key: string, layout: LayoutWithIds): Promise<boolean> {
		return this.#write(link(key), layout);
	}

	forgetLink(key: string): Promise<void> {
		return this.#remove(link(key));
	}
}
