import type { Dataset } from '../model/types';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { EngineFactory } from './layout-runner.svelte';
import type { OpenInWorker } from './opening.svelte';
import type { Persistence } from './persistence';
import type { StoryKeeping } from './story.svelte';
import type { Timers } from './undo-offer.svelte';
import type { Known } from './url';
import type { ViewState } from './view-state.svelte';

/** What a DatasetSession is given: the bundled network, the page's ports and, in tests, fakes. */
export interface SessionOptions {
	/** The bundled network and its layout, made at build time. */
	bundled: { dataset: Dataset; layout: LayoutSnapshot };
	view: ViewState;
	/** Puts the view the address bar holds on screen (UrlSync): at start and once a network lands. */
	address: { read(known: Known): void; settle(): void };
	/** The page's address in the browser; undefined while the page is prerendered. */
	href: string | undefined;
	persistence: Persistence;
	openInWorker: OpenInWorker;
	fetch: (url: URL) => Promise<Response>;
	/** Where layouts run: a worker in the browser. */
	engine?: EngineFactory;
	/** Resolves once the page has drawn a frame: a prepared network is shown after it. */
	nextFrame?: () => Promise<void>;
	/** The clock an offer to undo runs out by: the browser's timers unless given. */
	timers?: Timers;
	/** Where the networks' stories are kept: a Forget deletes the network's, its Undo puts it back. */
	stories?: () => Promise<StoryKeeping>;
}
