import { readStory, storyRefs, writeStory, type Slide, type StoryView } from '../model/story';
import type { Dataset } from '../model/types';

/** Where the story of each network is kept in this browser; the browser's is in story-store.ts. */
export interface StoryStore {
	load(key: string): Promise<unknown>;
	save(key: string, value: unknown): Promise<void>;
	/** Deletes what is kept under `key`, answering it (undefined for nothing). */
	take(key: string): Promise<unknown>;
}

/** What "Forget this dataset" does to the network's story, and what its Undo does. */
export interface StoryKeeping {
	/** Deletes the story this browser keeps for the network; answers it, to put back on Undo. */
	forget(dataset: Dataset, bundled: boolean): Promise<unknown>;
	/** Writes back what `forget` answered (nothing, if it answered nothing). */
	putBack(dataset: Dataset, bundled: boolean, kept: unknown): Promise<void>;
}

/**
 * Forgetting and putting back the stories kept in `store`; a story on screen (`shown`) goes back
 * to the file's own, and returns on Undo.
 */
export function storyKeeping(
	store: () => StoryStore,
	shown: (dataset: Dataset) => StoryState | undefined
): StoryKeeping {
	return {
		async forget(dataset, bundled) {
			const kept = await store().take(storyKey(dataset, bundled));
			await shown(dataset)?.restore();
			return kept;
		},
		async putBack(dataset, bundled, kept) {
			if (kept !== undefined) await store().save(storyKey(dataset, bundled), kept);
			await shown(dataset)?.restore();
		}
	};
}

/** A cluster a slide can be made for ("Slides for each cluster"). */
export interface StoryCluster {
	id: string;
	label: string;
	description?: string;
	members: string[];
}

/**
 * Which network a story belongs to: the bundled one, or another by its title and node ids, so the
 * same file opened again (from disk, a link or Download JSON) finds its story.
 */
export function storyKey(dataset: Dataset, bundled: boolean): string {
	if (bundled) return 'bundled';
	let h = 0x811c9dc5;
	const text = `${dataset.title}\n${dataset.nodes.map((n) => n.id).join('\n')}`;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return `network:${h.toString(16)}:${dataset.nodes.length}`;
}

const KEPT_VERSION = 1;

/**
 * The story of the network on screen: its slides, kept in the browser after every change. It
 * starts as the file's own `story`; once the user changes it, the browser's copy wins on reload.
 * Every change says what it did in `said`, for a live region.
 */
export class StoryState {
	slides = $state.raw<Slide[]>([]);
	/** The last change, in words. */
	said = $state('');
	/** True once the browser's copy (if any) has been read. */
	ready = $state(false);
	/** Why the story could not be kept, if it could not. */
	unkept = $state('');
	readonly dataset: Dataset;
	readonly #store: StoryStore | null;
	readonly #key: string;
	#count = 0;
	/** Settles once the browser's copy has been read. */
	restored: Promise<void> = Promise.resolve();

	readonly #own: (() => Promise<unknown>) | null;

	/**
	 * `own` loads the network's own story where the dataset on the page does not carry it (the
	 * bundled network's, kept out of the first page).
	 */
	constructor(
		dataset: Dataset,
		key: string,
		store: StoryStore | null,
		own: (() => Promise<unknown>) | null = null
	) {
		this.dataset = dataset;
		this.#key = key;
		this.#store = store;
		this.#own = own;
		this.slides = dataset.story ?? [];
	}

