import { isolate } from '../../scene/bidi';
import { outlineDash } from '../../scene/paint';
import { drawnLabel } from '../../scene/text';
import { shapePath } from '../../scene/shapes';
import type { StyleContext } from '../../scene/style';
import { confidenceLines } from './confidence-marks';
import type { Shape } from '../../model/types';
import { oneDecimal as n } from '../../scene/numbers';
import type { SvgFrame } from './frame';
import type { SvgInput } from './input';
import { attrs, esc, font, placePath } from './markup';
import { LEGEND_W, wrap } from './page';

export interface LegendModel {
	clusters: { label: string; colour: string; dash: string | null }[];
	shapes: { label: string; shape: Shape; dash: string | null }[];
	lines: { label: string; dash: string | null; arrow: boolean }[];
	size: string;
	note: string;
}

const LINE = 22;
const noteLines = (note: string) => wrap(note, LEGEND_W - 28, 13);

/** The legend box's height on the page. */
export function legendHeight(m: LegendModel): number {
	const rows = m.clusters.length + m.shapes.length + m.lines.length + 1 + noteLines(m.note).length;
	return 16 + 3 * 30 + rows * LINE;
}

/** What the legend explains: every colour, shape and line style drawn, and what size means. */
export function legendModel(input: SvgInput, nodes: Set<string>, edges: Set<string>): LegendModel {
	const { dataset, ctx } = input;
	const drawn = dataset.nodes.filter((x) => nodes.has(x.id));
	const clusterIds = new Set(drawn.map((x) => ctx.clustering.of.get(x.id)));
	const clusters = ctx.clustering.clusters
		.filter((c) => clusterIds.has(c.id))
		.map((c) => ({ label: drawnLabel(c.label), colour: c.colour, dash: outlineDash(c.variant) }));
	const typeIds = new Set(drawn.map((x) => x.type));
	const shapes = dataset.types
		.filter((t) => typeIds.has(t.id))
		.map((t) => ({
			label: drawnLabel(t.label),
			shape: ctx.typeShape.get(t.id) ?? 'circle',
			dash: ctx.typeDash.get(t.id) ?? null
		}));
	if (drawn.some((x) => x.type === undefined))
		shapes.push({ label: 'No type', shape: 'circle', dash: null });
	const drawnEdges = dataset.edges.filter((e) => edges.has(e.id));
	const lines: LegendModel['lines'] = [];
	lines.push(...confidenceLines(drawnEdges));
	if (drawnEdges.length > 0)
		lines.push({ label: 'Arrow: direction of the relation', dash: null, arrow: true });
	const size =
		ctx.sizeBy === 'betweenness'
			? 'Size: betweenness centrality'
			: ctx.sizeBy === 'file'
				? 'Size: as the file gives it'
				: 'Size: number of connections';
	const note = input.hulls.length
		? `Highlighted: ${input.hulls.map((c) => isolate(drawnLabel(c.label))).join(', ')}; the rest is dimmed`
		: input.emphasis.lit
			? 'Faded: outside the current focus'
			: '';
	return { clusters, shapes, lines, size, note };
}

const MODE_TITLE = {
	group: 'Colour: group',
	type: 'Colour: type',
	community: 'Colour: community',
	file: 'Colour: as in the file'
} as const;

/** The legend as a framed box of swatches and text rows at (x, y), `w` wide. */
export function writeLegend(
	f: SvgFrame,
	legend: LegendModel,
	ctx: StyleContext,
	box: { x: number; y: number; w: number }
): void {
	const { x: lx, w } = box;
	let y = box.y;
	f.out.push(
		`<rect${attrs({ x: lx, y, width: w, height: legendHeight(legend), fill: f.bg, stroke: f.muted, 'stroke-width': 1, rx: 6 })}/>`
	);
	const heading = (text: string) => {
		y += 30;
		f.out.push(
			`<text${attrs({ x: lx + 14, y: y - 8, 'text-anchor': 'start', fill: f.muted, ...font(13, 700) })}>${esc(text)}</text>`
		);
	};
	const row = (text: string) => {
		y += LINE;
		f.out.push(
			`<text${attrs({ x: lx + 44, y: y - 6, 'text-anchor': 'start', fill: f.fg, ...font(14) })}>${esc(text)}</text>`
		);
		return y - 11;
	};
	heading(MODE_TITLE[ctx.clustering.mode]);
	for (const c of legend.clusters) {
		const cy = row(c.label);
		f.out.push(
			`<circle${attrs({ cx: lx + 24, cy, r: 7, fill: c.colour, stroke: c.dash ? f.fg : f.bg, 'stroke-width': 1.5, 'stroke-dasharray': c.dash })}/>`
		);
	}
	heading('Shape: type');
	for (const s of legend.shapes) {
		const cy = row(s.label);
		f.out.push(
			`<path${attrs({ d: placePath(shapePath(s.shape, 6.5), lx + 24, cy, 1), fill: f.muted, stroke: s.dash ? f.fg : undefined, 'stroke-width': s.dash ? 1.5 : undefined, 'stroke-dasharray': s.dash })}/>`
		);
	}
	heading('Lines');
	for (const line of legend.lines) {
		const cy = row(line.label);
		f.out.push(
			`<line${attrs({ x1: lx + 10, y1: cy, x2: line.arrow ? lx + 30 : lx + 38, y2: cy, stroke: ctx.edgeColour, 'stroke-width': 1.5, 'stroke-dasharray': line.dash })}/>`
		);
		if (line.arrow)
			f.out.push(
				`<path${attrs({ d: `M${n(lx + 38)},${n(cy)}L${n(lx + 29)},${n(cy - 4.5)}L${n(lx + 29)},${n(cy + 4.5)}Z`, fill: ctx.edgeColour })}/>`
			);
	}
	y += 8;
	f.out.push(
		`<text${attrs({ x: lx + 14, y: y + 14, 'text-anchor': 'start', fill: f.muted, ...font(13) })}>${esc(legend.size)}</text>`
	);
	for (const line of noteLines(legend.note)) {
		y += LINE;
		f.out.push(
			`<text${attrs({ x: lx + 14, y: y + 14, 'text-anchor': 'start', fill: f.muted, ...font(13) })}>${esc(line)}</text>`
		);
	}
}
