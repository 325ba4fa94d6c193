import { shapeRadius } from '$lib/clusters/shapes';
import { drawsArrows, drawsDash, edgeInk, edgeStride, inkShare } from './edge-detail';
import type { CanvasFrame, LayoutWindow } from './frame';

/**
 * Strokes a frame's edges, one path per style batch, with arrowheads when they can be seen, then
 * the selected edge over them. Expects the layout transform to be set; edges wholly outside `w`
 * are skipped.
 */
export function drawEdges(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	w: LayoutWindow,
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
			if (
				(x1 < w.x0 && x2 < w.x0) ||
				(x1 > w.x1 && x2 > w.x1) ||
				(y1 < w.y0 && y2 < w.y0) ||
				(y1 > w.y1 && y2 > w.y1)
			)
				continue;
			if (!heads) {
				g.moveTo(x1, y1);
				g.lineTo(x2, y2);
				continue;
			}
			const len = Math.hypot(x2 - x1, y2 - y1) || 1;
			const ux = (x2 - x1) / len,
				uy = (y2 - y1) / len;
			const sa = f.nodeStyles[a]!,
				sb = f.nodeStyles[b]!;
			const rs = shapeRadius(sa.shape, sa.radius),
				rt = shapeRadius(sb.shape, sb.radius) + 2;
			const ex = x2 - ux * rt,
				ey = y2 - uy * rt;
			g.moveTo(x1 + ux * rs, y1 + uy * rs);
			g.lineTo(ex - ux * 5, ey - uy * 5);
			const size = style.highlighted ? 9 : 7;
			heads.moveTo(ex, ey);
			heads.lineTo(ex - ux * size - uy * size * 0.45, ey - uy * size + ux * size * 0.45);
			heads.lineTo(ex - ux * size + uy * size * 0.45, ey - uy * size - ux * size * 0.45);
			heads.closePath();
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
		g.lineWidth = 1.6 * f.edgeStyles[f.selectedEdge]!.width;
		g.beginPath();
		g.moveTo(p[2 * a]!, p[2 * a + 1]!);
		g.lineTo(p[2 * b]!, p[2 * b + 1]!);
		g.stroke();
	}
}
