import type { Cluster } from '../clusters/assign';
import type { Emphasis } from '../clusters/emphasis';
import type { Visibility } from '../clusters/filters';
import { BACKGROUND, FOREGROUND, OUTLINE_DASHES } from '../clusters/palette';
import { shapePath, shapeRadius } from '../clusters/shapes';
import {
	edgeStyle,
	INFERRED_DASH,
	nodeStyle,
	type EdgeStyle,
	type StyleContext
} from '../clusters/style';
import { boundsOf, fitTransform, type Bounds } from '../layout/bounds';
import type { GraphIndex } from '../model/graph-index';
import type { Dataset, Shape } from '../model/types';
import { estimateWidth, placeLabels, type LabelCandidate } from '../render/labels';
import { SIZE_PRESETS, type ExportOptions } from './options';

/**
 * The SVG writer: a pure function from the graph, its positions, the view and the export options to
 * the text of a briefing-safe SVG (see svg-profile.md): presentation attributes only, literal #rrggbb
 * colours, opacity on leaf shapes, halos as a second <text>, arrowheads as paths, no markers, CSS,
 * scripts or external references, numbers rounded so the same input gives the same bytes.
 */

export interface SvgInput {
	dataset: Dataset;
	index: GraphIndex;
	positions: ArrayLike<number>;
	/** Styles built for the export's theme. */
	ctx: StyleContext;
	emphasis: Emphasis;
	visible: Visibility;
	/** Highlighted clusters, each drawn with a hull. */
	hulls: Cluster[];
	options: ExportOptions;
	/** The part of the layout on screen, for the "current view" scope. */
	view?: Bounds;
	/** Draws a hull path around circles; passed in so this module stays free of DOM and d3-polygon. */
	hullPath?: (points: { x: number; y: number; r: number }[], padding: number) => string;
}

export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Characters XML 1.0 forbids (controls, lone surrogates): one would make the whole file unreadable. */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const esc = (s: string) =>
	s
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

/** One decimal is plenty at slide sizes and keeps files small; never "-0". */
/** Past this many edges, edges of one style share one path. */
export const BATCH_EDGES = 1000;

const n = (v: number) => {
	const r = Math.round(v * 10) / 10;
	return String(r === 0 ? 0 : r);
};

function attrs(a: Record<string, string | number | null | undefined>): string {
	return Object.entries(a)
		.filter(([, v]) => v !== null && v !== undefined && v !== '')
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : esc(v as string)}"`)
		.join('');
}

/** Moves every absolute coordinate pair of a shapePath by (dx, dy) and scales it by k. */
function placePath(d: string, dx: number, dy: number, k: number): string {
	// Arcs ("A r,r 0 1,0 x,y") only occur in circles; handle them explicitly.
	return d.replace(/([MLA])([^MLAZ]+)/g, (_, cmd: string, args: string) => {
		const v = args.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'A') {
			const [rx, ry, rot, large, sweep, x, y] = v as [
				number,
				number,
				number,
				number,
				number,
				number,
				number
			];
			return `A${n(rx * k)},${n(ry * k)} ${rot} ${large},${sweep} ${n(dx + x * k)},${n(dy + y * k)}`;
		}
		return cmd + n(dx + v[0]! * k) + ',' + n(dy + v[1]! * k);
	});
}

export interface LegendModel {
	clusters: { label: string; colour: string; dash: string | null }[];
	shapes: { label: string; shape: Shape }[];
	lines: { label: string; dash: string | null; arrow: boolean }[];
	size: string;
	note: string;
}

interface Layout {
	width: number;
	height: number;
	area: { x: number; y: number; w: number; h: number };
	legend: { x: number; y: number; w: number } | null;
	header: { titleY: number; subtitleY: number } | null;
	footerLines: { text: string; y: number; size: number; muted: boolean }[];
	bannerTop: number;
	bannerBottom: number;
}

const PAD = 32;
const BANNER = 30;
const LEGEND_W = 380;
const LINE = 22;

function wrap(text: string, width: number, size: number): string[] {
	const out: string[] = [];
	for (const para of text.split(/\n/)) {
		let line = '';
		for (const word of para.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (line && estimateWidth(next, size) > width) {
				out.push(line);
				line = word;
			} else line = next;
		}
		if (line) out.push(line);
	}
	return out;
}

const noteLines = (note: string) => wrap(note, LEGEND_W - 28, 13);

