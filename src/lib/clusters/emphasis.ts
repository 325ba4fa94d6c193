import type { GraphIndex } from '../model/graph-index';
import type { Dataset } from '../model/types';
import type { Clustering } from './assign';

/** What the user is pointing at or asked to see; the page's ViewState fills it. */
export interface EmphasisInput {
	/** Node under the pointer or keyboard focus. */
	active: string | null;
	selectedNode: string | null;
	selectedEdge: string | null;
	/** Highlighted cluster ids of the current colour-by mode. */
	highlighted: string[];
	/** Neighbourhood focus around the selected node. */
	focus: { node: string; hops: number } | null;
	/** Shortest paths being shown, each a list of node ids. */
	paths: string[][] | null;
	/** Search results, while a search is typed. */
	matches: string[] | null;
}

export const NO_INPUT: EmphasisInput = {
	active: null,
	selectedNode: null,
	selectedEdge: null,
	highlighted: [],
	focus: null,
	paths: null,
	matches: null
};

/** What stands out: `lit` nodes and edges at full strength, the rest dimmed; null = nothing dimmed. */
export interface Emphasis {
	lit: Set<string> | null;
	litEdges: Set<string> | null;
	/** Nodes whose labels are shown whatever the crowding. */
	forced: Set<string>;
	selectedNode: string | null;
	selectedEdge: string | null;
	/** Which rule produced the emphasis, for the legend and tests. */
	reason: 'none' | 'active' | 'path' | 'focus' | 'clusters' | 'node' | 'edge' | 'search';
}

export const NO_EMPHASIS: Emphasis = {
	lit: null,
	litEdges: null,
	forced: new Set(),
	selectedNode: null,
	selectedEdge: null,
	reason: 'none'
};

/** Nodes within `hops` steps of `start`, ignoring direction. */
export function neighbourhood(index: GraphIndex, start: string, hops: number): Set<string> {
	const seen = new Set([start]);
	let frontier = [start];
	for (let h = 0; h < hops && frontier.length > 0; h++) {
		const next: string[] = [];
		for (const id of frontier)
			for (const n of index.neighbours.get(id) ?? [])
				if (!seen.has(n)) {
					seen.add(n);
					next.push(n);
				}
		frontier = next;
	}
	return seen;
}

/**
 * The one rule that decides what is emphasised, in priority order: what the pointer or keyboard is on,
 * then a path, a neighbourhood focus, highlighted clusters, the selection, and search results.
 * Pure, so the screen and the exporter agree and it can be tested without a DOM.
 */
export function computeEmphasis(
	input: EmphasisInput,
	dataset: Dataset,
	index: GraphIndex,
	clustering: Clustering
): Emphasis {
	const base = { selectedNode: input.selectedNode, selectedEdge: input.selectedEdge };
	const edgesWhere = (test: (s: string, t: string, id: string) => boolean) =>
		new Set(dataset.edges.filter((e) => test(e.source, e.target, e.id)).map((e) => e.id));
	const around = (id: string, reason: Emphasis['reason']): Emphasis => {
		const lit = new Set(index.neighbours.get(id) ?? []);
		lit.add(id);
		const litEdges = edgesWhere((s, t) => s === id || t === id);
		return { ...base, lit, litEdges, forced: new Set([id]), reason };
	};

	if (input.active !== null && index.nodeById.has(input.active))
		return around(input.active, 'active');

	if (input.paths && input.paths.length > 0) {
		const lit = new Set(input.paths.flat());
		const steps = new Set<string>();
		for (const p of input.paths)
			for (let i = 1; i < p.length; i++) {
				steps.add(`${p[i - 1]}\u0000${p[i]}`);
				steps.add(`${p[i]}\u0000${p[i - 1]}`);
			}
		const litEdges = edgesWhere((s, t) => steps.has(`${s}\u0000${t}`));
		return { ...base, lit, litEdges, forced: new Set(lit), reason: 'path' };
	}

	if (input.focus && index.nodeById.has(input.focus.node)) {
		const lit = neighbourhood(index, input.focus.node, input.focus.hops);
		const litEdges = edgesWhere((s, t) => lit.has(s) && lit.has(t));
		return { ...base, lit, litEdges, forced: new Set([input.focus.node]), reason: 'focus' };
	}

	const highlighted = input.highlighted.filter((id) => clustering.byId.has(id));
	if (highlighted.length > 0) {
		const chosen = new Set(highlighted);
		const lit = new Set<string>();
		for (const id of highlighted) for (const m of clustering.byId.get(id)!.members) lit.add(m);
		const litEdges = edgesWhere((s, t) => {
			const c = clustering.of.get(s);
			return c !== undefined && c === clustering.of.get(t) && chosen.has(c);
		});
		const forced = new Set(input.selectedNode ? [input.selectedNode] : []);
		return { ...base, lit, litEdges, forced, reason: 'clusters' };
	}

	if (input.selectedNode !== null && index.nodeById.has(input.selectedNode))
		return around(input.selectedNode, 'node');

	if (input.selectedEdge !== null) {
		const e = index.edgeById.get(input.selectedEdge);
		if (e) {
			const lit = new Set([e.source, e.target]);
			return { ...base, lit, litEdges: new Set([e.id]), forced: new Set(lit), reason: 'edge' };
		}
	}

	if (input.matches && input.matches.length > 0) {
		const lit = new Set(input.matches);
		return {
			...base,
			lit,
			litEdges: new Set(),
			forced: new Set(input.matches.slice(0, 12)),
			reason: 'search'
		};
	}

	return { ...NO_EMPHASIS, ...base };
}
