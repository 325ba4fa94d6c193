import { runAll, STEP, type Steps } from './steps.ts';
import type { Dataset, GraphEdge, GraphNode } from './types.ts';

/** Lookups the views need over and over, built once per dataset. */
export interface GraphIndex {
	nodeById: Map<string, GraphNode>;
	edgeById: Map<string, GraphEdge>;
	/** Position of each node in `dataset.nodes`; the layout's typed arrays use the same order. */
	indexOf: Map<string, number>;
	/**
	 * The number of edges touching each node, a self-loop counted once: the "Connections" the side
	 * panel lists (graph theory, and graphology, would count a loop twice; no metric here reads
	 * graphology's degree, and its graph for metrics has no loops).
	 */
	degree: Map<string, number>;
	/** The nodes an edge joins to each node, ignoring direction; a node with a self-loop is its own. */
	neighbours: Map<string, Set<string>>;
	/** Edges touching each node, in dataset order, each once (a self-loop too). */
	incident: Map<string, GraphEdge[]>;
}

export function indexGraph(dataset: Dataset): GraphIndex {
	return runAll(indexGraphSteps(dataset));
}

/** indexGraph, yielding every few thousand nodes and edges. */
export function* indexGraphSteps(dataset: Dataset): Steps<GraphIndex> {
	const nodeById = new Map<string, GraphNode>();
	const indexOf = new Map<string, number>();
	const degree = new Map<string, number>();
	const neighbours = new Map<string, Set<string>>();
	const incident = new Map<string, GraphEdge[]>();
	const nodes = dataset.nodes;
	for (let i = 0; i < nodes.length; i++) {
		const id = nodes[i]!.id;
		nodeById.set(id, nodes[i]!);
		indexOf.set(id, i);
		degree.set(id, 0);
		neighbours.set(id, new Set());
		incident.set(id, []);
		if (i % STEP === STEP - 1) yield;
	}
	const edgeById = new Map<string, GraphEdge>();
	const edges = dataset.edges;
	const end = (a: string, b: string, e: GraphEdge) => {
		degree.set(a, (degree.get(a) ?? 0) + 1);
		neighbours.get(a)?.add(b);
		incident.get(a)?.push(e);
	};
	for (let k = 0; k < edges.length; k++) {
		const e = edges[k]!;
		edgeById.set(e.id, e);
		end(e.source, e.target, e);
		// A self-loop has one end to list, not two: listed twice, the side panel's keyed list throws.
		if (e.source !== e.target) end(e.target, e.source, e);
		if (k % STEP === STEP - 1) yield;
	}
	return { nodeById, edgeById, indexOf, degree, neighbours, incident };
}
