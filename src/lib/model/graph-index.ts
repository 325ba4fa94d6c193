import type { Dataset, GraphEdge, GraphNode } from './types.ts';

/** Lookups the views need over and over, built once per dataset. */
export interface GraphIndex {
	nodeById: Map<string, GraphNode>;
	edgeById: Map<string, GraphEdge>;
	/** Position of each node in `dataset.nodes`; the layout's typed arrays use the same order. */
	indexOf: Map<string, number>;
	/** Undirected degree, counting each edge once per endpoint. */
	degree: Map<string, number>;
	neighbours: Map<string, Set<string>>;
	/** Edges touching each node, in dataset order. */
	incident: Map<string, GraphEdge[]>;
}

export function indexGraph(dataset: Dataset): GraphIndex {
	const nodeById = new Map<string, GraphNode>();
	const indexOf = new Map<string, number>();
	const degree = new Map<string, number>();
	const neighbours = new Map<string, Set<string>>();
	const incident = new Map<string, GraphEdge[]>();
	dataset.nodes.forEach((n, i) => {
		nodeById.set(n.id, n);
		indexOf.set(n.id, i);
		degree.set(n.id, 0);
		neighbours.set(n.id, new Set());
		incident.set(n.id, []);
	});
	const edgeById = new Map<string, GraphEdge>();
	for (const e of dataset.edges) {
		edgeById.set(e.id, e);
		for (const [a, b] of [
			[e.source, e.target],
			[e.target, e.source]
		] as const) {
			degree.set(a, (degree.get(a) ?? 0) + 1);
			neighbours.get(a)?.add(b);
			incident.get(a)?.push(e);
		}
		if (e.source === e.target) degree.set(e.source, (degree.get(e.source) ?? 0) - 1);
	}
	return { nodeById, edgeById, indexOf, degree, neighbours, incident };
}
