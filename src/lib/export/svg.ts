import { BACKGROUND, FOREGROUND } from '../clusters/palette';
import { isolate } from '../scene/bidi';
import { nodeStyle } from '../scene/style';
import { boundsOf, fitTransform, toScreen, type Transform } from '../scene/transform';
import type { SvgFrame } from './svg/frame';
import { writeBanner, writeFooter, writeHeader } from './svg/furniture';
import { writeEdges } from './svg/edges';
import { writeHulls } from './svg/hulls';
import type { SvgInput } from './svg/input';
import { pageLabels, writeLabels } from './svg/labels';
import { legendHeight, legendModel, writeLegend } from './svg/legend';
import { attrs, esc } from './svg/markup';
import { BANNER, pageTexts, planPage, TITLE_MAX } from './svg/page';
import { clipText } from '../scene/text';
import { writeNodes } from './svg/nodes';

export type { SvgInput } from './svg/input';
export type { LegendModel } from './svg/legend';
export { legendModel } from './svg/legend';
export { BATCH_EDGES } from './svg/edges';
export { FONT_FAMILY } from './svg/markup';

/**
 * The SVG writer: a pure function from the graph, its positions, the view and the export options to
 * the text of a briefing-safe SVG (see svg-profile.md): presentation attributes only, literal #rrggbb
 * colours, opacity on leaf shapes, halos as a second <text>, arrowheads as paths, no markers, CSS,
 * scripts or external references, numbers rounded so the same input gives the same bytes. What is
 * drawn where comes from the scene, as on screen; this only writes it down.
 */
export function writeSvg(input: SvgInput): string {
	const { dataset, index, ctx, emphasis } = input;
	const { nodes, edges, drawn, styles, legend, page, t, pos, options: o } = planSvg(input);
	const f: SvgFrame = {
		out: [],
		fg: FOREGROUND[o.theme],
		bg: BACKGROUND[o.theme],
		muted: o.theme === 'dark' ? '#a6b0bb' : '#4f5b68',
		X: (x) => toScreen(t, x, 0).x,
		Y: (y) => toScreen(t, 0, y).y,
		k: t.k,
		t,
		pos,
		styles
	};

	f.out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"` +
			attrs({
				width: page.width,
				height: page.height,
				viewBox: `0 0 ${page.width} ${page.height}`
			}) +
			'>'
	);
	f.out.push(`<title>${esc(o.title || clipText(dataset.title, TITLE_MAX))}</title>`);
	// Each user string isolated on its own: one sentence must not reorder the next.
	const summary = [
		isolate(o.subtitle),
		`${nodes.size} nodes and ${edges.size} edges drawn by Influence Map.`,
		legend?.note ?? '',
		isolate(o.sourceLine)
	];
	f.out.push(`<desc>${esc(summary.filter(Boolean).join(' '))}</desc>`);
	f.out.push(`<rect${attrs({ x: 0, y: 0, width: page.width, height: page.height, fill: f.bg })}/>`);
	if (o.bannerTop) writeBanner(f, page, o.bannerTop, 0);
	writeHeader(f, page, o);
	if (input.hullPath) writeHulls(f, input.hulls, nodes, input.hullPath);
	writeEdges(
		f,
		dataset.edges.filter((e) => edges.has(e.id)),
		ctx,
		emphasis
	);
	writeNodes(f, drawn);
	writeLabels(f, drawn, pageLabels(f, drawn, index, emphasis, o.labels, page.area));
	if (legend && page.legend) writeLegend(f, legend, ctx, page.legend);
	writeFooter(f, page);
	if (o.bannerBottom) writeBanner(f, page, o.bannerBottom, page.height - BANNER);
	f.out.push('</svg>');
	return f.out.join('\n') + '\n';
}

/**
 * What the export draws and where: the nodes and edges in scope with their styles, the page's
 * layout, and the transform from layout units onto the page.
 */
export function planSvg(input: SvgInput) {
	const { dataset, index, positions, ctx, emphasis } = input;
	const o = pageTexts(input.options);
	const pos = (id: string) => {
		const i = index.indexOf.get(id)!;
		return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
	};
	const { nodes, edges } = inScope(input, pos);
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
	const page = planPage(o, graphBounds, legend ? legendHeight(legend) : null);
	const fitted = fitTransform(graphBounds, page.area.w, page.area.h, 16, o.size === 'fit' ? 1 : 3);
	// The layout onto the page: fitted into the picture's area, wherever that sits on the page.
	const t: Transform = { k: fitted.k, x: page.area.x + fitted.x, y: page.area.y + fitted.y };
	return { nodes, edges, drawn, styles, legend, page, t, pos, options: o };
}

/** The visible nodes within the export's scope, and the visible edges between them. */
function inScope(input: SvgInput, pos: (id: string) => { x: number; y: number }) {
	const { dataset, options: o } = input;
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
	return { nodes, edges };
}
