import { edgePath, headPath, isLoop, nodeEdge, type EdgeGeometry } from '../../scene/edges';
import { oneDecimal as n } from '../../scene/numbers';
import { edgeStyle, type EdgeStyle, type StyleContext } from '../../scene/style';
import type { Emphasis } from '../../clusters/emphasis';
import type { GraphEdge } from '../../model/types';
import type { SvgFrame } from './frame';
import { attrs, esc } from './markup';

/** Past this many edges, edges of one style share one path. */
export const BATCH_EDGES = 1000;

/** An edge's scene geometry, from layout units onto the page. */
export function onPage(f: SvgFrame, g: EdgeGeometry): EdgeGeometry {
	const h = g.head;
	const page: EdgeGeometry = {
		x1: f.X(g.x1),
		y1: f.Y(g.y1),
		x2: f.X(g.x2),
		y2: f.Y(g.y2),
		head: [f.X(h[0]), f.Y(h[1]), f.X(h[2]), f.Y(h[3]), f.X(h[4]), f.Y(h[5])]
	};
	if (isLoop(g)) {
		const c = g.curve;
		page.curve = [f.X(c[0]), f.Y(c[1]), f.X(c[2]), f.Y(c[3])];
	}
	return page;
}

/**
 * The edges drawn, each a line to its arrowhead's base (a self-loop's curve) and the head as a path. A large network's
 * edges are written as one path per style (lines, then arrowheads): a third of the bytes, since
 * per-element markup would outweigh the geometry. One difference: where dimmed edges cross they
 * do not darken each other, as separate lines would.
 */
export function writeEdges(
	f: SvgFrame,
	edges: GraphEdge[],
	ctx: StyleContext,
	emphasis: Emphasis,
	ids: (kind: string, id: string) => string = () => '',
	name: (e: GraphEdge) => string = () => ''
): void {
	const batched = edges.length > BATCH_EDGES;
	const batches = new Map<
		string,
		{ style: EdgeStyle; colour: string; lines: string[]; heads: string[] }
	>();
	for (const e of edges) {
		const s = edgeStyle(e, ctx, emphasis);
		const a = f.pos(e.source),
			b = f.pos(e.target);
		const ss = f.styles.get(e.source)!,
			st = f.styles.get(e.target)!;
		const g = onPage(f, nodeEdge(a.x, a.y, ss, b.x, b.y, st, e.source === e.target, s.highlighted));
		const colour = s.highlighted ? f.fg : s.stroke;
		const arrow = headPath(g, n);
		if (batched) {
			const key = `${colour}|${s.width}|${s.dash}|${s.opacity}`;
			let batch = batches.get(key);
			if (!batch) batches.set(key, (batch = { style: s, colour, lines: [], heads: [] }));
			batch.lines.push(edgePath(g, n));
			batch.heads.push(arrow);
			continue;
		}
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		const stroke = {
			stroke: colour,
			'stroke-width': s.width,
			'stroke-dasharray': s.dash,
			'stroke-opacity': opacity
		};
		// One group per edge, named, so a designer can pick it up whole.
		f.out.push(`<g${attrs({ id: ids('edge', e.id) })}>`, `<title>${esc(name(e))}</title>`);
		// A self-loop is a curve: a path with no fill (no marker, as everywhere in the profile).
		if (isLoop(g)) f.out.push(`<path${attrs({ d: edgePath(g, n), fill: 'none', ...stroke })}/>`);
		else
			f.out.push(
				`<line${attrs({
					x1: g.x1,
					y1: g.y1,
					x2: g.x2,
					y2: g.y2,
					...stroke
				})}/>`
			);
		f.out.push(`<path${attrs({ d: arrow, fill: colour, 'fill-opacity': opacity })}/>`, '</g>');
	}
	for (const { style: s, colour, lines, heads } of batches.values()) {
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		f.out.push(
			`<path${attrs({ d: lines.join(''), fill: 'none', stroke: colour, 'stroke-width': s.width, 'stroke-dasharray': s.dash, 'stroke-opacity': opacity })}/>`,
			`<path${attrs({ d: heads.join(''), fill: colour, 'fill-opacity': opacity })}/>`
		);
	}
}
