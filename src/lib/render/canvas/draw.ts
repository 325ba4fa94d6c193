import { drawEdges } from './draw-edges';
import { drawNodes } from './draw-nodes';
import { visibleWindow, type CanvasFrame } from './frame';
import type { SpriteAtlas } from './sprite-atlas';

/**
 * Draws the network on a 2D canvas in one pass: hulls, edges in style batches, nodes, labels.
 * The same styles as the SVG renderer and the exporter, so the picture matches at every size.
 * Node pictures come from, and new ones go into, `atlas`.
 */
export function drawFrame(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	atlas: SpriteAtlas,
	dpr: number
): void {
	const t = f.transform;
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.globalAlpha = 1;
	g.fillStyle = f.background;
	g.fillRect(0, 0, f.width, f.height);
	g.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
	drawHulls(g, f);
	const w = visibleWindow(f);
	drawEdges(g, f, w, dpr);
	drawNodes(g, f, atlas, w, dpr);
	drawLabels(g, f, dpr);
}

function drawHulls(g: CanvasRenderingContext2D, f: CanvasFrame): void {
	for (const h of f.hulls) {
		const path = new Path2D(h.d);
		g.globalAlpha = 0.12;
		g.fillStyle = h.colour;
		g.fill(path);
		g.globalAlpha = 0.7;
		g.strokeStyle = h.colour;
		g.lineWidth = 1.5 / f.transform.k;
		g.lineJoin = 'round';
		g.stroke(path);
	}
}

/** Labels in screen space, at a constant size, with a halo for contrast over edges. */
function drawLabels(g: CanvasRenderingContext2D, f: CanvasFrame, dpr: number): void {
	const { transform: t, positions: p } = f;
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.textAlign = 'center';
	g.textBaseline = 'alphabetic';
	g.lineJoin = 'round';
	g.lineWidth = 3.5;
	g.strokeStyle = f.background;
	g.fillStyle = f.foreground;
	for (const label of f.labels) {
		const i = label.i;
		const x = t.x + t.k * p[2 * i]!,
			y = t.y + t.k * (p[2 * i + 1]! + f.nodeStyles[i]!.radius) + 13;
		g.font = `${label.bold ? 600 : 400} 12px system-ui, sans-serif`;
		g.globalAlpha = label.faded ? 0.4 : 1;
		g.strokeText(label.text, x, y);
		g.fillText(label.text, x, y);
	}
	g.globalAlpha = 1;
}
