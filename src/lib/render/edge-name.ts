import type { GraphEdge } from '$lib/model';
import { relationLabel } from '$lib/model/relations';
import { edgeHeading } from '$lib/scene/text';
import type { GraphModel } from '$lib/state/graph-model';

/** An edge's accessible name, "source → relation → target", with the vocabulary's label. */
export function edgeNameOf(model: GraphModel, edge: GraphEdge): string {
	const label = (id: string) => model.index.nodeById.get(id)?.label ?? id;
	return edgeHeading(
		label(edge.source),
		relationLabel(edge, model.dataset.relations),
		label(edge.target)
	);
}