function legendHeight(m: LegendModel): number {
	const rows = m.clusters.length + m.shapes.length + m.lines.length + 1 + noteLines(m.note).length;
	return 16 + 3 * 30 + rows * LINE;
}

function planLayout(o: ExportOptions, graph: Bounds, legend: LegendModel | null): Layout {
	const fit = o.size === 'fit';
	const gw = graph.maxX - graph.minX + 40,
		gh = graph.maxY - graph.minY + 40;
	const headerH = (o.title ? 44 : 0) + (o.subtitle ? 30 : 0) + (o.title || o.subtitle ? 12 : 0);
	const bannerTop = o.bannerTop ? BANNER : 0,
		bannerBottom = o.bannerBottom ? BANNER : 0;
	const legendW = legend ? LEGEND_W + 24 : 0;
	const width = fit ? Math.max(800, Math.ceil(gw + 2 * PAD + legendW)) : SIZE_PRESETS[o.size].width;
	const textW = width - 2 * PAD;
	const footer: { text: string; size: number; muted: boolean }[] = [
		...wrap(o.caption, textW, 16).map((text) => ({ text, size: 16, muted: false })),
		...wrap(o.sourceLine, textW, 13).map((text) => ({ text, size: 13, muted: true }))
	];
	const footerH = footer.reduce((h, l) => h + l.size * 1.45, 0) + (footer.length ? 12 : 0);
	const chrome = bannerTop + bannerBottom + PAD * 2 + headerH + footerH;
	const height = fit
		? Math.max(600, Math.ceil(Math.max(gh, legend ? legendHeight(legend) : 0) + chrome))
		: SIZE_PRESETS[o.size].height;
	const top = bannerTop + PAD;
	const area = { x: PAD, y: top + headerH, w: width - 2 * PAD - legendW, h: height - chrome };
	let y = area.y + area.h + 12;
	const footerLines = footer.map((l) => {
		y += l.size * 1.45;
		return { ...l, y: y - l.size * 0.35 };
	});
	return {
		width,
		height,
		area,
		legend: legend ? { x: width - PAD - LEGEND_W, y: area.y, w: LEGEND_W } : null,
		header:
			o.title || o.subtitle ? { titleY: top + 30, subtitleY: top + (o.title ? 44 : 0) + 22 } : null,
		footerLines,
		bannerTop,
		bannerBottom
	};
}

/** What the legend explains: every colour, shape and line style drawn, and what size means. */
export function legendModel(input: SvgInput, nodes: Set<string>, edges: Set<string>): LegendModel {
	const { dataset, ctx } = input;
	const drawn = dataset.nodes.filter((x) => nodes.has(x.id));
	const clusterIds = new Set(drawn.map((x) => ctx.clustering.of.get(x.id)));
	const clusters = ctx.clustering.clusters
		.filter((c) => clusterIds.has(c.id))
		.map((c) => ({
			label: c.label,
			colour: c.colour,
			dash: OUTLINE_DASHES[c.variant % OUTLINE_DASHES.length] ?? null
		}));
	const typeIds = new Set(drawn.map((x) => x.type));
	const shapes = dataset.types
		.filter((t) => typeIds.has(t.id))
		.map((t) => ({ label: t.label, shape: ctx.typeShape.get(t.id) ?? 'circle' }));
	if (drawn.some((x) => x.type === undefined)) shapes.push({ label: 'No type', shape: 'circle' });
	const drawnEdges = dataset.edges.filter((e) => edges.has(e.id));
	const lines: LegendModel['lines'] = [];
	if (drawnEdges.some((e) => e.confidence !== 'inferred'))
		lines.push({ label: 'Stated by the source', dash: null, arrow: false });
	if (drawnEdges.some((e) => e.confidence === 'inferred'))
		lines.push({ label: 'Inferred by the dataset’s author', dash: INFERRED_DASH, arrow: false });
	if (drawnEdges.length > 0)
		lines.push({ label: 'Arrow: direction of the relation', dash: null, arrow: true });
	const size =
		ctx.sizeBy === 'betweenness' ? 'Size: betweenness centrality' : 'Size: number of connections';
	const note = input.hulls.length
		? `Highlighted: ${input.hulls.map((c) => c.label).join(', ')}; the rest is dimmed`
		: input.emphasis.lit
			? 'Faded: outside the current focus'
			: '';
	return { clusters, shapes, lines, size, note };
}

