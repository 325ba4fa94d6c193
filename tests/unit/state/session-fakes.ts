import type { InputFile } from '$lib/import/input-file';
import { openFiles, placeAsSaved } from '$lib/import/open';
import { FileRefused } from '$lib/import/open-async';
import {
	fromKeyed,
	type KeyedLayout,
	type LayoutSnapshot,
	type LayoutWithIds
} from '$lib/model/layout-snapshot';
import type { OpenInWorker } from '$lib/state/opening.svelte';
import { StoredPersistence } from '$lib/state/persist';
import {
	StorageUnavailable,
	type Change,
	type RecordStore,
	type TabBus
} from '$lib/state/record-store';
import type { AsideRecord } from '$lib/state/saved-records';

/** A full disk, as IndexedDB reports it. */
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * What a browser keeps, in memory, shared by the tabs of a test: each record as stored, copied in
 * and out as IndexedDB does, so anything may be put under a key to play a damaged copy.
 */
export class MemoryStore implements RecordStore {
	readonly records = new Map<string, unknown>();
	/** How many writes to refuse from now on (a full disk; Infinity for all). */
	refuse = 0;
	/** No storage at all, as where IndexedDB is missing. */
	missing = false;
	/** How often each key was written. */
	readonly writes = new Map<string, number>();

	async read(keys: readonly string[]): Promise<unknown[]> {
		if (this.missing) throw new StorageUnavailable('no IndexedDB');
		return keys.map((key) => structuredClone(this.records.get(key)));
	}

	async update<T>(keys: readonly string[], decide: (values: unknown[]) => Change<T>): Promise<T> {
		// Read, decided and written in one go, as one IndexedDB transaction is.
		await Promise.resolve();
		if (this.missing) throw new StorageUnavailable('no IndexedDB');
		const change = decide(keys.map((key) => structuredClone(this.records.get(key))));
		const put = change.put ?? [];
		const remove = change.remove ?? [];
		if (put.length + remove.length === 0) return change.answer;
		if (this.refuse > 0) {
			this.refuse--;
			throw quotaExceeded();
		}
		for (const [key, value] of put) {
			this.records.set(key, structuredClone(value));
			this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
		}
		for (const key of remove) this.records.delete(key);
		return change.answer;
	}

	async keys(): Promise<string[]> {
		if (this.missing) throw new StorageUnavailable('no IndexedDB');
		return [...this.records.keys()];
	}
}

/** One browser: its store, and a channel between its tabs (delivered later, as a browser does). */
export class MemoryBrowser {
	readonly store = new MemoryStore();
	readonly #tabs = new Map<string, ((record: string) => void)[]>();

	/** The persistence of a tab named `name`. */
	tab(name: string): StoredPersistence {
		const listeners: ((record: string) => void)[] = [];
		this.#tabs.set(name, listeners);
		const bus: TabBus = {
			post: (record) => {
				for (const [other, heard] of this.#tabs)
					if (other !== name) setTimeout(() => heard.forEach((h) => h(record)));
			},
			listen: (heard) => listeners.push(heard)
		};
		return new StoredPersistence(this.store, name, bus);
	}

	/** Keeps an opened network as a tab of an earlier visit did (no layout yet). */
	keep(kept: { name: string; files: InputFile[]; stamp: number }): void {
		const { name, files, stamp } = kept;
		this.store.records.set('files', { stamp, files });
		this.store.records.set('current', { kind: 'opened', name, stamp, layout: null });
	}

	/** The opened network kept, read as stored: its name, stamp, layout and files. */
	opened() {
		const current = this.store.records.get('current') as
			{ name: string; stamp: number; layout: LayoutSnapshot | null } | undefined;
		const files = this.store.records.get('files') as
			{ stamp: number; files: InputFile[] } | undefined;
		if (!current) return undefined;
		return {
			name: current.name,
			stamp: current.stamp,
			layout: current.layout ?? undefined,
			files: files?.stamp === current.stamp ? files.files : undefined
		};
	}

	/** The bundled network's kept layout. */
	bundled(): LayoutWithIds | undefined {
		const kept = this.store.records.get('bundled') as KeyedLayout | undefined;
		return kept && fromKeyed(kept);
	}

	/** The layouts kept for links, by path and query. */
	links(): Map<string, LayoutWithIds> {
		return new Map(
			[...this.store.records]
				.filter(([key]) => key.startsWith('link:'))
				.map(([key, value]) => [key.slice('link:'.length), value as LayoutWithIds])
		);
	}

	/** The copies set aside, as stored. */
	aside(): AsideRecord[] {
		return [...this.store.records]
			.filter(([key]) => key.startsWith('aside:'))
			.map(([, value]) => value as AsideRecord);
	}

	/** How often the files of an opened network were written. */
	get filesWritten(): number {
		return this.store.writes.get('files') ?? 0;
	}
}

/** A promise settled from outside: what the test holds back and when it lets it go. */
export function gate() {
	let open = () => {};
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}

/**
 * The import worker's work done on this thread, as its fallback does: files it cannot open are
 * refused (FileRefused). Each call waits for the next gate in `gates`, if any.
 */
export class ImportHere {
	readonly gates: Promise<void>[] = [];
	/** The names of the files of each call, in order. */
	readonly calls: string[] = [];
	/** Fails every call on the way, as a worker that did not load would. */
	broken = false;

	open: OpenInWorker = async (files, onStage, layout) => {
		this.calls.push(files.map((f) => f.name).join(' + '));
		await this.gates.shift();
		if (this.broken) throw new Error('The file could not be opened: the import worker failed.');
		let opened;
		try {
			opened = openFiles(files, undefined, onStage);
		} catch (error) {
			throw new FileRefused((error as Error).message);
		}
		if (layout) placeAsSaved(opened.dataset, layout);
		return { ...opened, files };
	};
}

export const jsonFile = (name: string, value: unknown): InputFile => ({
	name,
	bytes: new TextEncoder().encode(JSON.stringify(value))
});

/** A network of `ids` in a chain. */
export const chain = (title: string, ids: string[]) => ({
	title,
	nodes: ids.map((id) => ({ id })),
	edges: ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id }))
});
