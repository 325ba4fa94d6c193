import { indexGraphSteps, type GraphIndex } from '../model/graph-index';
import { runAll, STEP, type Steps } from '../model/steps';
import type { Dataset } from '../model/types';
import { nodeRadius } from '../scene/style';
import type { LayoutInput } from '../layout/input';

/** A dataset with the lookups and layout input derived from it; immutable once built. */
export interface GraphModel {
	dataset: Dataset;
	index: GraphIndex;
	radii: Float64Array;
	layoutInput: LayoutInput;
	/** Each edge's source and target node indices, in pairs (self-loops included). */
	ends: Uint32Array;
	/** Every node has a position in the file: draw it as it is, without laying it out again. */
	placed: boolean;
	/** Nodes the file marks `"pinned": true` (a Download JSON of a pinned picture). */
	pinned: number[];
	/** Nodes the file gives a position (GEXF viz, a saved layout): they can be pinned there. */
	positioned: { i: number; x: number; y: number }[];
}

export function buildGraphModel(dataset: Dataset): GraphModel {
	return runAll(graphModelSteps(dataset));
}

/** buildGraphModel in steps, for `runSliced`: a large network is prepared without a long task. */
export function* graphModelSteps(dataset: Dataset): Steps<GraphModel> {
	const index = yield* indexGraphSteps(dataset);
	const nodes = dataset.nodes;
	const radii = new Float64Array(nodes.length);
	const initial: LayoutInput['initial'] = new Array(nodes.length).fill(undefined);
	const pinned: number[] = [];
	const positioned: GraphModel['positioned'] = [];
	for (let i = 0; i < nodes.length; i++) {
		const n = nodes[i]!;
		radii[i] = nodeRadius(index.degree.get(n.id) ?? 0);
		if (n.x !== undefined && n.y !== undefined) {
			initial[i] = { x: n.x, y: n.y };
			positioned.push({ i, x: n.x, y: n.y });
			if (n.attributes['pinned'] === true) pinned.push(i);
		}
		if (i % STEP === STEP - 1) yield;
	}
	const links: LayoutInput['links'] = [];
	const edges = dataset.edges;
	const ends = new Uint32Array(edges.length * 2);
	for (let k = 0; k < edges.length; k++) {
		const e = edges[k]!;
		const [source, target] = [index.indexOf.get(e.source)!, index.indexOf.get(e.target)!];
		[ends[2 * k], ends[2 * k + 1]] = [source, target];
		if (source !== target) links.push({ source, target, weight: e.weight });
		if (k % STEP === STEP - 1) yield;
	}
	const layoutInput: LayoutInput = { radii, links, initial };
	const placed = positioned.length === nodes.length;
	return { dataset, index, radii, layoutInput, ends, placed, pinned, positioned };
}
