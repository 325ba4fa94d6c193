import { isolate } from '../../scene/bidi';
import { outlineDash } from '../../scene/paint';
import { drawnLabel } from '../../scene/text';
import { shapePath } from '../../scene/shapes';
import type { StyleContext } from '../../scene/style';
import { textWidth } from '../../scene/text-width';
import { confidenceLines, markRows, writeMarkSample, type MarkRow } from './confidence-marks';
import type { Shape } from '../../model/types';
import { oneDecimal as n } from '../../scene/numbers';
import type { SvgFrame } from './frame';
import type { SvgInput } from './input';
import { attrs, esc, font, placePath } from './markup';
import { wrap } from './typography';

export interface LegendModel {
	title: string;
	clusters: { label: string; colour: string; dash: string | null }[];
	shapes: { label: string; shape: Shape; dash: string | null }[];
	lines: { label: string; dash: string | null; arrow: boolean }[];
	/** Node marks drawn on the page: confidence rings and the inferred-membership dot. */
	marks: MarkRow[];
	size: string;
	note: string;
}

const MODE_TITLE = {
	group: 'Colour: group',
	type: 'Colour: type',
	community: 'Colour: community',
	file: 'Colour: as in the file'
} as const;

const names = (hulls: SvgInput['hulls']) =>
	hulls.map((c) => isolate(drawnLabel(c.label))).join(', ');

/** What the scope did to the rest of the network, in words a reader of the slide can trust. */
function scopeNote(input: SvgInput, nodes: Set<string>): string {
	const { hulls, options: o } = input;
	const notes: string[] = [];
	if (hulls.length && o.scope === 'highlighted')
		notes.push(`Only ${names(hulls)}; the rest of the network is left out`);
	else if (hulls.length && o.scope === 'context')
		notes.push(
			`${names(hulls)} and ${hulls.length === 1 ? 'its' : 'their'} direct neighbours; the neighbours are faded`
		);
	else if (hulls.length) notes.push(`Highlighted: ${names(hulls)}; the rest is dimmed`);
	else if (input.emphasis.lit) notes.push('Faded: outside the current focus');
	if (o.scope === 'view') notes.push('Current view only: nodes outside it are left out');
	const hidden = input.dataset.nodes.length - input.visible.nodes.size;
	if (hidden > 0 && nodes.size > 0)
		notes.push(`${hidden} node${hidden === 1 ? '' : 's'} hidden by filters`);
	return notes.join('. ');
}

/**
 * What the legend explains: the colours, shapes and line styles drawn, nothing else (types that
 * share a drawn shape share one row: two identical swatches would tell the reader nothing), what
 * size means, and what the scope did.
 */
export function legendModel(input: SvgInput, nodes: Set<string>, edges: Set<string>): LegendModel {
	const { dataset, ctx } = input;
	const drawn = dataset.nodes.filter((x) => nodes.has(x.id));
	const clusterIds = new Set(drawn.map((x) => ctx.clustering.of.get(x.id)));
	const clusters = ctx.clustering.clusters
		.filter((c) => clusterIds.has(c.id))
		.map((c) => ({ label: drawnLabel(c.label), colour: c.colour, dash: outlineDash(c.variant) }));
	const typeIds = new Set(drawn.map((x) => x.type));
	const shapes: LegendModel['shapes'] = [];
	const add = (label: string, shape: Shape, dash: string | null) => {
		const same = shapes.find((s) => s.shape === shape && s.dash === dash);
		if (same) same.label += ` / ${label}`;
		else shapes.push({ label, shape, dash });
	};
	for (const t of dataset.types)
		if (typeIds.has(t.id))
			add(drawnLabel(t.label), ctx.typeShape.get(t.id) ?? 'circle', ctx.typeDash.get(t.id) ?? null);
	if (drawn.some((x) => x.type === undefined)) add('No type', 'circle', null);
	// Line styles as drawn: one per confidence level the drawn edges use (scene/confidence.ts).
	const lines: LegendModel['lines'] = confidenceLines(
		dataset.edges.filter((e) => edges.has(e.id))
	).map(({ label, dash, arrow }) => ({ label, dash, arrow }));
	if (edges.size > 0)
		lines.push({ label: 'Arrow: direction of the relation', dash: null, arrow: true });
	const size =
		ctx.sizeBy === 'betweenness'
			? 'Size: betweenness centrality'
			: ctx.sizeBy === 'file'
				? 'Size: as the file gives it'
				: 'Size: number of connections';
	return {
		title: MODE_TITLE[ctx.clustering.mode],
		clusters,
		shapes,
		lines,
		marks: markRows(drawn, ctx),
		size,
		note: scopeNote(input, nodes)
	};
}

