import type { Analysis } from '../clusters/analysis';
import { assignClusters, type Clustering } from '../clusters/assign';
import { computeEmphasis, type Emphasis } from '../clusters/emphasis';
import {
	visibleElements,
	weighedPart,
	weighs,
	yearSpan,
	type Visibility
} from '../clusters/filters';
import { createStyleContext, type StyleContext } from '../scene/style';
import { sizeOf } from '../clusters/file-sizes-known';
import type { SearchHit } from '../model/search';
import type { GraphModel } from './graph-model';
import type { ViewState } from './view-state.svelte';

/** The search code loads on the first search (or focus of the search box): not in the first page. */
let searchCode: typeof import('../model/search') | null = $state.raw(null);
let searchLoading: Promise<void> | null = null;
function loadSearch(): Promise<void> {
	return (searchLoading ??= import('../model/search').then((m) => {
		searchCode = m;
	}));
}

/** How the file's sizes are drawn (file-sizes.ts) loads when a network is first sized by them. */
let sizesCode: typeof import('../scene/file-sizes') | null = $state.raw(null);
let sizesLoading: Promise<void> | null = null;
function loadSizes(): void {
	sizesLoading ??= import('../scene/file-sizes').then((m) => {
		sizesCode = m;
	});
}

/**
 * Everything the page derives from the dataset and the view: clusters, styles, what is visible,
 * what stands out, search hits and paths. Graph algorithms (communities, betweenness, paths) live in
 * a chunk that is only loaded once a view needs them.
 */
export class Explorer {
	readonly model: GraphModel;
	readonly view: ViewState;
	readonly span: [number, number] | null;
	analysis = $state.raw<Analysis | null>(null);
	#loading: Promise<void> | null = null;

	constructor(model: GraphModel, view: ViewState) {
		this.model = model;
		this.view = view;
		this.span = yearSpan(model.dataset);
	}

	readonly needsAnalysis = $derived.by(
		() =>
			this.view.colourBy === 'community' ||
			this.view.sizeBy === 'betweenness' ||
			this.view.table ||
			this.view.path !== null
	);

	/** True while communities are asked for but not computed yet. */
	readonly pending = $derived.by(
		() => this.view.colourBy === 'community' && this.analysis === null
	);

	readonly clustering: Clustering = $derived.by(() =>
		assignClusters(
			this.model.dataset,
			this.model.index,
			this.pending ? 'group' : this.view.colourBy,
			this.view.theme,
			this.analysis?.communities
		)
	);

	/** Radii from the file's sizes, once their code is loaded; degree sizes stand in meanwhile. */
	readonly #fileRadii = $derived.by(() => {
		if (this.view.sizeBy !== 'file') return null;
		if (!sizesCode) return (loadSizes(), null);
		return sizesCode.fileRadii(this.model.dataset, sizeOf);
	});

	readonly ctx: StyleContext = $derived.by(() =>
		createStyleContext(
			this.model.dataset,
			this.model.index,
			this.view.theme,
			this.clustering,
			this.view.sizeBy,
			this.analysis?.betweenness,
			this.#fileRadii
		)
	);

	readonly visible: Visibility = $derived.by(() =>
		visibleElements(this.model.dataset, {
			hiddenTypes: this.view.hiddenTypes,
			hiddenRelations: this.view.hiddenRelations,
			years: this.view.years,
			statedOnly: this.view.statedOnly,
			grade: this.view.grade
		})
	);

	readonly hits: SearchHit[] = $derived.by(() => {
		if (!this.view.query.trim()) return [];
		// Whatever sets a query (typing, a link with q=…) loads the search code; hits follow it.
		if (!searchCode) return (void loadSearch(), []);
		return searchCode.searchNodes(this.model.dataset.nodes, this.view.query);
	});

	/** Loads the search code (the search box asks on focus, so it is there when typing starts). */
	ensureSearch(): Promise<void> {
		return loadSearch();
	}

	/**
	 * The graph paths run over: the whole network's, or only the part that passes "stated by the
	 * source only" and the grade floor when the view applies them.
	 */
	readonly #pathGraph = $derived.by(() => {
		const algorithms = this.#algorithms;
		if (!algorithms || !this.analysis) return null;
		const weighing = { statedOnly: this.view.statedOnly, grade: this.view.grade };
		return weighs(weighing)
			? algorithms.toGraphology(weighedPart(this.model.dataset, weighing))
			: this.analysis.graph;
	});

	readonly paths: string[][] | null = $derived.by(() => {
		const path = this.view.path;
		const graph = this.#pathGraph;
		if (!path || !graph || !this.#algorithms) return null;
		return this.#algorithms.shortestPaths(graph, path.from, path.to);
	});

	#algorithms: typeof import('../clusters/analysis') | null = $state.raw(null);

	readonly emphasis: Emphasis = $derived.by(() =>
		computeEmphasis(
			{
				active: this.view.active,
				selectedNode: this.view.selectedNode,
				selectedEdge: this.view.selectedEdge,
				highlighted: this.view.highlighted,
				focus:
					this.view.focusHops > 0 && this.view.selectedNode
						? { node: this.view.selectedNode, hops: this.view.focusHops }
						: null,
				paths: this.paths,
				// A chosen timeline event lights its nodes as a search does, while nothing is typed.
				matches: this.view.query.trim()
					? this.hits.map((h) => h.id)
					: (this.view.event?.nodes ?? null)
			},
			this.model.dataset,
			this.model.index,
			this.clustering
		)
	);

	/** The clusters currently highlighted, in the order they were chosen. */
	readonly highlightedClusters = $derived.by(() =>
		this.view.highlighted.flatMap((id) => this.clustering.byId.get(id) ?? [])
	);

	/** Loads and runs the graph algorithms once; later calls reuse the result. */
	ensureAnalysis(): Promise<void> {
		this.#loading ??= import('../clusters/analysis').then((m) => {
			const analysis = m.analyse(this.model.dataset);
			this.#algorithms = m;
			this.analysis = analysis;
		});
		return this.#loading;
	}
}
