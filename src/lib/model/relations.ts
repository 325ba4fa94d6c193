import type { Dataset, GraphEdge, Relation } from './types.ts';

/** The vocabulary entry an edge refers to; undefined when it has no relation. */
export function relationOf(
	edge: Pick<GraphEdge, 'relation'>,
	relations: readonly Relation[]
): Relation | undefined {
	if (edge.relation === undefined) return undefined;
	return (
		relations.find((r) => r.id === edge.relation) ?? { id: edge.relation, label: edge.relation }
	);
}

/** "funds": what an edge says read source → target; undefined when it has no relation. */
export function relationLabel(
	edge: Pick<GraphEdge, 'relation'>,
	relations: readonly Relation[]
): string | undefined {
	return relationOf(edge, relations)?.label;
}

/**
 * "is funded by": what an edge says read target → source. A relation without an inverse reads
 * "is the target of: funds", never a made-up passive.
 */
export function relationInverse(
	edge: Pick<GraphEdge, 'relation'>,
	relations: readonly Relation[]
): string | undefined {
	const r = relationOf(edge, relations);
	if (!r) return undefined;
	return r.inverse ?? `is the target of: ${r.label}`;
}

/** A lookup for views that resolve many edges: id → relation. */
export function relationIndex(dataset: Pick<Dataset, 'relations'>): Map<string, Relation> {
	return new Map(dataset.relations.map((r) => [r.id, r]));
}

/** A file without a vocabulary: its edges' phrases, in order of first use, become the list. */
export function deriveRelations(edges: readonly Pick<GraphEdge, 'relation'>[]): Relation[] {
	const seen = new Set<string>();
	const out: Relation[] = [];
	for (const e of edges)
		if (e.relation !== undefined && !seen.has(e.relation)) {
			seen.add(e.relation);
			out.push({ id: e.relation, label: e.relation });
		}
	return out;
}