/** One line of the legend, placed: a heading, a swatch with its text, or a muted note. */
export type LegendEntry =
	| { kind: 'heading'; text: string; x: number; y: number }
	| { kind: 'note'; text: string; x: number; y: number }
	| { kind: 'cluster'; text: string; x: number; y: number; colour: string; dash: string | null }
	| { kind: 'shape'; text: string; x: number; y: number; shape: Shape; dash: string | null }
	| { kind: 'line'; text: string; x: number; y: number; dash: string | null; arrow: boolean }
	| ({ kind: 'mark'; text: string; x: number; y: number } & Omit<MarkRow, 'label'>);

/** The legend laid out in columns: its size and its entries, relative to its top left corner. */
export interface LegendBlock {
	w: number;
	h: number;
	entries: LegendEntry[];
	/** The legend's font size, in the page's units. */
	size: number;
	/** Sections broken across two columns. */
	split: number;
}

/** A legend row's and a heading's height, in font sizes: set close, as a key is read row by row. */
const ROW = 1.2;
const HEADING = 1.5;

/** A legend entry's text wider than this many font sizes wraps. */
const ENTRY_EMS = 15;

type Unplaced = DistributiveOmit<LegendEntry, 'x' | 'y'> & { h: number; w: number };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The legend's entries in reading order, with their sizes at font size `s`. */
function entriesOf(m: LegendModel, s: number): Unplaced[] {
	const row = ROW * s,
		swatch = 2.4 * s;
	const out: Unplaced[] = [];
	const heading = (text: string) =>
		out.push({ kind: 'heading', text, h: HEADING * s, w: textWidth(text, s, true) });
	// A long name takes two lines rather than widening the whole legend.
	const sized = <T extends object>(e: T & { text: string }) => {
		const lines = wrap(e.text, ENTRY_EMS * s, s);
		return {
			...e,
			text: lines.join('\n'),
			h: row * lines.length,
			w: swatch + Math.max(...lines.map((l) => textWidth(l, s)))
		};
	};
	heading(m.title);
	for (const c of m.clusters)
		out.push(sized({ kind: 'cluster' as const, text: c.label, colour: c.colour, dash: c.dash }));
	if (m.shapes.length) heading('Shape: type');
	for (const t of m.shapes)
		out.push(sized({ kind: 'shape' as const, text: t.label, shape: t.shape, dash: t.dash }));
	if (m.lines.length || m.marks.length) heading('Lines');
	for (const l of m.lines)
		out.push(sized({ kind: 'line' as const, text: l.label, dash: l.dash, arrow: l.arrow }));
	// The node marks sit with the lines: the same dash language, and no extra heading to fit.
	for (const r of m.marks)
		out.push(
			sized({ kind: 'mark' as const, text: r.label, ring: r.ring, membership: r.membership })
		);
	const noteWidth = (ENTRY_EMS + 2.4) * s;
	for (const text of [m.size, ...wrap(m.note, noteWidth, s)])
		out.push({ kind: 'note', text, h: row, w: textWidth(text, s) });
	return out;
}

/**
 * Flows the legend into columns no taller than `maxH` (a heading never ends a column) at font
 * size `s`; the box adds a padding of one font size all round.
 */
export function legendBlock(m: LegendModel, s: number, maxH: number): LegendBlock {
	const pad = 0.7 * s,
		gap = 1.5 * s;
	const all = entriesOf(m, s);
	const columns: Unplaced[][] = [[]];
	let split = 0;
	let used = 0;
	all.forEach((e, i) => {
		const col = columns[columns.length - 1]!;
		const next = all[i + 1];
		// A heading takes its whole section with it when an empty column would hold the section,
		// and at least its first row beside it otherwise.
		let section = e.h;
		if (e.kind === 'heading')
			for (
				let k = i + 1;
				k < all.length && all[k]!.kind !== 'heading' && all[k]!.kind !== 'note';
				k++
			)
				section += all[k]!.h;
		const need =
			e.kind === 'heading' && section <= maxH - 2 * pad
				? section
				: e.h + (e.kind === 'heading' && next ? next.h : 0);
		if (col.length > 0 && used + need > maxH - 2 * pad) {
			// A column that starts with a row, not a heading, splits a section.
			if (e.kind !== 'heading') split++;
			columns.push([]);
			used = 0;
		}
		columns[columns.length - 1]!.push(e);
		used += e.h;
	});
	const entries: LegendEntry[] = [];
	let x = pad,
		h = 0;
	for (const col of columns) {
		let y = pad;
		for (const e of col) {
			const { h: eh, w: _w, ...rest } = e;
			void _w;
			entries.push({ ...rest, x, y } as LegendEntry);
			y += eh;
		}
		h = Math.max(h, y + pad);
		x += Math.max(...col.map((e) => e.w)) + gap;
	}
	return { w: x - gap + pad, h, entries, size: s, split };
}