export function writeSvg(input: SvgInput): string {
	const { dataset, index, positions, ctx, emphasis, options: o } = input;
	const bg = BACKGROUND[o.theme],
		fg = FOREGROUND[o.theme];
	const muted = o.theme === 'dark' ? '#a6b0bb' : '#4f5b68';
	const pos = (id: string) => {
		const i = index.indexOf.get(id)!;
		return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
	};

	// What to draw: the visible elements within the scope.
	const nodes = new Set<string>();
	const highlightedMembers = new Set(input.hulls.flatMap((c) => c.members));
	for (const node of dataset.nodes) {
		if (!input.visible.nodes.has(node.id)) continue;
		if (
			o.scope === 'highlighted' &&
			highlightedMembers.size > 0 &&
			!highlightedMembers.has(node.id)
		)
			continue;
		if (o.scope === 'view' && input.view) {
			const p = pos(node.id);
			const v = input.view;
			if (p.x < v.minX || p.x > v.maxX || p.y < v.minY || p.y > v.maxY) continue;
		}
		nodes.add(node.id);
	}
	const edges = new Set(
		dataset.edges
			.filter((e) => input.visible.edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target))
			.map((e) => e.id)
	);
	const drawn = dataset.nodes.filter((x) => nodes.has(x.id));
	const styles = new Map(drawn.map((x) => [x.id, nodeStyle(x, ctx, emphasis)]));

	const graphBounds =
		o.scope === 'view' && input.view
			? input.view
			: boundsOf(
					drawn.flatMap((x) => [pos(x.id).x, pos(x.id).y]),
					drawn.map((x) => styles.get(x.id)!.radius + 12)
				);
	const legend = o.legend ? legendModel(input, nodes, edges) : null;
	const L = planLayout(o, graphBounds, legend);
	const t = fitTransform(graphBounds, L.area.w, L.area.h, 16, o.size === 'fit' ? 1 : 3);
	const X = (x: number) => L.area.x + t.x + t.k * x;
	const Y = (y: number) => L.area.y + t.y + t.k * y;
	const font = (size: number, weight = 400) => ({
		'font-family': FONT_FAMILY,
		'font-size': size,
		'font-weight': weight
	});

	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"` +
			attrs({ width: L.width, height: L.height, viewBox: `0 0 ${L.width} ${L.height}` }) +
			'>'
	);
	out.push(`<title>${esc(o.title || dataset.title)}</title>`);
	out.push(
		`<desc>${esc(
			[
				o.subtitle,
				`${nodes.size} nodes and ${edges.size} edges drawn by Influence Map.`,
				legend?.note ?? '',
				o.sourceLine
			]
				.filter(Boolean)
				.join(' ')
		)}</desc>`
	);
	out.push(`<rect${attrs({ x: 0, y: 0, width: L.width, height: L.height, fill: bg })}/>`);

	const banner = (text: string, y: number) => {
		out.push(`<rect${attrs({ x: 0, y, width: L.width, height: BANNER, fill: fg })}/>`);
		out.push(
			`<text${attrs({ x: L.width / 2, y: y + BANNER / 2 + 5, 'text-anchor': 'middle', fill: bg, ...font(14, 700) })}>${esc(text)}</text>`
		);
	};
	if (o.bannerTop) banner(o.bannerTop, 0);

	if (L.header) {
		if (o.title)
			out.push(
				`<text${attrs({ x: PAD, y: L.header.titleY, 'text-anchor': 'start', fill: fg, ...font(30, 700) })}>${esc(o.title)}</text>`
			);
		if (o.subtitle)
			out.push(
				`<text${attrs({ x: PAD, y: L.header.subtitleY, 'text-anchor': 'start', fill: muted, ...font(20) })}>${esc(o.subtitle)}</text>`
			);
	}

	// Hulls under everything else, one per highlighted cluster.
	if (input.hullPath)
		for (const c of input.hulls) {
			const pts = c.members
				.filter((id) => nodes.has(id))
				.map((id) => ({ x: X(pos(id).x), y: Y(pos(id).y), r: styles.get(id)!.radius * t.k }));
			if (pts.length === 0) continue;
			out.push(
				`<path${attrs({
					d: input.hullPath(pts, 12 * t.k),
					fill: c.colour,
					'fill-opacity': '0.12',
					stroke: c.colour,
					'stroke-opacity': '0.7',
					'stroke-width': 1.5,
					'stroke-linejoin': 'round'
				})}/>`
			);
		}

	// A large network's edges are written as one path per style (lines, then arrowheads): a third
	// of the bytes, since per-element markup would outweigh the geometry. One difference: where
	// dimmed edges cross they do not darken each other, as separate lines would.
	const batched = edges.size > BATCH_EDGES;
	const batches = new Map<
		string,
		{ style: EdgeStyle; colour: string; lines: string[]; heads: string[] }
	>();
	for (const e of dataset.edges) {
		if (!edges.has(e.id)) continue;
		const s = edgeStyle(e, ctx, emphasis);
		const a = pos(e.source),
			b = pos(e.target);
		const x1 = X(a.x),
			y1 = Y(a.y),
			x2 = X(b.x),
			y2 = Y(b.y);
		const len = Math.hypot(x2 - x1, y2 - y1) || 1;
		const ux = (x2 - x1) / len,
			uy = (y2 - y1) / len;
		const ss = styles.get(e.source)!,
			st = styles.get(e.target)!;
		const r1 = shapeRadius(ss.shape, ss.radius) * t.k;
		const r2 = shapeRadius(st.shape, st.radius) * t.k + 2;
		const ex = x2 - ux * r2,
			ey = y2 - uy * r2;
		const colour = s.highlighted ? fg : s.stroke;
		const head = 9,
			half = 4.5;
		const bx = ex - ux * head,
			by = ey - uy * head;
		const arrow = `M${n(ex)},${n(ey)}L${n(bx - uy * half)},${n(by + ux * half)}L${n(bx + uy * half)},${n(by - ux * half)}Z`;
		if (batched) {
			const key = `${colour}|${s.width}|${s.dash}|${s.opacity}`;
			let batch = batches.get(key);
			if (!batch) batches.set(key, (batch = { style: s, colour, lines: [], heads: [] }));
			batch.lines.push(`M${n(x1 + ux * r1)},${n(y1 + uy * r1)}L${n(bx)},${n(by)}`);
			batch.heads.push(arrow);
			continue;
		}
		out.push(
			`<line${attrs({
				x1: x1 + ux * r1,
				y1: y1 + uy * r1,
				x2: bx,
				y2: by,
				stroke: colour,
				'stroke-width': s.width,
				'stroke-dasharray': s.dash,
				'stroke-opacity': s.opacity === 1 ? null : String(s.opacity)
			})}/>`
		);
		out.push(
			`<path${attrs({
				d: arrow,
				fill: colour,
				'fill-opacity': s.opacity === 1 ? null : String(s.opacity)
			})}/>`
		);
	}

	for (const { style: s, colour, lines, heads } of batches.values()) {
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		out.push(
			`<path${attrs({ d: lines.join(''), fill: 'none', stroke: colour, 'stroke-width': s.width, 'stroke-dasharray': s.dash, 'stroke-opacity': opacity })}/>`,
			`<path${attrs({ d: heads.join(''), fill: colour, 'fill-opacity': opacity })}/>`
		);
	}

	for (const x of drawn) {
		const s = styles.get(x.id)!;
		const p = pos(x.id);
		const cx = X(p.x),
			cy = Y(p.y);
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		if (s.ring)
			out.push(
				`<path${attrs({ d: placePath(shapePath(s.shape, s.radius + 4), cx, cy, t.k), fill: 'none', stroke: fg, 'stroke-width': 2.5, opacity })}/>`
			);
		out.push(
			`<path${attrs({
				d: placePath(shapePath(s.shape, s.radius), cx, cy, t.k),
				fill: s.fill,
				stroke: s.outlineDash ? fg : bg,
				'stroke-width': 1.5,
				'stroke-dasharray': s.outlineDash,
				opacity
			})}/>`
		);
	}

	// Labels: every node's at density "all", the ones that fit at "auto".
	const labelSize = 14;
	let labelled: Set<string>;
	if (o.labels === 'all') labelled = new Set(nodes);
	else if (o.labels === 'none') labelled = new Set();
	else {
		const candidates: LabelCandidate[] = drawn.map((x) => ({
			id: x.id,
			x: X(pos(x.id).x),
			y: Y(pos(x.id).y),
			r: styles.get(x.id)!.radius * t.k,
			text: x.label,
			priority: (index.degree.get(x.id) ?? 0) + (styles.get(x.id)!.emphasised ? 1000 : 0),
			forced: styles.get(x.id)!.forceLabel
		}));
		labelled = placeLabels(candidates, labelSize);
	}
	for (const x of drawn) {
		if (!labelled.has(x.id)) continue;
		const s = styles.get(x.id)!;
		const p = pos(x.id);
		// Keep labels of nodes near the edge inside the drawing area.
		const half = estimateWidth(x.label, labelSize) / 2;
		const lx = Math.min(Math.max(X(p.x), L.area.x + half), L.area.x + L.area.w - half),
			ly = Y(p.y) + s.radius * t.k + labelSize + 1;
		const common = {
			x: lx,
			y: ly,
			'text-anchor': 'middle',
			...font(labelSize, s.emphasised ? 700 : 400)
		};
		const opacity = s.opacity === 1 ? null : '0.45';
		out.push(
			`<text${attrs({ ...common, fill: bg, stroke: bg, 'stroke-width': 4, 'stroke-linejoin': 'round', opacity })}>${esc(x.label)}</text>`
		);
		out.push(`<text${attrs({ ...common, fill: fg, opacity })}>${esc(x.label)}</text>`);
	}

	if (legend && L.legend) {
		const { x: lx, w } = L.legend;
		let y = L.legend.y;
		out.push(
			`<rect${attrs({ x: lx, y, width: w, height: legendHeight(legend), fill: bg, stroke: muted, 'stroke-width': 1, rx: 6 })}/>`
		);
		const heading = (text: string) => {
			y += 30;
			out.push(
				`<text${attrs({ x: lx + 14, y: y - 8, 'text-anchor': 'start', fill: muted, ...font(13, 700) })}>${esc(text)}</text>`
			);
		};
		const row = (text: string) => {
			y += LINE;
			out.push(
				`<text${attrs({ x: lx + 44, y: y - 6, 'text-anchor': 'start', fill: fg, ...font(14) })}>${esc(text)}</text>`
			);
			return y - 11;
		};
		const modeTitle = {
			group: 'Colour: group',
			type: 'Colour: type',
			community: 'Colour: community',
			file: 'Colour: as in the file'
		}[ctx.clustering.mode];
		heading(modeTitle);
		for (const c of legend.clusters) {
			const cy = row(c.label);
			out.push(
				`<circle${attrs({ cx: lx + 24, cy, r: 7, fill: c.colour, stroke: c.dash ? fg : bg, 'stroke-width': 1.5, 'stroke-dasharray': c.dash })}/>`
			);
		}
		heading('Shape: type');
		for (const s of legend.shapes) {
			const cy = row(s.label);
			out.push(
				`<path${attrs({ d: placePath(shapePath(s.shape, 6.5), lx + 24, cy, 1), fill: muted })}/>`
			);
		}
		heading('Lines');
		for (const line of legend.lines) {
			const cy = row(line.label);
			out.push(
				`<line${attrs({ x1: lx + 10, y1: cy, x2: line.arrow ? lx + 30 : lx + 38, y2: cy, stroke: ctx.edgeColour, 'stroke-width': 1.5, 'stroke-dasharray': line.dash })}/>`
			);
			if (line.arrow)
				out.push(
					`<path${attrs({ d: `M${n(lx + 38)},${n(cy)}L${n(lx + 29)},${n(cy - 4.5)}L${n(lx + 29)},${n(cy + 4.5)}Z`, fill: ctx.edgeColour })}/>`
				);
		}
		y += 8;
		out.push(
			`<text${attrs({ x: lx + 14, y: y + 14, 'text-anchor': 'start', fill: muted, ...font(13) })}>${esc(legend.size)}</text>`
		);
		for (const line of noteLines(legend.note)) {
			y += LINE;
			out.push(
				`<text${attrs({ x: lx + 14, y: y + 14, 'text-anchor': 'start', fill: muted, ...font(13) })}>${esc(line)}</text>`
			);
		}
	}

	for (const l of L.footerLines)
		out.push(
			`<text${attrs({ x: PAD, y: l.y, 'text-anchor': 'start', fill: l.muted ? muted : fg, ...font(l.size) })}>${esc(l.text)}</text>`
		);

	if (o.bannerBottom) banner(o.bannerBottom, L.height - BANNER);
	out.push('</svg>');
	return out.join('\n') + '\n';
}
