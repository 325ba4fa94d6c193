import { applyEdit, type Edit, type EditError, type EditResult } from '../model/edit-ops';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';
import type { InputFile } from '../import/input-file';
import { fileOf, layoutFor, placesOf, type Place } from './editing-places';
import type { History } from './history.svelte';
import type { Written } from './persistence';

/** What editing needs of the session: the network on screen, its picture, and a way to replace it. */
export interface EditHost {
	/** The network on screen. */
	readonly dataset: Dataset;
	/** True when it is the user's own (opened from files or a copy); the bundled one is not. */
	readonly own: boolean;
	readonly history: History;
	/** Whether what is on screen is kept in this browser; 'conflict' when another tab wrote it. */
	readonly saved: Written | null;
	/** The picture now: positions in node order and the pinned indices. */
	picture(): { positions: ArrayLike<number>; pinned: ReadonlySet<number> };
	/**
	 * Shows `dataset` as the user's own network, kept in this browser as `files`; its nodes are
	 * drawn where `layout` puts them (the picture stays as it is when none is given).
	 */
	show(dataset: Dataset, name: string, files: InputFile[], layout?: LayoutSnapshot): void;
	/** The name the network on screen was opened or copied under. */
	readonly name: string;
	/** Reads files with the import pipeline without showing them (a file to merge in). */
	read(files: File[]): Promise<Dataset>;
}

/** A small store for the count of changes not downloaded, so that it survives a reload. */
export interface PendingStore {
	read(): { name: string; count: number } | null;
	write(value: { name: string; count: number } | null): void;
}

const memoryStore = (): PendingStore => {
	let value: { name: string; count: number } | null = null;
	return { read: () => value, write: (v) => (value = v) };
};

const NONE: ReadonlyMap<string, Place> = new Map();

/** One change in the list of changes since the network was opened. */
export interface Change {
	label: string;
	/** Undone: Redo would do it again. */
	undone: boolean;
}

/**
 * Edit mode: every change to the network goes through `applyEdit`, which checks it as an opened
 * file is checked, and into the session's one history, beside moves and pins, so Undo and Redo
 * (buttons, Ctrl+Z, Ctrl+Shift+Z) take back edits and moves in the order they were made. The
 * bundled network is never edited: `copy` first makes it the user's own.
 */
export class Editing {
	readonly #host: EditHost;
	readonly #pending: PendingStore;
	/** Edit mode is on: the side panel shows the editing forms. */
	on = $state(false);
	/** A node just added by a double-click: its label field takes the focus, to name it. */
	fresh = $state<string | null>(null);
	/** Why the last edit was refused, with its place; cleared by the next edit that lands. */
	error = $state.raw<EditError | null>(null);
	/** The edits done since opening, oldest first, then those undone (which Redo would do again). */
	#done = $state.raw<string[]>([]);
	#undone = $state.raw<string[]>([]);
	/** How many of `#done` had been made when the network was last downloaded; -1: none of these. */
	#downloaded = $state(0);
	/** Changes kept from an earlier visit that were not downloaded then. */
	#carried = $state(0);
	/** The history's generation the lists belong to: another network clears both. */
	#generation: number;

	constructor(host: EditHost, pending: PendingStore = memoryStore()) {
		this.#host = host;
		this.#pending = pending;
		this.#generation = host.history.generation;
		const kept = pending.read();
		if (kept && host.own && kept.name === host.name) this.#carried = kept.count;
	}

