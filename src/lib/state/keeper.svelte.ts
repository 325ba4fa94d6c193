import { untrack } from 'svelte';
import type { InputFile } from '../import/input-file';
import { alignTo, sameLayout, snapshotOf, type LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';
import type { KeptRecord, Persistence, Written } from './persistence';

/** The network on screen, as far as keeping it goes. */
export interface OnScreen {
	/** A network opened from files or by link; null for the bundled one. */
	opened: Dataset | null;
	/** The path and query of the link it was opened by, if so: its layout is kept under them. */
	link: string | null;
	/** The name it was opened under. */
	name: string;
	/** The network shown: `opened`, or the bundled one. */
	dataset: Dataset;
}

const idsOf = (dataset: Dataset) => dataset.nodes.map((n) => n.id);
const recordOf = ({ opened, link }: Pick<OnScreen, 'opened' | 'link'>): KeptRecord =>
	opened ? (link !== null ? `link:${link}` : 'opened') : 'bundled';

/**
 * Writes what the user made to this browser's storage: an opened network's files once, then only
 * where its nodes are; a link's layout under its path and query; the bundled network's pins. It
 * tells (`status`) whether that is kept, and why not where it is not.
 */
export class Keeper {
	/** What became of the last write of what is on screen; null while it is on its way. */
	#written = $state<Written | null>(null);
	/** The browser offers no storage (until a write lands after all). */
	#unavailable = $state(false);
	readonly #persistence: Persistence;
	/** The stamp of the opened network's files once they are written. */
	#stamp = $state.raw<{ dataset: Dataset; stamp: number } | null>(null);
	/** Opened files the browser refused to write: written again with the next change. */
	#unkept: {
		name: string;
		files: InputFile[];
		dataset: Dataset;
		shown: () => boolean;
		edit: boolean;
	} | null = null;
	#keeping = false;
	/** The last write of opened files, settled once it has landed or failed. */
	#filesWrite: Promise<void> = Promise.resolve();
	/** Until the bundled network's kept layout is read, nothing of it is saved or forgotten. */
	#bundledRead = false;
	/** The record on screen, and its layout as stored (null: none): the same is not written again. */
	#record: KeptRecord | null = null;
	#stored: { record: KeptRecord; layout: LayoutSnapshot | null } | null = null;
	/** Counts the writes: only the latest one's answer shows. */
	#writes = 0;

	constructor(persistence: Persistence) {
		this.#persistence = persistence;
		persistence.onChange((record, now) => {
			if (record !== this.#record) return;
			this.#stored = null;
			// A layout deleted elsewhere is written again with the next change; an opened network's
			// layout cannot be, without its files.
			this.#written = now === 'gone' && record !== 'opened' ? null : now;
		});
	}

	/**
	 * Whether what is on screen is kept: 'saved', or why not; null while a write is on its way or
	 * when there is nothing to keep.
	 */
	get status(): Written | null {
		return this.#unavailable && this.#written !== 'saved' ? 'unavailable' : this.#written;
	}

	/** The browser offers no storage: said until a write lands. */
	unavailable(): void {
		this.#unavailable = true;
	}

	/** The bundled network's kept layout, if it still fits this build's dataset (`dataset`). */
	async readBundled(dataset: Dataset): Promise<LayoutSnapshot | null> {
		const kept = await this.#persistence.loadBundled();
		this.#bundledRead = true;
		const aligned = kept ? alignTo(kept, idsOf(dataset)) : null;
		// A kept layout that no longer fits is not shown: the first save replaces it.
		if (!kept || aligned) this.#stored = { record: 'bundled', layout: aligned };
		else this.#stored = null;
		return aligned;
	}

	/** What is kept of the network now on screen, as read: drawn unchanged, it is not written again. */
	shown(was: Pick<OnScreen, 'opened' | 'link'>, layout: LayoutSnapshot | null): void {
		this.#stored = { record: recordOf(was), layout };
	}

	/**
	 * Writes the files of a network just opened, or just edited (`edit`: refused where another tab
	 * wrote it since); `shown` tells whether it is still on screen then.
	 */
	keepFiles(
		name: string,
		files: InputFile[],
		dataset: Dataset,
		shown: () => boolean,
		edit = false
	): void {
		this.#stamp = null;
		this.#stored = null;
		this.#unkept = null;
		this.#keeping = true;
		this.#record = 'opened';
		this.#written = null;
		const write = ++this.#writes;
		this.#filesWrite = this.#persistence.keepOpened(name, files, edit).then((kept) => {
			this.#keeping = false;
			if (!shown()) return;
			if ('stamp' in kept) {
				this.#landed();
				this.#stamp = { dataset, stamp: kept.stamp };
			} else {
				// Refused for another tab's write: written again, it would be refused again. The
				// edits stay on screen, to download.
				if (kept.failed !== 'conflict' && kept.failed !== 'gone')
					this.#unkept = { name, files, dataset, shown, edit };
				if (write === this.#writes) this.#written = kept.failed;
			}
		});
	}

	/** A network reopened from files kept under `stamp`, with its layout: nothing to write yet. */
	adopt(dataset: Dataset, stamp: number, layout: LayoutSnapshot | null): void {
		this.#stamp = { dataset, stamp };
		this.#unkept = null;
		this.#stored = { record: 'opened', layout };
	}

	#landed(): void {
		this.#unavailable = false;
	}

	/** Sends a write and shows its answer, unless a later one was sent meanwhile. */
	#send(record: KeptRecord, layout: LayoutSnapshot | null, write: Promise<Written>): void {
		const ticket = ++this.#writes;
		if (this.#written === 'saved') this.#written = null;
		// Until this write lands, what is stored is not known: an undo back to the picture an
		// earlier write kept must be written again, not taken for unchanged.
		if (this.#stored?.record === record) this.#stored = null;
		void write.then((written) => {
			if (written === 'saved') {
				this.#landed();
				if (ticket === this.#writes) this.#stored = { record, layout };
			} else if (this.#stored?.record === record) this.#stored = null;
			// Nothing is kept of a bundled network without pins: nothing is said either.
			const said = written === 'saved' && layout === null ? null : written;
			if (ticket === this.#writes && this.#record === record) this.#written = said;
		});
	}

	/**
	 * Keeps where the nodes are and which are pinned. Called from an effect, this runs again when
	 * the opened files have been written; what is on screen (`screen`) is read untracked.
	 */
	save(screen: () => OnScreen, positions: Float64Array, pinned: ReadonlySet<number>): void {
		const stamp = this.#stamp;
		untrack(() => {
			const { opened, link, name, dataset } = screen();
			const record = recordOf({ opened, link });
			if (record !== this.#record) {
				this.#record = record;
				this.#written = null;
			}
			const keyed = () => snapshotOf(positions, pinned, idsOf(opened ?? dataset));
			const unchanged = (now: LayoutSnapshot | null) =>
				this.#stored?.record === record &&
				(now === null || this.#stored.layout === null
					? now === this.#stored.layout
					: sameLayout(now, this.#stored.layout));
			if (opened && link !== null) {
				const layout = keyed();
				if (unchanged(layout)) return this.#unchanged();
				this.#send(record, layout, this.#persistence.saveLink(link, layout));
			} else if (opened) {
				// The files were written when opened (see keepFiles); this is only where the nodes are.
				if (stamp?.dataset !== opened) return this.#retry(opened);
				const layout = snapshotOf(positions, pinned);
				if (unchanged(layout)) return this.#unchanged();
				const kept = name || opened.title;
				this.#send(record, layout, this.#persistence.saveOpenedLayout(kept, stamp.stamp, layout));
			} else if (!this.#bundledRead) return;
			else if (pinned.size === 0) {
				if (!unchanged(null)) this.#send(record, null, this.#persistence.forgetBundled());
			} else {
				const layout = keyed();
				if (unchanged(layout)) this.#unchanged();
				else this.#send(record, layout, this.#persistence.saveBundled(layout));
			}
		});
	}

	/** What is on screen is stored as it is: saved, unless another tab has written since. */
	#unchanged(): void {
		if (this.#written === null) this.#written = 'saved';
	}

	/** Writes again opened files the browser refused, once the user changes something. */
	#retry(opened: Dataset): void {
		const unkept = this.#unkept;
		if (unkept?.dataset !== opened || this.#keeping) return;
		this.keepFiles(unkept.name, unkept.files, opened, unkept.shown, unkept.edit);
	}

	/**
	 * An undo brings back a network whose records were deleted or replaced: what was stored is no
	 * longer known, so the next save writes it whatever it finds. Settles once the last write of
	 * opened files has landed, so that what the undo puts back is written after it.
	 */
	restoring(): Promise<void> {
		this.#stored = null;
		this.#written = null;
		return this.#filesWrite;
	}

	/** Deletes what is kept of the network that was on screen. */
	async forget(was: Pick<OnScreen, 'opened' | 'link'>): Promise<void> {
		this.#stamp = null;
		this.#unkept = null;
		if (was.opened && was.link !== null) await this.#persistence.forgetLink(was.link);
		else if (was.opened) await this.#persistence.forgetOpened();
		else {
			await this.#persistence.forgetBundled();
			this.#stored = { record: 'bundled', layout: null };
		}
	}
}
