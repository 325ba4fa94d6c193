import { MAX_BYTES, tooLarge } from '../import/protocol';
import type { InputFile } from '../import/input-file';
import { snapshotOf, startOf, type LayoutSnapshot } from '../model/layout-snapshot';
import type { DatasetIssue } from '../model/issues';
import type { Dataset } from '../model/types';
import { isolate } from '../scene/bidi';
import { labelRoom } from '../scene/label-room';
import type { Editing } from './editing.svelte';
import { History } from './history.svelte';
import { LayoutEdits } from './layout-edits';
import { LayoutRunner, workerEngine, type EngineFactory } from './layout-runner.svelte';
import { isRefusal, Opening, Superseded, type OpenInWorker } from './opening.svelte';
import { Keeper } from './keeper.svelte';
import type { Download, KeptNetwork, Persistence, SetAsideCopy, Written } from './persistence';
import { PreparedModels } from './prepared-models';
import { knownOf } from './url';
import { isLinked, linkOf } from './link';
import { UndoOffer } from './undo-offer.svelte';
import { DEFAULT_VIEW } from './view-snapshot';
import { viewDefaults } from './view-defaults';
import type { ViewState } from './view-state.svelte';
import type { Replaced } from './replaced';
import type { SessionOptions } from './session-options';
import type { StoryKeeping } from './story.svelte';
import { forgetStory } from './story-forget';

export type { SessionOptions } from './session-options';

