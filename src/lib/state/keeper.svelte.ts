import { untrack } from 'svelte';
import type { InputFile } from '../import/input-file';
import { alignTo, snapshotOf, type LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';
import type { Persistence } from './persistence';

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

/**
 * Writes what the user made to this browser's storage: an opened network's files once, then only
 * where its nodes are; a link's layout under its path and query; the bundled network's pins.
 */
export class Keeper {
	/** What the user made is written to this browser's storage. */
	kept = $state(false);
	readonly #persistence: Persistence;
	/** The stamp of the opened network's files once they are written. */
	#stamp = $state.raw<{ dataset: Dataset; stamp: number } | null>(null);
	/** Until the bundled network's kept layout is read, nothing of it is saved or forgotten. */
	#bundledRead = false;

	constructor(persistence: Persistence) {
		this.#persistence = persistence;
	}

	/** The bundled network's kept layout, if it still fits this build's dataset (`dataset`). */
	async readBundled(dataset: Dataset): Promise<LayoutSnapshot | null> {
		const kept = await this.#persistence.loadBundled();
		this.#bundledRead = true;
		return kept ? alignTo(kept, idsOf(dataset)) : null;
	}

	/** Writes the files of a network just opened; `shown` tells whether it is still on screen then. */
	keepFiles(name: string, files: InputFile[], dataset: Dataset, shown: () => boolean): void {
		this.#stamp = null;
		void this.#persistence.keepOpened(name, files).then((stamp) => {
			if (stamp !== null && shown()) this.#stamp = { dataset, stamp };
		});
	}

	/** A network reopened from files kept under `stamp`: they need no writing again. */
	adopt(dataset: Dataset, stamp: number): void {
		this.#stamp = { dataset, stamp };
	}

	/**
	 * Keeps where the nodes are and which are pinned. Called from an effect, this runs again when
	 * the opened files have been written; what is on screen (`screen`) is read untracked.
	 */
	save(screen: () => OnScreen, positions: Float64Array, pinned: ReadonlySet<number>): void {
		const stamp = this.#stamp;
		untrack(() => {
			this.kept = false;
			const done = (ok: boolean) => (this.kept = ok);
			const { opened, link, name, dataset } = screen();
			if (opened && link !== null)
				void this.#persistence
					.saveLink(link, snapshotOf(positions, pinned, idsOf(opened)))
					.then(done);
			else if (opened) {
				// The files were written when opened (see keepFiles); this is only where the nodes are.
				if (stamp?.dataset !== opened) return;
				const kept = name || opened.title;
				void this.#persistence
					.saveOpenedLayout(kept, stamp.stamp, snapshotOf(positions, pinned))
					.then(done);
			} else if (!this.#bundledRead) return;
			else if (pinned.size === 0) void this.#persistence.forgetBundled();
			else
				void this.#persistence
					.saveBundled(snapshotOf(positions, pinned, idsOf(dataset)))
					.then(done);
		});
	}

	/** Deletes what is kept of the network that was on screen. */
	async forget(was: Pick<OnScreen, 'opened' | 'link'>): Promise<void> {
		this.#stamp = null;
		if (was.opened && was.link !== null) await this.#persistence.forgetLink(was.link);
		else if (was.opened) await this.#persistence.forgetOpened();
		else await this.#persistence.forgetBundled();
	}
}