	/** Reads the browser's copy (again after a Forget or its Undo); one that names what the network lacks loses those slides only. */
	async restore(): Promise<void> {
		const refs = storyRefs(this.dataset);
		let kept: unknown;
		try {
			kept = await this.#store?.load(this.#key);
		} catch {
			// No storage: the file's story stands.
		}
		if (kept && typeof kept === 'object' && 'slides' in kept)
			this.slides = readStory((kept as { slides: unknown }).slides, refs, () => {});
		else if (this.#own && !this.dataset.story)
			this.slides = readStory(await this.#own(), refs, () => {});
		// Nothing kept (any more, after a Forget): the file's own story.
		else this.slides = this.dataset.story ?? [];
		this.ready = true;
	}

	#set(slides: Slide[], said: string): void {
		this.slides = slides;
		this.said = said;
		const value = { version: KEPT_VERSION, slides: writeStory(slides) };
		void this.#store
			?.save(this.#key, value)
			.then(() => (this.unkept = ''))
			.catch((e: unknown) => (this.unkept = e instanceof Error ? e.message : String(e)));
	}

	#newId(): string {
		return this.#newIdIn(this.slides);
	}

	#index(id: string): number {
		return this.slides.findIndex((s) => s.id === id);
	}

	/** Adds a slide after `after` (or at the end); answers its id. */
	add(slide: Omit<Slide, 'id'>, after?: string): string {
		const made: Slide = { ...slide, id: this.#newId() };
		const at = after ? this.#index(after) + 1 : this.slides.length;
		const next = [...this.slides];
		next.splice(at > 0 ? at : this.slides.length, 0, made);
		this.#set(next, `Added slide ${next.indexOf(made) + 1}, “${made.title}”.`);
		return made.id;
	}

	update(id: string, patch: Partial<Pick<Slide, 'title' | 'caption' | 'notes' | 'view'>>): void {
		const i = this.#index(id);
		if (i < 0) return;
		const next = [...this.slides];
		next[i] = { ...next[i]!, ...patch };
		if (patch.title !== undefined && !patch.title.trim()) next[i]!.title = this.slides[i]!.title;
		const said = patch.view
			? `Slide ${i + 1} now shows the current view.`
			: patch.title !== undefined
				? `Renamed slide ${i + 1} “${next[i]!.title}”.`
				: `Saved the ${patch.caption !== undefined ? 'caption' : 'notes'} of slide ${i + 1}.`;
		this.#set(next, said);
	}

	duplicate(id: string): string | null {
		const s = this.slides[this.#index(id)];
		if (!s) return null;
		return this.add({ ...s, title: `${s.title} (copy)` }, id);
	}

	remove(id: string): void {
		const i = this.#index(id);
		if (i < 0) return;
		const gone = this.slides[i]!;
		this.#set(
			this.slides.filter((s) => s.id !== id),
			`Deleted slide ${i + 1}, “${gone.title}”.`
		);
	}

	/** Moves a slide to place `to` (0-based, clamped); answers whether it moved. */
	moveTo(id: string, to: number): boolean {
		const from = this.#index(id);
		const place = Math.max(0, Math.min(this.slides.length - 1, to));
		if (from < 0 || place === from) return false;
		const next = [...this.slides];
		const [s] = next.splice(from, 1);
		next.splice(place, 0, s!);
		this.#set(next, `Moved “${s!.title}” to place ${place + 1} of ${next.length}.`);
		return true;
	}

	/** One slide per cluster, each highlighting it alone over `base`; answers how many. */
	addForClusters(clusters: readonly StoryCluster[], base: StoryView): number {
		let next = [...this.slides];
		for (const c of clusters) {
			const view: StoryView = {
				...base,
				selected: null,
				edge: null,
				focus: 0,
				path: null,
				query: '',
				highlighted: [c.id],
				frame: null
			};
			const n = c.members.length;
			const caption =
				c.description?.trim() || `${c.label}: ${n} node${n === 1 ? '' : 's'} of the network.`;
			next = [...next, { id: '', title: c.label, caption, notes: '', view }];
			next[next.length - 1]!.id = this.#newIdIn(next);
		}
		const added = clusters.length;
		this.#set(next, `Added ${added} slide${added === 1 ? '' : 's'}, one for each cluster.`);
		return added;
	}

	#newIdIn(slides: Slide[]): string {
		// A plain set, built and dropped within the call: nothing reads it reactively.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const taken = new Set(slides.map((s) => s.id));
		let id: string;
		do id = `slide-${slides.length + ++this.#count}`;
		while (taken.has(id));
		return id;
	}
}
