import {
	edgeGeometry,
	isLoop,
	selfLoopGeometry,
	type EdgeGeometry,
	type LoopGeometry
} from '$lib/scene/edges';
import { scaleDash } from '$lib/scene/confidence';
import { SELECTED_EDGE_WIDTH } from '$lib/scene/paint';
import { shapeRadius } from '$lib/scene/shapes';
import type { Bounds } from '$lib/scene/transform';
import { drawsArrows, drawsDash, edgeInk, edgeStride, inkShare } from './edge-detail';
import type { CanvasFrame } from './frame';

/**
 * Strokes a frame's edges, one path per style batch, with arrowheads when they can be seen, then
 * the selected edge over them. Expects the layout transform to be set; edges wholly outside `w`
 * are skipped.
 */
export function drawEdges(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	w: Bounds,
	dpr: number
): void {
	const { transform: t, positions: p } = f;
	let shownEdges = 0;
	for (let j = 0; j < f.edgeShown.length; j++) shownEdges += f.edgeShown[j]!;
	const arrows = drawsArrows(t.k, shownEdges);
	const stride = edgeStride(
		shownEdges,
		f.moving,
		f.moving ? edgeInk(p, f.ends, f.edgeShown, dpr * t.k, shownEdges) : 0
	);
	for (const batch of f.edgeBatches) {
		const style = f.edgeStyles[batch[0]!]!;
		g.beginPath();
		const heads = arrows ? new Path2D() : null;
		for (const j of batch) {
			// Highlighted edges are always drawn; the rest are sampled while moving.
			if (!f.edgeShown[j] || (stride > 1 && !style.highlighted && j % stride)) continue;
			const a = f.ends[2 * j]!,
				b = f.ends[2 * j + 1]!;
			const x1 = p[2 * a]!,
				y1 = p[2 * a + 1]!,
				x2 = p[2 * b]!,
				y2 = p[2 * b + 1]!;
			if (a === b) {
				// A self-loop: its curve, with its head when heads are drawn.
				const sa = f.nodeStyles[a]!;
				const e = selfLoopGeometry(x1, y1, sa.shape, sa.radius, style.highlighted);
				if (!outside(e, w)) traceLine(g, e, heads);
				continue;
			}
			if (
				(x1 < w.minX && x2 < w.minX) ||
				(x1 > w.maxX && x2 > w.maxX) ||
				(y1 < w.minY && y2 < w.minY) ||
				(y1 > w.maxY && y2 > w.maxY)
			)
				continue;
			if (!heads) {
				g.moveTo(x1, y1);
				g.lineTo(x2, y2);
				continue;
			}
			const sa = f.nodeStyles[a]!,
				sb = f.nodeStyles[b]!;
			const e = edgeGeometry(
				x1,
				y1,
				x2,
				y2,
				shapeRadius(sa.shape, sa.radius),
				shapeRadius(sb.shape, sb.radius),
				style.highlighted
			);
			traceLine(g, e, heads);
		}
		const dash = style.dash ? style.dash.split(' ').map(Number) : [];
		const drawDash = drawsDash(dash, dpr * t.k, f.moving);
		g.globalAlpha = style.opacity * (drawDash ? 1 : inkShare(dash));
		g.strokeStyle = style.highlighted ? f.foreground : style.stroke;
		g.lineWidth = style.width;
		g.setLineDash(drawDash ? dash : []);
		g.stroke();
		if (heads) {
			g.fillStyle = style.highlighted ? f.foreground : style.stroke;
			g.fill(heads);
		}
	}
	g.setLineDash([]);
	if (f.selectedEdge >= 0 && f.edgeShown[f.selectedEdge]) {
		const a = f.ends[2 * f.selectedEdge]!,
			b = f.ends[2 * f.selectedEdge + 1]!;
		g.globalAlpha = 1;
		g.strokeStyle = f.foreground;
		g.lineWidth = SELECTED_EDGE_WIDTH * f.edgeStyles[f.selectedEdge]!.width;
		// Its level's dashes, grown with it: a selected reported edge still reads as reported.
		const dash = scaleDash(f.edgeStyles[f.selectedEdge]!.dash, SELECTED_EDGE_WIDTH);
		g.setLineDash(dash ? dash.split(' ').map(Number) : []);
		g.beginPath();
		if (a === b) {
			const s = f.nodeStyles[a]!;
			traceLine(g, selfLoopGeometry(p[2 * a]!, p[2 * a + 1]!, s.shape, s.radius), null);
		} else {
			g.moveTo(p[2 * a]!, p[2 * a + 1]!);
			g.lineTo(p[2 * b]!, p[2 * b + 1]!);
		}
		g.stroke();
		g.setLineDash([]);
	}
}

/** Adds an edge's line (straight, or a loop's curve) to the path, and its head to `heads`. */
function traceLine(g: CanvasRenderingContext2D, e: EdgeGeometry, heads: Path2D | null): void {
	g.moveTo(e.x1, e.y1);
	if (isLoop(e)) {
		const c = e.curve;
		g.bezierCurveTo(c[0], c[1], c[2], c[3], e.x2, e.y2);
	} else g.lineTo(e.x2, e.y2);
	if (!heads) return;
	const h = e.head;
	heads.moveTo(h[0], h[1]);
	heads.lineTo(h[2], h[3]);
	heads.lineTo(h[4], h[5]);
	heads.closePath();
}

/** Whether a loop lies wholly outside `w`: its curve stays within its points' bounding box. */
function outside(e: LoopGeometry, w: Bounds): boolean {
	const xs = [e.x1, e.x2, e.curve[0], e.curve[2], e.head[0]],
		ys = [e.y1, e.y2, e.curve[1], e.curve[3], e.head[1]];
	return (
		Math.max(...xs) < w.minX ||
		Math.min(...xs) > w.maxX ||
		Math.max(...ys) < w.minY ||
		Math.min(...ys) > w.maxY
	);
}
