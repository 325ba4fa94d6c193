import { drawEdges } from './draw-edges';
import { drawNodes } from './draw-nodes';
import { HULL, LABEL, LEADER } from '$lib/scene/paint';
import { drawnLabel } from '$lib/scene/text';
import { visibleWindow } from '$lib/scene/transform';
import type { CanvasFrame } from './frame';
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
	// Off-screen elements are skipped; the visible part of the layout, with a margin.
	const w = visibleWindow(t, f.width, f.height, 50);
	drawEdges(g, f, w, dpr);
	drawNodes(g, f, atlas, w, dpr);
	drawLabels(g, f, dpr);
}

function drawHulls(g: CanvasRenderingContext2D, f: CanvasFrame): void {
	for (const h of f.hulls) {
		const path = new Path2D(h.d);
		g.globalAlpha = HULL.fillOpacity;
		g.fillStyle = h.colour;
		g.fill(path);
		g.globalAlpha = HULL.strokeOpacity;
		g.strokeStyle = h.colour;
		g.lineWidth = HULL.strokeWidth / f.transform.k;
		g.lineJoin = 'round';
		g.stroke(path);
	}
}

/** Labels in screen space where the scene placed them, at a constant size, with a halo for contrast. */
function drawLabels(g: CanvasRenderingContext2D, f: CanvasFrame, dpr: number): void {
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.lineWidth = LEADER.width;
	g.strokeStyle = f.foreground;
	for (const label of f.labels) {
		const l = label.leader;
		if (!l) continue;
		g.globalAlpha = LEADER.opacity * (label.faded ? LABEL.fadedOpacity : 1);
		g.beginPath();
		g.moveTo(l.x1, l.y1);
		g.lineTo(l.x2, l.y2);
		g.stroke();
	}
	haloText(g, f);
	for (const label of f.labels) {
		g.font = `${label.bold ? LABEL.emphasisedWeight : 400} ${LABEL.size}px system-ui, sans-serif`;
		g.globalAlpha = label.faded ? LABEL.fadedOpacity : 1;
		const text = drawnLabel(label.text);
		g.strokeText(text, label.x, label.y);
		g.fillText(text, label.x, label.y);
	}
	g.globalAlpha = 1;
}

/** Centred text drawn over a halo of the background: node labels and relation labels alike. */
export function haloText(g: CanvasRenderingContext2D, f: CanvasFrame): void {
	g.textAlign = 'center';
	g.textBaseline = 'alphabetic';
	g.lineJoin = 'round';
	g.lineWidth = LABEL.halo;
	g.strokeStyle = f.background;
	g.fillStyle = f.foreground;
}
