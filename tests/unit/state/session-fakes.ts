import type { InputFile } from '$lib/import/input-file';
import { openFiles, placeAsSaved } from '$lib/import/open';
import { FileRefused } from '$lib/import/open-async';
import type { LayoutSnapshot, LayoutWithIds } from '$lib/model/layout-snapshot';
import type { OpenInWorker } from '$lib/state/opening.svelte';
import type { KeptNetwork, Persistence } from '$lib/state/persistence';

/** What a browser keeps, in memory: each record as the session last wrote it. */
export class MemoryPersistence implements Persistence {
	opened: KeptNetwork | undefined;
	bundled: LayoutWithIds | undefined;
	readonly links = new Map<string, LayoutSnapshot>();
	/** How often the files of an opened network were written. */
	filesWritten = 0;
	#stamp = 0;

	async loadOpened() {
		return this.opened && { ...this.opened };
	}
	async keepOpened(name: string, files: InputFile[]) {
		this.filesWritten++;
		this.opened = { name, files, layout: undefined, stamp: ++this.#stamp };
		return this.#stamp;
	}
	async saveOpenedLayout(name: string, stamp: number, layout: LayoutSnapshot) {
		const files = this.opened?.stamp === stamp ? this.opened.files : undefined;
		this.opened = { name, files, layout, stamp };
		return true;
	}
	async forgetOpened() {
		this.opened = undefined;
	}
	async loadBundled() {
		return this.bundled;
	}
	async saveBundled(layout: LayoutWithIds) {
		this.bundled = layout;
		return true;
	}
	async forgetBundled() {
		this.bundled = undefined;
	}
	async loadLink(key: string) {
		return this.links.get(key);
	}
	async saveLink(key: string, layout: LayoutWithIds) {
		this.links.set(key, layout);
		return true;
	}
	async forgetLink(key: string) {
		this.links.delete(key);
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
