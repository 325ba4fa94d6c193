import { knownPeriod, yearSpan } from '$lib/clusters/filters';
import type { Dataset, GraphEdge, GraphNode, Relation } from '$lib/model';
import { formatEventDate } from '$lib/model/format';
import { relationLabel } from '$lib/model/relations';

/** One element on the period chart: where its bar starts and ends, in shares of the axis. */
export interface PeriodRow {
	kind: 'node' | 'edge';
	id: string;
	label: string;
	/** 0–1 along the axis. */
	start: number;
	end: number;
	/** The period gives no start: the bar fades in from the axis' start. */
	openStart: boolean;
	/** How the bar ends: at a year the source gives, "as of" a date, or with no end given. */
	ending: 'closed' | 'as-of' | 'open';
	/** "from 1999, as of 2013". */
	text: string;
	asOf?: string;
}

/** At most this many rows: the chart is for reading, not for every element of a large file. */
export const PERIOD_ROWS_MAX = 150;

/**
 * The elements with a period or an `asOf`, in order of start, as bars on the network's year axis.
 * An open period with `asOf` ends at `asOf`, known up to then, never drawn on to the axis' end.
 */
export function periodRows(dataset: Dataset): { span: [number, number]; rows: PeriodRow[] } {
	const span = yearSpan(dataset) ?? [0, 0];
	const width = Math.max(1, span[1] - span[0] + 1);
	const at = (year: number) => Math.min(1, Math.max(0, (year - span[0]) / width));
	const label = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
	const edgeLabel = (e: GraphEdge, relations: Relation[]) =>
		`${label(e.source)} → ${relationLabel(e, relations) ?? 'linked to'} → ${label(e.target)}`;
	const rows: PeriodRow[] = [];
	const add = (kind: 'node' | 'edge', x: GraphNode | GraphEdge, text: string) => {
		const known = knownPeriod(x.period, x.asOf);
		if (!known) return;
		const ending = x.period?.to !== undefined ? 'closed' : x.asOf !== undefined ? 'as-of' : 'open';
		const row: PeriodRow = {
			kind,
			id: x.id,
			label: text,
			start: known.from === undefined ? 0 : at(known.from),
			end: known.to === undefined ? 1 : at(known.to + 1),
			openStart: known.from === undefined,
			ending,
			text: describe(x)
		};
		if (x.asOf !== undefined) row.asOf = x.asOf;
		rows.push(row);
	};
	for (const n of dataset.nodes) add('node', n, n.label);
	for (const e of dataset.edges) add('edge', e, edgeLabel(e, dataset.relations));
	rows.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
	return { span, rows: rows.slice(0, PERIOD_ROWS_MAX) };
}

function describe(x: GraphNode | GraphEdge): string {
	const { from, to } = x.period ?? {};
	const asOf = x.asOf !== undefined ? `as of ${formatEventDate(x.asOf)}` : '';
	const range =
		from !== undefined && to !== undefined
			? from === to
				? `${from}`
				: `${from}–${to}`
			: from !== undefined
				? `from ${from}`
				: to !== undefined
					? `until ${to}`
					: '';
	if (range && asOf) return `${range}, ${asOf}`;
	return range || asOf;
}
