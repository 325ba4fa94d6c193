import Graph from 'graphology';
import { byCodeUnit } from '../model/order';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import { seededRandom } from '../model/random';
import type { Dataset } from '../model/types';

/**
 * The graph algorithms of the app (communities, betweenness, shortest paths), all via graphology.
 * This module is loaded lazily: the first picture needs none of it.
 */

export interface Communities {
	/** Community number of each node; 0 is the largest community. */
	of: Map<string, number>;
	count: number;
	modularity: number;
}

export interface Analysis {
	communities: Communities;
	/** Normalised betweenness centrality, 0–1. */
	betweenness: Map<string, number>;
	graph: Graph;
}

/**
 * A node's key in graphology. graphology, its Louvain and its metrics keep neighbours and results
 * in plain objects, where an id such as "constructor" finds Object.prototype's member and
 * "__proto__" sends a walk round for ever; a prefix makes every key one no object has.
 */
export const graphKey = (id: string) => `#${id}`;
/** The node id of a graphology key. */
export const idOfKey = (key: string) => key.slice(1);

/**
 * An undirected simple graph, keyed by `graphKey`: parallel and opposite edges merge, their weights
 * add up. Self-loops are left out: they lie on no shortest path between two nodes, and Louvain
 * would count them as a community's own weight although they join it to nothing.
 */
export function toGraphology(dataset: Pick<Dataset, 'nodes' | 'edges'>): Graph {
	const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const n of dataset.nodes) graph.addNode(graphKey(n.id));
	for (const e of dataset.edges) {
		if (e.source === e.target) continue;
		graph.updateEdge(graphKey(e.source), graphKey(e.target), (attr: { weight?: number }) => ({
			weight: (attr.weight ?? 0) + e.weight
		}));
	}
	return graph;
}

/** Louvain communities with a seeded random source, numbered by size (largest first). */
export function detectCommunities(graph: Graph, seed = 1): Communities {
	const result = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: 'weight' });
	const members = new Map<number, string[]>();
	graph.forEachNode((key) => {
		const c = result.communities[key]!;
		const list = members.get(c) ?? [];
		list.push(idOfKey(key));
		members.set(c, list);
	});
	const order = [...members.values()]
		.map((list) => list.sort())
		.sort((a, b) => b.length - a.length || byCodeUnit(a[0]!, b[0]!));
	const of = new Map<string, number>();
	order.forEach((list, i) => list.forEach((id) => of.set(id, i)));
	return { of, count: order.length, modularity: result.modularity };
}

export function analyse(dataset: Dataset): Analysis {
	const graph = toGraphology(dataset);
	const raw = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
	const betweenness = new Map(dataset.nodes.map((n) => [n.id, raw[graphKey(n.id)] ?? 0]));
	return { communities: detectCommunities(graph), betweenness, graph };
}

/**
 * Every shortest path between two nodes (ignoring edge direction), up to `limit`, each as a list of
 * node ids; `graph` is `toGraphology`'s. A node lies on a shortest path when its distances to both ends add up to the distance
 * between them; we walk those layers from `from` to `to`.
 */
export function shortestPaths(graph: Graph, fromId: string, toId: string, limit = 12): string[][] {
	const from = graphKey(fromId),
		to = graphKey(toId);
	if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
	if (from === to) return [[fromId]];
	const dFrom = singleSourceLength(graph, from);
	const dTo = singleSourceLength(graph, to);
	const total = dFrom[to];
	if (total === undefined) return [];
	const paths: string[][] = [];
	const walk = (path: string[]) => {
		if (paths.length >= limit) return;
		const last = path[path.length - 1]!;
		if (last === to) {
			paths.push([...path]);
			return;
		}
		const step = path.length;
		const next = graph
			.neighbors(last)
			.filter((n) => dFrom[n] === step && dTo[n] === total - step)
			.sort();
		for (const n of next) walk([...path, n]);
	};
	walk([from]);
	return paths.map((p) => p.map(idOfKey));
}
