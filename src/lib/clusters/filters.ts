import type { Confidence, Dataset, Period } from '../model/types';

export interface Filters {
	hiddenTypes: string[];
	hiddenRelations: string[];
	/** Inclusive year range; null shows every period. */
	years: [number, number] | null;
	/** Only what the source itself says: what the dataset's author inferred is hidden. */
	statedOnly: boolean;
}

export const NO_FILTERS: Filters = {
	hiddenTypes: [],
	hiddenRelations: [],
	years: null,
	statedOnly: false
};

/**
 * Whether a node or edge shows under the confidence filter. The one place that decides it: when
 * confidence grows more levels, only this changes. A missing confidence counts as stated, as the
 * format documents.
 */
export function passesConfidence(
	x: { confidence?: Confidence | undefined },
	statedOnly: boolean
): boolean {
	return !statedOnly || x.confidence !== 'inferred';
}

/**
 * The part of the network the source states: stated nodes, and the stated edges between them.
 * Paths run over it when the view shows stated links only.
 */
export function statedPart(dataset: Dataset): Pick<Dataset, 'nodes' | 'edges'> {
	const nodes = dataset.nodes.filter((n) => passesConfidence(n, true));
	const ids = new Set(nodes.map((n) => n.id));
	const edges = dataset.edges.filter(
		(e) => passesConfidence(e, true) && ids.has(e.source) && ids.has(e.target)
	);
	return { nodes, edges };
}

/** The first and last year any node, edge or event mentions, or null when none has a date. */
export function yearSpan(dataset: Dataset): [number, number] | null {
	const years: number[] = [];
	for (const x of [...dataset.nodes, ...dataset.edges]) {
		if (x.period?.from !== undefined) years.push(x.period.from);
		if (x.period?.to !== undefined) years.push(x.period.to);
	}
	for (const ev of dataset.events) years.push(Number(ev.date.slice(0, 4)));
	if (years.length === 0) return null;
	return [Math.min(...years), Math.max(...years)];
}

/** Undated things are timeless: they show in every year range. */
export function inYears(period: Period | undefined, years: [number, number] | null): boolean {
	if (!years || !period) return true;
	return (period.from ?? -Infinity) <= years[1] && (period.to ?? Infinity) >= years[0];
}

export interface Visibility {
	nodes: Set<string>;
	edges: Set<string>;
	/** True when no filter hides anything. */
	all: boolean;
}

export function visibleElements(dataset: Dataset, filters: Filters): Visibility {
	const hiddenTypes = new Set(filters.hiddenTypes);
	const hiddenRelations = new Set(filters.hiddenRelations);
	const nodes = new Set<string>();
	for (const n of dataset.nodes)
		if (
			!(n.type !== undefined && hiddenTypes.has(n.type)) &&
			inYears(n.period, filters.years) &&
			passesConfidence(n, filters.statedOnly)
		)
			nodes.add(n.id);
	const edges = new Set<string>();
	for (const e of dataset.edges)
		if (
			nodes.has(e.source) &&
			nodes.has(e.target) &&
			!hiddenRelations.has(e.relation ?? '') &&
			inYears(e.period, filters.years) &&
			passesConfidence(e, filters.statedOnly)
		)
			edges.add(e.id);
	return {
		nodes,
		edges,
		all: nodes.size === dataset.nodes.length && edges.size === dataset.edges.length
	};
}