	/** Another network has been shown since these lists were made: they say nothing of it. */
	get #stale(): boolean {
		return this.#host.history.generation !== this.#generation;
	}

	/** The changes since opening, oldest first: done, then undone. */
	get changes(): Change[] {
		if (this.#stale) return [];
		return [
			...this.#done.map((label) => ({ label, undone: false })),
			...this.#undone.toReversed().map((label) => ({ label, undone: true }))
		];
	}

	/** How many changes the last download does not hold. */
	get notDownloaded(): number {
		if (this.#stale) return 0;
		const since =
			this.#downloaded < 0 ? this.#done.length : Math.abs(this.#done.length - this.#downloaded);
		return this.#carried + since;
	}

	/** The network on screen is the bundled one: it is edited as a copy. */
	get copyFirst(): boolean {
		return !this.#host.own;
	}

	/** Why the network on screen cannot be edited now, or null when it can. */
	get blocked(): string | null {
		if (!this.#host.own) return 'This is the bundled network: edit a copy of it.';
		if (this.#host.saved === 'conflict') {
			const kept =
				this.notDownloaded > 0
					? ' The changes made here were not saved over it: Download JSON keeps them.'
					: '';
			return `Another tab has changed this network since this tab read it: reload the page to see its changes before editing here.${kept}`;
		}
		return null;
	}

	/** The one history of edits and moves. */
	get history(): History {
		return this.#host.history;
	}

	/** Adds a node where the user double-clicked (layout units); its id, or null if refused. */
	addAt(x: number, y: number): string | null {
		const result = this.apply({ kind: 'add-node', fields: { label: 'New node' } }, { x, y });
		if ('error' in result) return null;
		this.fresh = result.id;
		return result.id;
	}

	/** Makes the network on screen the user's own copy, kept like an opened file. */
	copy(): void {
		const dataset = this.#host.dataset;
		const name = `${dataset.title} (copy)`;
		this.#host.show(dataset, name, [fileOf(dataset, name)]);
	}

	/**
	 * Applies an edit; a refused one changes nothing and says why (`error`). `at` places a new node
	 * (where the user double-clicked); without it, it goes beside its neighbours or the middle.
	 */
	apply(edit: Edit, at?: { x: number; y: number }): EditResult {
		const blocked = this.blocked;
		if (blocked) {
			this.error = { place: '', field: '', message: blocked };
			return { error: this.error };
		}
		const host = this.#host;
		const before = host.dataset;
		const result = applyEdit(before, edit);
		if ('error' in result) {
			this.error = result.error;
			return result;
		}
		this.error = null;
		// A local lookup, never rendered.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const made = new Map<string, Place>();
		if (edit.kind === 'add-node' && at && result.id) made.set(result.id, { ...at, pinned: false });
		this.#commit(before, result.dataset, result.label, made);
		return result;
	}

	/**
	 * Replaces the network with `after` (another file merged in) as one step of the history; new
	 * nodes go beside their neighbours.
	 */
	merge(after: Dataset, label: string): string | null {
		const blocked = this.blocked;
		if (blocked) return blocked;
		this.#commit(this.#host.dataset, after, label, NONE);
		return null;
	}

	/** Reads files with the import pipeline, without showing them. */
	read(files: File[]): Promise<Dataset> {
		return this.#host.read(files);
	}

	/** Shows `after` in place of `before`, nodes where they were, as one step of the history. */
	#commit(before: Dataset, after: Dataset, label: string, made: ReadonlyMap<string, Place>): void {
		const host = this.#host;
		const name = host.name;
		const was = placesOf(before, host.picture());
		const show = (dataset: Dataset, ...known: ReadonlyMap<string, Place>[]) => {
			const now = placesOf(host.dataset, host.picture());
			host.show(dataset, name, [fileOf(dataset, name)], layoutFor(dataset, now, ...known));
		};
		show(after, made, was);
		// A node placed beside others keeps that spot when the edit is redone.
		const placed = placesOf(after, host.picture());
		this.#record(label);
		host.history.push({
			label,
			undo: () => {
				show(before, was);
				this.#step(false);
			},
			redo: () => {
				show(after, placed);
				this.#step(true);
			}
		});
	}

	/** The network was downloaded as it is now. */
	downloaded(): void {
		this.#downloaded = this.#done.length;
		this.#carried = 0;
		this.#save();
	}

	#record(label: string): void {
		if (this.#stale) {
			[this.#done, this.#undone, this.#downloaded, this.#carried] = [[], [], 0, 0];
			this.#generation = this.#host.history.generation;
		}
		if (this.#done.length < this.#downloaded) this.#downloaded = -1;
		this.#done = [...this.#done, label];
		this.#undone = [];
		this.#save();
	}

	#step(forward: boolean): void {
		this.error = null;
		if (forward) {
			const label = this.#undone.at(-1);
			if (label === undefined) return;
			this.#undone = this.#undone.slice(0, -1);
			this.#done = [...this.#done, label];
		} else {
			const label = this.#done.at(-1);
			if (label === undefined) return;
			this.#done = this.#done.slice(0, -1);
			this.#undone = [...this.#undone, label];
		}
		this.#save();
	}

	#save(): void {
		const count = this.notDownloaded;
		this.#pending.write(count > 0 ? { name: this.#host.name, count } : null);
	}
}
