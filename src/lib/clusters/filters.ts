import { meetsGrade, type GradeFloor } from '../model/grades';
import type { Citation, Confidence, Dataset, PartialDate, Period, Source } from '../model/types';

export interface Filters {
	hiddenTypes: string[];
	hiddenRelations: string[];
	/** Inclusive year range; null shows every period. */
	years: [number, number] | null;
	/** Only what the source itself states: what it relays or hedges, and what the author inferred, is hidden. */
	statedOnly: boolean;
	/** Keep only what at least one citation grades this well (a missing half asks nothing). */
	grade?: GradeFloor;
}

export const NO_FILTERS: Filters = {
	hiddenTypes: [],
	hiddenRelations: [],
	years: null,
	statedOnly: false
};

/**
 * Whether a node or edge shows under the confidence filter. The one place that decides it: under
 * "stated by the source only", reported and inferred are hidden. A missing confidence counts as
 * stated, as the format documents.
 */
export function passesConfidence(
	x: { confidence?: Confidence | undefined },
	statedOnly: boolean
): boolean {
	return !statedOnly || x.confidence === undefined || x.confidence === 'stated';
}

/**
 * Whether an element meets a grade floor: at least one of its citations does. An uncited element
 * meets only a floor that asks nothing.
 */
export function passesGrade(
	x: { sources: readonly Citation[] },
	floor: GradeFloor | undefined,
	sources: ReadonlyMap<string, Source>
): boolean {
	if (!floor || (floor.reliability === undefined && floor.credibility === undefined)) return true;
	return x.sources.some((c) => meetsGrade(c, sources.get(c.source), floor));
}

/**
 * The part of the network the source states: stated nodes, and the stated edges between them.
 * The overview counts over it when the view shows stated links only.
 */
export function statedPart(dataset: Dataset): Pick<Dataset, 'nodes' | 'edges'> {
	return weighedPart(dataset, { statedOnly: true });
}

/** Whether the view's weighing (stated only, a grade floor) hides anything at all. */
export function weighs(f: Pick<Filters, 'statedOnly' | 'grade'>): boolean {
	return f.statedOnly || f.grade?.reliability !== undefined || f.grade?.credibility !== undefined;
}

/**
 * The part of the network that passes the view's weighing: the nodes that pass "stated by the
 * source only" and the grade floor, and the passing edges between them. Paths run over it, so a
 * path never steps through an element the view hides for its confidence or its grade.
 */
export function weighedPart(
	dataset: Dataset,
	f: Pick<Filters, 'statedOnly' | 'grade'>
): Pick<Dataset, 'nodes' | 'edges'> {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const passes = (x: { confidence?: Confidence | undefined; sources: readonly Citation[] }) =>
		passesConfidence(x, f.statedOnly) && passesGrade(x, f.grade, sources);
	const nodes = dataset.nodes.filter(passes);
	const ids = new Set(nodes.map((n) => n.id));
	const edges = dataset.edges.filter((e) => passes(e) && ids.has(e.source) && ids.has(e.target));
	return { nodes, edges };
}

/** The first and last year any node, edge or event mentions, or null when none has a date. */
export function yearSpan(dataset: Dataset): [number, number] | null {
	const years: number[] = [];
	for (const x of [...dataset.nodes, ...dataset.edges]) {
		if (x.period?.from !== undefined) years.push(x.period.from);
		if (x.period?.to !== undefined) years.push(x.period.to);
		if (x.asOf !== undefined) years.push(Number(x.asOf.slice(0, 4)));
	}
	for (const ev of dataset.events) years.push(Number(ev.date.slice(0, 4)));
	if (years.length === 0) return null;
	return [Math.min(...years), Math.max(...years)];
}

/**
 * When an element is known to be true: its period, an open end closed at `asOf` (the source last
 * saw it so then: known up to that date, not ongoing). Undefined for an undated element.
 */
export function knownPeriod(
	period: Period | undefined,
	asOf?: PartialDate | undefined
): Period | undefined {
	if (asOf === undefined || period?.to !== undefined) return period;
	return { ...period, to: Number(asOf.slice(0, 4)) };
}

/**
 * The years at which open periods end "as of": for each, how many nodes and edges the source last
 * saw so then (known only up to that year, not ongoing), in year order.
 */
export function asOfEnds(
	dataset: Pick<Dataset, 'nodes' | 'edges'>
): { year: number; count: number }[] {
	const counts = new Map<number, number>();
	for (const x of [...dataset.nodes, ...dataset.edges])
		if (x.asOf !== undefined && x.period?.to === undefined) {
			const year = Number(x.asOf.slice(0, 4));
			counts.set(year, (counts.get(year) ?? 0) + 1);
		}
	return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Undated things are timeless: they show in every year range; `asOf` ends an open period. */
export function inYears(
	period: Period | undefined,
	years: [number, number] | null,
	asOf?: PartialDate | undefined
): boolean {
	const known = knownPeriod(period, asOf);
	if (!years || !known) return true;
	return (known.from ?? -Infinity) <= years[1] && (known.to ?? Infinity) >= years[0];
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
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const nodes = new Set<string>();
	for (const n of dataset.nodes)
		if (
			!(n.type !== undefined && hiddenTypes.has(n.type)) &&
			inYears(n.period, filters.years, n.asOf) &&
			passesConfidence(n, filters.statedOnly) &&
			passesGrade(n, filters.grade, sources)
		)
			nodes.add(n.id);
	const edges = new Set<string>();
	for (const e of dataset.edges)
		if (
			nodes.has(e.source) &&
			nodes.has(e.target) &&
			!hiddenRelations.has(e.relation ?? '') &&
			inYears(e.period, filters.years, e.asOf) &&
			passesConfidence(e, filters.statedOnly) &&
			passesGrade(e, filters.grade, sources)
		)
			edges.add(e.id);
	return {
		nodes,
		edges,
		all: nodes.size === dataset.nodes.length && edges.size === dataset.edges.length
	};
}
