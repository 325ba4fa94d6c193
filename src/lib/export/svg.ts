import { BACKGROUND, FOREGROUND } from '../clusters/palette';
import { isolate } from '../scene/bidi';
import { nodeStyle } from '../scene/style';
import { boundsOf, fitTransform, toScreen, type Transform } from '../scene/transform';
import type { SvgFrame } from './svg/frame';
import { writeBanner, writeFooter, writeHeader } from './svg/furniture';
import { writeEdges } from './svg/edges';
import { writeHulls } from './svg/hulls';
import type { SvgInput } from './svg/input';
import { pageLabels } from './svg/labels';
import { legendModel, writeLegend } from './svg/legend';
import { attrs, esc } from './svg/markup';
import { MAX_STRETCH, pageTexts, planPage, TITLE_MAX } from './svg/page';
import { pageRelations, writeRelations } from './svg/relations';
import { clipText, drawnLabel } from '../scene/text';
import { writeNodes } from './svg/nodes';
import { spreadPage } from './svg/spread';
import { toPoints } from './svg/typography';
import type { GraphEdge } from '../model/types';

export type { SvgInput } from './svg/input';
export type { LegendModel } from './svg/legend';
export { legendModel } from './svg/legend';
export { PageCache } from './svg/cache';
export { BATCH_EDGES } from './svg/edges';
export { FONT_FAMILY } from './svg/markup';
export { pageType, FLOOR_PT, type TextSize } from './svg/typography';

/** What a page shows of what it was asked for: for the dialog's notes and for tests. */
export interface SvgStats {
	/** Node labels drawn, and those the page had no room for. */
	labels: number;
	labelsLeftOut: number;
	/** The labels left out of the nodes the view puts forward (selected, highlighted, on a path). */
	litLeftOut: string[];
	/** Relation labels drawn, and those left out. */
	relations: number;
	relationsLeftOut: number;
	/** The smallest text on the page, in points. */
	smallestPt: number;
	/** The page moved its nodes apart to make room for their labels (the screen's layout is kept). */
	spread: boolean;
}

/**
 * The SVG writer: a pure function from the graph, its positions, the view and the export options to
 * the text of a briefing-safe SVG (see svg-profile.md): presentation attributes only, literal #rrggbb
 * colours, opacity on leaf shapes, halos as a second <text>, arrowheads as paths, no markers, CSS,
 * scripts or external references, numbers rounded so the same input gives the same bytes. What is
 * drawn where comes from the scene, as on screen; this only writes it down.
 */
export function writeSvg(input: SvgInput): string {
	return renderSvg(input).svg;
}

/** A layer: a named group, which Inkscape also lists as a layer. */
const layer = (id: string, label: string) =>
	`<g id="${id}" inkscape:groupmode="layer" inkscape:label="${label}">`;

