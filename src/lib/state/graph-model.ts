import { indexGraph, type GraphIndex } from '../model/graph-index';
import type { Dataset } from '../model/types';
import { nodeRadius } from '../clusters/style';
import type { LayoutInput } from '../layout/force-layout';

/** A dataset with the lookups and layout input derived from it; immutable once built. */
export interface GraphModel {
	dataset: Dataset;
	index: GraphIndex;
	radii: Float64Array;
	layoutInput: LayoutInput;
	/** Every node has a position in the file: draw it as it is, without laying it out again. */
	placed: boolean;
	/** Nodes the file marks `"pinned": true` (a Download JSON of a pinned picture). */
	pinned: number[];
	/** Nodes the file gives a position (GEXF viz, a saved layout): they can be pinned there. */
	positioned: { i: number; x: number; y: number }[];
}

export function buildGraphModel(dataset: Dataset): GraphModel {
	const index = indexGraph(dataset);
	const radii = Float64Array.from(dataset.nodes, (n) => nodeRadius(index.degree.get(n.id) ?? 0));
	const layoutInput: LayoutInput = {
		radii,
		links: dataset.edges
			.filter((e) => e.source !== e.target)
			.map((e) => ({
				source: index.indexOf.get(e.source)!,
				target: index.indexOf.get(e.target)!,
				weight: e.weight
			})),
		initial: dataset.nodes.map((n) =>
			n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : undefined
		)
	};
	const placed = dataset.nodes.every((n) => n.x !== undefined && n.y !== undefined);
	const pinned = dataset.nodes.flatMap((n, i) =>
		n.attributes['pinned'] === true && n.x !== undefined ? [i] : []
	);
	const positioned = dataset.nodes.flatMap((n, i) =>
		n.x !== undefined && n.y !== undefined ? [{ i, x: n.x, y: n.y }] : []
	);
	return { dataset, index, radii, layoutInput, placed, pinned, positioned };
}