/**
 * The smallest-height legend at most `maxW` wide, for a legend under the picture: as few rows per
 * column as the width allows.
 */
export function legendRow(m: LegendModel, s: number, maxW: number): LegendBlock {
	const tall = legendBlock(m, s, Infinity);
	let first: LegendBlock | null = null;
	for (let h = 4 * s; h < tall.h; h += 0.5 * s) {
		const b = legendBlock(m, s, h);
		if (b.w > maxW) continue;
		// A little taller is better than a section broken across columns.
		if (b.split === 0) return first && b.h > first.h * 1.1 ? first : b;
		first ??= b;
	}
	return first ?? tall;
}

/** The legend as a framed box of swatches and text at (x, y), as laid out by legendBlock. */
export function writeLegend(
	f: SvgFrame,
	block: LegendBlock,
	ctx: StyleContext,
	at: { x: number; y: number }
): void {
	const s = block.size;
	f.out.push(
		`<rect${attrs({ x: at.x, y: at.y, width: block.w, height: block.h, fill: f.bg, stroke: f.muted, 'stroke-width': Math.max(1, s / 12), rx: s / 2 })}/>`
	);
	for (const e of block.entries) {
		const x = at.x + e.x,
			top = at.y + e.y;
		// Text sits on a baseline a little below the row's middle (cap height about 0.7 em).
		const mid = top + (ROW / 2) * s;
		const base = mid + 0.35 * s;
		if (e.kind === 'heading' || e.kind === 'note') {
			const y: number = e.kind === 'heading' ? top + (HEADING - 0.4) * s : base;
			f.out.push(
				`<text${attrs({ x, y, 'text-anchor': 'start', fill: e.kind === 'heading' ? f.fg : f.muted, ...font(s, e.kind === 'heading' ? 700 : 400) })}>${esc(e.text)}</text>`
			);
			continue;
		}
		const cx = x + 0.8 * s;
		if (e.kind === 'cluster')
			f.out.push(
				`<circle${attrs({ cx, cy: mid, r: 0.5 * s, fill: e.colour, stroke: e.dash ? f.fg : f.bg, 'stroke-width': 1.5, 'stroke-dasharray': e.dash })}/>`
			);
		else if (e.kind === 'shape')
			f.out.push(
				`<path${attrs({ d: placePath(shapePath(e.shape, 0.5 * s), cx, mid, 1), fill: f.muted, stroke: e.dash ? f.fg : undefined, 'stroke-width': e.dash ? 1.5 : undefined, 'stroke-dasharray': e.dash })}/>`
			);
		else if (e.kind === 'mark') writeMarkSample(f, e, cx, mid, s);
		else if (e.kind === 'line') {
			const end = x + 1.8 * s;
			f.out.push(
				`<line${attrs({ x1: x, y1: mid, x2: e.arrow ? end - 0.6 * s : end, y2: mid, stroke: ctx.edgeColour, 'stroke-width': 1.5, 'stroke-dasharray': e.dash })}/>`
			);
			if (e.arrow)
				f.out.push(
					`<path${attrs({ d: `M${n(end)},${n(mid)}L${n(end - 0.7 * s)},${n(mid - 0.35 * s)}L${n(end - 0.7 * s)},${n(mid + 0.35 * s)}Z`, fill: ctx.edgeColour })}/>`
				);
		}
		const tx = x + 2.4 * s;
		const rows = e.text.split('\n');
		const body =
			rows.length === 1
				? esc(e.text)
				: rows
						.map((l, i) => `<tspan${attrs({ x: tx, y: base + i * ROW * s })}>${esc(l)}</tspan>`)
						.join('');
		f.out.push(
			`<text${attrs({ x: tx, y: base, 'text-anchor': 'start', fill: f.fg, ...font(s) })}>${body}</text>`
		);
	}
}