/** The page as SVG text, with what it shows and leaves out (`SvgStats`). */
export function renderSvg(input: SvgInput): { svg: string; stats: SvgStats } {
	const { dataset, index, ctx, emphasis } = input;
	const {
		nodes,
		edges,
		drawn,
		styles,
		legend,
		page,
		t,
		pos,
		side,
		moved,
		options: o
	} = planSvg(input);
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
	const ids = elementIds();
	const labelById = new Map(dataset.nodes.map((x) => [x.id, x.label]));
	const edgeName = (e: GraphEdge) =>
		[labelById.get(e.source), e.relation || 'linked to', labelById.get(e.target)]
			.map((s) => isolate(drawnLabel(s ?? '')))
			.join(' → ');

	f.out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" version="1.1"` +
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

	const drawnEdges = dataset.edges.filter((e) => edges.has(e.id));
	const u = page.type.units;
	const labels = pageLabels(
		f,
		drawn,
		index,
		emphasis,
		o.labels,
		page.area,
		u.label,
		[],
		input.cache,
		side
	);
	const relations = pageRelations(
		f,
		drawnEdges,
		drawn,
		labels,
		o.relationLabels ?? 'none',
		page,
		ctx,
		emphasis
	);

	f.out.push(layer('hulls', 'Hulls'));
	if (input.hullPath) writeHulls(f, input.hulls, nodes, input.hullPath);
	f.out.push('</g>', layer('edges', 'Edges'));
	writeEdges(f, drawnEdges, ctx, emphasis, ids, edgeName);
	f.out.push('</g>', layer('nodes', 'Nodes'));
	writeNodes(f, drawn, labels, ids);
	f.out.push('</g>', layer('labels', 'Relation labels'));
	writeRelations(f, relations, ids);
	f.out.push('</g>', layer('legend', 'Legend'));
	if (page.legend) writeLegend(f, page.legend, ctx, page.legend);
	f.out.push('</g>', layer('furniture', 'Title, caption and banners'));
	if (o.bannerTop) writeBanner(f, page, o.bannerTop, 0);
	writeHeader(f, page);
	writeFooter(f, page);
	if (o.bannerBottom) writeBanner(f, page, o.bannerBottom, page.height - page.bannerBottom);
	f.out.push('</g>', '</svg>');

	const sizes = [...f.out.join('').matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
	return {
		svg: f.out.join('\n') + '\n',
		stats: {
			labels: labels.placement.size,
			labelsLeftOut: labels.candidates.length - labels.placement.size,
			litLeftOut: labels.candidates
				.filter((c) => !labels.placement.has(c.id) && isForward(c.id, emphasis))
				.map((c) => c.text),
			relations: relations.placed.length,
			relationsLeftOut: relations.dropped,
			smallestPt: sizes.length ? toPoints(Math.min(...sizes), page.type.upp) : 0,
			spread: moved > 0
		}
	};
}

/** A node the view puts forward: selected, forced (a path's, a search's) or lit by a highlight. */
const isForward = (id: string, em: SvgInput['emphasis']) =>
	em.selectedNode === id || em.forced.has(id) || !!em.lit?.has(id);

/** Element ids made from the data's ids: XML names, one per element, the same for the same input. */
function elementIds() {
	const used = new Set<string>();
	return (kind: string, id: string) => {
		const base = `${kind}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
		let name = base;
		for (let k = 2; used.has(name); k++) name = `${base}-${k}`;
		used.add(name);
		return name;
	};
}

/**
 * What the export draws and where: the nodes and edges in scope with their styles, the page's
 * layout, and the transform from layout units onto the page.
 */
export function planSvg(input: SvgInput) {
	const { dataset, index, positions, ctx, emphasis } = input;
	const o = pageTexts(input.options);
	const at = (id: string) => {
		const i = index.indexOf.get(id)!;
		return { x: positions[2 * i]!, y: positions[2 * i + 1]! };
	};
	const { nodes, edges } = inScope(input, at);
	const drawn = dataset.nodes.filter((x) => nodes.has(x.id));
	const styles = new Map(drawn.map((x) => [x.id, nodeStyle(x, ctx, emphasis)]));
	const boundsAt = (p: typeof at) =>
		o.scope === 'view' && input.view
			? input.view
			: boundsOf(
					drawn.flatMap((x) => [p(x.id).x, p(x.id).y]),
					drawn.map((x) => styles.get(x.id)!.radius + 12)
				);
	const legend = o.legend ? legendModel({ ...input, options: o }, nodes, edges) : null;
	const first = planPage(o, boundsAt(at), legend);
	const pos =
		o.size === 'fit'
			? spread(at, boundsAt(at), FIT_SPREAD)
			: stretched(
					spread(at, boundsAt(at), PAGE_SPREAD),
					boundsAt(spread(at, boundsAt(at), PAGE_SPREAD)),
					first.area,
					o.scope === 'view'
				);
	const graphBounds = boundsAt(pos);
	const page = o.size === 'fit' ? planPage(o, graphBounds, legend) : first;
	const fitted = fitTransform(
		graphBounds,
		page.area.w,
		page.area.h,
		o.size === 'fit' ? 6 * page.type.units.label : page.type.units.label,
		o.size === 'fit' ? 1 : 3
	);
	// The layout onto the page: fitted into the picture's area, wherever that sits on the page.
	const t: Transform = { k: fitted.k, x: page.area.x + fitted.x, y: page.area.y + fitted.y };
	// "All labels" on a fixed page: the page's copy of the layout makes room for every label.
	const spreadOut =
		o.labels === 'all' && o.size !== 'fit'
			? spreadPage(
					pos,
					styles,
					t,
					drawn,
					index,
					emphasis,
					page.area,
					page.type.units.label,
					input.cache
				)
			: null;
	return {
		nodes,
		edges,
		drawn,
		styles,
		legend,
		page,
		t,
		pos: spreadOut?.pos ?? pos,
		side: spreadOut?.side,
		/** How far the page's spread moved a node at most, in layout units (0: not spread). */
		moved: spreadOut?.moved ?? 0,
		options: o
	};
}

/**
 * The layout stretched along one axis (up to MAX_STRETCH) towards the shape of the picture's area:
 * a force layout's distances carry no meaning beyond near and far, and labels, wider than tall,
 * find far more room on a 16:9 slide when the network fills it. The current view and a page fitted
 * to the graph keep the layout as it is.
 */
function stretched(
	at: (id: string) => { x: number; y: number },
	b: { minX: number; minY: number; maxX: number; maxY: number },
	area: { w: number; h: number },
	keep: boolean
) {
	const w = Math.max(b.maxX - b.minX, 1),
		h = Math.max(b.maxY - b.minY, 1);
	const want = area.w / Math.max(area.h, 1) / (w / h);
	if (keep || !Number.isFinite(want)) return at;
	const sx = Math.min(MAX_STRETCH, Math.max(1, want)),
		sy = Math.min(MAX_STRETCH, Math.max(1, 1 / want));
	const cx = (b.minX + b.maxX) / 2,
		cy = (b.minY + b.maxY) / 2;
	return (id: string) => {
		const p = at(id);
		return { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy };
	};
}

/**
 * A page fitted to the graph spreads the layout by this much (the nodes keep their size): its
 * labels, set in points, are far larger than the screen's, and want the room.
 */
export const FIT_SPREAD = 1.6;
/** On a fixed page the same, less: the picture's size is the page's, so this only shrinks the nodes. */
export const PAGE_SPREAD = 1.15;

/** The layout spread by `k` about the middle of its bounds `b`. */
function spread(
	at: (id: string) => { x: number; y: number },
	b: { minX: number; minY: number; maxX: number; maxY: number },
	k: number
) {
	const cx = (b.minX + b.maxX) / 2,
		cy = (b.minY + b.maxY) / 2;
	return (id: string) => {
		const p = at(id);
		return { x: cx + (p.x - cx) * k, y: cy + (p.y - cy) * k };
	};
}

/** The visible nodes within the export's scope, and the visible edges between them. */
function inScope(input: SvgInput, pos: (id: string) => { x: number; y: number }) {
	const { dataset, options: o } = input;
	const nodes = new Set<string>();
	const members = new Set(input.hulls.flatMap((c) => c.members));
	// "Cluster and its context": the members and every node one link away from them.
	const context = new Set<string>();
	if (o.scope === 'context')
		for (const id of members) {
			context.add(id);
			for (const n of input.index.neighbours.get(id) ?? []) context.add(n);
		}
	for (const node of dataset.nodes) {
		if (!input.visible.nodes.has(node.id)) continue;
		if (members.size > 0 && o.scope === 'highlighted' && !members.has(node.id)) continue;
		if (members.size > 0 && o.scope === 'context' && !context.has(node.id)) continue;
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