/** A name in a message, in quotes. */
const quoted = (name: string) => `“${name}”`;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the user has open and what this browser keeps of it. The bundled network shows until a
 * network is opened from files, from a `?data=` link or from what an earlier visit kept; each
 * keeps its own layout (the bundled one's, each link's under its path and query, the opened
 * files' with them), so forgetting an opened network brings the bundled one back as it was left.
 */
export class DatasetSession {
	readonly #bundled: SessionOptions['bundled'];
	readonly #view: ViewState;
	readonly #address: SessionOptions['address'];
	readonly #href: string | undefined;
	readonly #persistence: Persistence;
	readonly #stories: (() => Promise<StoryKeeping>) | undefined;
	readonly #keeper: Keeper;
	readonly #fetch: SessionOptions['fetch'];
	readonly #engine: EngineFactory;
	readonly #models: PreparedModels;
	readonly #opening: Opening;
	/** Reads files through the import worker without showing them: a file to merge in. */
	readonly read: OpenInWorker;

	/** A network the user opened; until then, the bundled one. */
	opened = $state.raw<Dataset | null>(null);
	importError = $state('');
	importWarnings = $state.raw<DatasetIssue[]>([]);
	importName = $state('');
	/** What this browser kept (or the link's network) has opened or failed; nothing is saved before. */
	restored = $state(false);
	/** Saved copies that could not be used: set aside, not deleted, until the user decides. */
	setAside = $state.raw<SetAsideCopy[]>([]);
	/** The layout engine's handle for the network on screen. */
	runner: LayoutRunner;
	/** What can be undone on the network on screen; another network starts it afresh. */
	readonly history = new History();
	/** Moves, pins and relaxes of the picture, each undoable. */
	readonly edits = new LayoutEdits(
		() => this.runner,
		this.history,
		(i) => isolate(this.model.dataset.nodes[i]?.label ?? '')
	);
	/** The offer to undo the last open-over or forget, and what it said. */
	readonly undo: UndoOffer<Replaced>;
	/** Edit mode and its changes, loaded on first use; null until the user asks to edit. */
	editing = $state.raw<Editing | null>(null);

	/** Where `opened` came from, if a link: its layout is kept under the link's path and query. */
	#link = $state<string | null>(null);
	/** The files `opened` was opened from; null for a link's network and the bundled one. */
	#files: InputFile[] | null = null;
	/** The bundled network's layout as kept in this browser, fitted to this build's dataset. */
	#bundledKept = $state.raw<LayoutSnapshot | null>(null);
	/** "Reset layout": a fresh layout that ignores the network's positions and pins. */
	#fresh = false;

	readonly model = $derived.by(() => this.#models.modelOf(this.opened ?? this.#bundled.dataset));
	readonly explorer = $derived.by(() => this.#models.explorerOf(this.model));
	readonly known = $derived(knownOf(this.model.dataset));
	/**
	 * A `?data=` link names the network to show: until it has opened or failed, the bundled one's
	 * picture, legend and side panel are not shown. The prerendered page holds them; on a link,
	 * hydration drops them (an `{#if}` whose branch differs from the server's is replaced) instead
	 * of bringing to life a picture about to be replaced.
	 */
	readonly showNetwork = $derived.by(() => !this.#linked || this.restored || this.opened !== null);
	readonly canForget = $derived.by(
		() => this.opened !== null || this.#bundledKept !== null || this.runner.pinned.size > 0
	);
	/**
	 * The network on screen came from files: a link to this page cannot carry it, and opens the
	 * bundled network (or the receiver's own) instead.
	 */
	readonly fromFiles = $derived.by(() => this.opened !== null && this.#link === null);
	/** The opened file places some nodes: they can be pinned where it puts them. */
	readonly canPinFilePositions = $derived.by(
		() => this.opened !== null && this.model.positioned.length > 0
	);
	readonly #linked: boolean;

	constructor(options: SessionOptions) {
		this.#bundled = options.bundled;
		this.#view = options.view;
		this.#address = options.address;
		this.#href = options.href;
		this.#persistence = options.persistence;
		this.#stories = options.stories;
		this.#keeper = new Keeper(options.persistence);
		this.#fetch = options.fetch;
		this.#engine = options.engine ?? workerEngine;
		this.#models = new PreparedModels(options.view, options.nextFrame);
		this.read = options.openInWorker;
		this.#opening = new Opening(options.openInWorker, (dataset) => this.#models.prepare(dataset));
		this.#linked = options.href !== undefined && isLinked(options.href);
		this.undo = new UndoOffer(options.timers);
		this.runner = $state.raw(this.#layOut());
	}

	/** The file being opened and its stage, while it is opened. */
	get opening() {
		return this.#opening.current;
	}

	/** Whether what the user made is kept in this browser ('saved'), or why not. */
	get saved(): Written | null {
		return this.#keeper.status;
	}

	/** Takes the view from the address, then opens the link's network or what this browser kept. */
	async start(): Promise<void> {
		try {
			this.#address.read(this.known);
			const link = this.#href === undefined ? null : linkOf(this.#href);
			if (!(await this.#persistence.available())) this.#keeper.unavailable();
			this.#bundledKept = await this.#keeper.readBundled(this.#bundled.dataset);
			if (this.#bundledKept && !this.opened && !this.#fresh) this.runner = this.#layOut();
			await (link !== null ? this.#openLink(link) : this.#restore());
			this.setAside = await this.#persistence.setAside();
			this.#address.settle();
		} finally {
			this.restored = true;
		}
	}

	/** A copy set aside, as a file to download. */
	download(id: string): Promise<Download | undefined> {
		return this.#persistence.download(id);
	}

	/** Deletes the copies set aside: the user starts afresh from what is on screen. */
	async discardSetAside(): Promise<void> {
		this.setAside = [];
		await this.#persistence.discardSetAside();
	}

	/** Hides the copies set aside until the next visit. */
	dismissSetAside(): void {
		this.setAside = [];
	}

	/** Opens the user's files; a bad file leaves the network on screen as it was. */
	async openFiles(files: File[]): Promise<void> {
		this.dismiss();
		const huge = files.find((f) => f.size > MAX_BYTES);
		if (huge) {
			this.importError = `${huge.name}: ${tooLarge(huge.size)}. Open a smaller extract of the network.`;
			return;
		}
		const name = files.map((f) => f.name).join(' + ');
		// The files replace the opened network storage keeps: read it first, to put back on Undo.
		const keptOpened = this.#files === null ? this.#persistence.loadOpened() : undefined;
		try {
			const result = await this.#opening.run(name, () =>
				Promise.all(
					files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
				)
			);
			const replaced = this.#replaced(keptOpened);
			this.#view.apply({ ...DEFAULT_VIEW, ...viewDefaults(result.dataset) });
			this.#fresh = false;
			this.#show(result.dataset, name, null, result.files);
			this.importWarnings = result.warnings;
			this.#keep(name, result.files, result.dataset);
			this.undo.offer(
				`Opened ${quoted(name)} in place of ${quoted(this.#titleOf(replaced))}.`,
				replaced
			);
		} catch (error) {
			if (!(error instanceof Superseded)) this.importError = messageOf(error);
		}
	}

	dismiss(): void {
		this.importError = '';
		this.importWarnings = [];
	}

	/** Lays the network out afresh, unpinned, ignoring the positions it was kept or opened with. */
	resetLayout(): void {
		this.#bundledKept = null;
		this.#fresh = true;
		this.runner = this.#layOut();
	}

	pinFilePositions(): void {
		this.runner.pinMany(this.model.positioned);
	}

	/** Forgets the network on screen; the bundled one then shows as it was left. */
	async forget(): Promise<void> {
		const was = { opened: this.opened, link: this.#link };
		const replaced = this.#replaced(undefined);
		if (this.#stories)
			replaced.story = forgetStory(this.#stories, this.model.dataset, was.opened === null);
		// Under an opened network the bundled one comes back as last saved (it may have been pinned
		// since the page loaded). Then the page changes in one update, and only then is the record
		// deleted, so a save that runs meanwhile cannot write back what is being forgotten.
		this.#bundledKept = was.opened ? await this.#keeper.readBundled(this.#bundled.dataset) : null;
		this.opened = null;
		this.#link = null;
		this.#files = null;
		this.#fresh = false;
		this.importWarnings = [];
		this.runner = this.#layOut();
		this.#view.apply({ ...DEFAULT_VIEW, ...this.known.defaults });
		// Said with the change on screen, so that focus, lost with the Forget button, finds Undo.
		this.undo.offer(
			was.opened
				? `Forgot ${quoted(this.#titleOf(replaced))} and deleted its copy in this browser.`
				: `Forgot the positions and pins of ${quoted(this.#titleOf(replaced))}.`,
			replaced
		);
		await this.#keeper.forget(was);
	}

	/**
	 * Undoes the last open-over or forget while it is offered: the network it replaced comes back
	 * with its positions, pins and view, and storage is given back what it held of it.
	 */
	async undoLast(): Promise<void> {
		const was = this.undo.take();
		if (!was) return;
		this.dismiss();
		this.opened = was.opened;
		this.#link = was.link;
		this.#files = was.files;
		this.importName = was.name;
		this.#bundledKept = was.bundledKept;
		this.#fresh = false;
		this.runner = this.#layOut(was.layout);
		this.#view.apply(was.view);
		this.undo.done(`Brought back ${quoted(this.#titleOf(was))}.`);
		// A forgotten story is written back beside the network.
		const storyBack = was.story?.putBack();
		// Storage: the network's own record is written again by the next save (the page's effect);
		// an opened network's files first, as when it was opened, once the replacing files' write
		// has landed, so that it cannot land over what is put back.
		await this.#keeper.restoring();
		if (was.opened && was.files) this.#keep(was.name, was.files, was.opened);
		else if (was.keptOpened) {
			const kept = await was.keptOpened;
			if (kept) await this.#putBack(kept);
			else await this.#persistence.forgetOpened();
		}
		await storyBack;
	}

	/**
	 * Keeps the picture on screen once its layout has settled: the page calls this from an effect,
	 * so it runs again whenever the positions or pins change, or the opened files are written.
	 */
	saveLayout(): void {
		if (!this.restored || this.runner.busy || this.runner.dragging) return;
		const { positions, pinned } = this.runner;
		const screen = () => ({
			opened: this.opened,
			link: this.#link,
			name: this.importName,
			dataset: this.model.dataset
		});
		this.#keeper.save(screen, positions, pinned);
	}

	/**
	 * Shows an edited network (or the user's copy of the one on screen) as the user's own, kept
	 * like opened files. The history stays; nodes are drawn where `layout` puts them, if given.
	 */
	showEdited(dataset: Dataset, name: string, files: InputFile[], layout?: LayoutSnapshot): void {
		// An edit of the kept network, not a copy: refused where another tab wrote it meanwhile.
		const edit = this.fromFiles;
		[this.opened, this.#link, this.#files, this.importName] = [dataset, null, files, name];
		if (layout) this.runner = this.#layOut(layout, true);
		this.#keeper.keepFiles(name, files, dataset, () => this.opened === dataset, edit);
	}

	/** `?data=<path>` opens a dataset served by this site; another origin is refused. */
	async #openLink(link: string): Promise<void> {
		const { linkTarget } = await import('./link-target');
		const target = linkTarget(link, this.#href!);
		if ('refused' in target) {
			this.importError = target.refused;
			return;
		}
		const { url, name, key } = target;
		try {
			const layout = await this.#persistence.loadLink(key);
			// A file the user opened meanwhile wins over the link.
			if (this.#opening.started) throw new Superseded();
			const result = await this.#opening.run(name, () => this.#download(url, name), layout);
			this.#show(result.dataset, name, key, null);
			this.#keeper.shown({ opened: result.dataset, link: key }, layout ?? null);
			this.importWarnings = result.warnings;
			this.#address.read(this.known);
		} catch (error) {
			if (!(error instanceof Superseded)) this.importError = messageOf(error);
		}
	}

	async #download(target: URL, name: string): Promise<InputFile[]> {
		const response = await this.#fetch(target);
		if (!response.ok) throw new Error(`${target.pathname} answered ${response.status}`);
		return [{ name, bytes: new Uint8Array(await response.arrayBuffer()) }];
	}

	/** Reopens the network an earlier visit kept, through the import worker like any file. */
	async #restore(): Promise<void> {
		const kept = await this.#persistence.loadOpened();
		if (!kept) return;
		try {
			// A file the user opened while this was read wins over what an earlier visit kept.
			if (this.#opening.started) throw new Superseded();
			const result = await this.#opening.run(kept.name, async () => kept.files, kept.layout);
			this.#show(result.dataset, kept.name, null, result.files);
			if (kept.stamp === null) this.#keep(kept.name, result.files, result.dataset);
			else this.#keeper.adopt(result.dataset, kept.stamp, kept.layout ?? null);
			this.#address.read(this.known);
		} catch (error) {
			// One that a file opened meanwhile superseded is replaced when that one is kept. A kept
			// copy that no longer opens is set aside, not deleted: the user is told and decides. One
			// that failed on the way (offline, out of memory) stays for the next visit.
			if (error instanceof Superseded) return;
			if (isRefusal(error)) await this.#persistence.setAsideOpened(kept, messageOf(error));
			else
				this.importError = `${kept.name}, kept in this browser, could not be reopened: ${messageOf(error)} It is still kept: reload the page to try again.`;
		}
	}

	#show(dataset: Dataset, name: string, link: string | null, files: InputFile[] | null): void {
		this.opened = dataset;
		this.#link = link;
		this.#files = files;
		this.importName = name;
		this.runner = this.#layOut();
	}

	/** Writes the opened files to this browser once; later saves write only the layout. */
	#keep(name: string, files: InputFile[], dataset: Dataset): void {
		this.#keeper.keepFiles(name, files, dataset, () => this.opened === dataset);
	}

	/** What is on screen now, as an undo would bring it back. */
	#replaced(keptOpened: Replaced['keptOpened']): Replaced {
		const { positions, pinned } = this.runner;
		return {
			opened: this.opened,
			link: this.#link,
			name: this.importName,
			files: this.#files,
			layout: snapshotOf(positions, pinned),
			bundledKept: this.#bundledKept,
			view: this.#view.snapshot(),
			keptOpened
		};
	}

	#titleOf(was: Pick<Replaced, 'opened' | 'name'>): string {
		return was.opened ? was.name || was.opened.title : this.#bundled.dataset.title;
	}

	/** Writes back the opened network storage kept before a file replaced it. */
	async #putBack(kept: KeptNetwork): Promise<void> {
		const written = await this.#persistence.keepOpened(kept.name, kept.files);
		if ('stamp' in written && kept.layout)
			await this.#persistence.saveOpenedLayout(kept.name, written.stamp, kept.layout);
	}

	/**
	 * Which layout the network on screen starts from: the one given (an undo), its own, kept,
	 * opened or made afresh. An edit of the network on screen keeps its history (`edited`).
	 */
	#layOut(at?: LayoutSnapshot, edited = false): LayoutRunner {
		if (!edited) this.history.clear();
		const { layoutInput, placed, pinned } = this.model;
		if (at)
			return new LayoutRunner(
				{ ...layoutInput, initial: startOf(at) },
				{ seed: 1, settled: true, pinned: at.pinned },
				this.#engine
			);
		if (this.#fresh)
			return new LayoutRunner(
				{ ...layoutInput, initial: undefined },
				// The bundled network afresh is the picture it was built with, label room and all.
				{ seed: 1, labels: this.opened ? undefined : labelRoom(this.model.dataset.nodes) },
				this.#engine
			);
		if (this.opened)
			return new LayoutRunner(
				layoutInput,
				{ seed: 1, settled: placed, pinned: pinned },
				this.#engine
			);
		const layout = this.#bundledKept ?? this.#bundled.layout;
		return new LayoutRunner(
			{ ...layoutInput, initial: startOf(layout) },
			{ seed: 1, settled: true, pinned: layout.pinned },
			this.#engine
		);
	}
}
