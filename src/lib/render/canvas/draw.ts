import { drawEdges } from './draw-edges';
import { drawNodes } from './draw-nodes';
import { HULL, LABEL } from '$lib/scene/paint';
import { labelBaseline } from '$lib/scene/labels';
import { drawnLabel } from '$lib/scene/text';
import { toScreen, visibleWindow } from '$lib/scene/transform';
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

/** Labels in screen space, at a constant size, with a halo for contrast over edges. */
function drawLabels(g: CanvasRenderingContext2D, f: CanvasFrame, dpr: number): void {
	const { transform: t, positions: p } = f;
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.textAlign = 'center';
	g.textBaseline = 'alphabetic';
	g.lineJoin = 'round';
	g.lineWidth = LABEL.halo;
	g.strokeStyle = f.background;
	g.fillStyle = f.foreground;
	for (const label of f.labels) {
		const i = label.i;
		const at = toScreen(t, p[2 * i]!, p[2 * i + 1]!);
		const x = at.x,
			y = labelBaseline(at.y, t.k * f.nodeStyles[i]!.radius, LABEL.size);
		g.font = `${label.bold ? LABEL.emphasisedWeight : 400} ${LABEL.size}px system-ui, sans-serif`;
		g.globalAlpha = label.faded ? LABEL.fadedOpacity : 1;
		const text = drawnLabel(label.text);
		g.strokeText(text, x, y);
		g.fillText(text, x, y);
	}
	g.globalAlpha = 1;
}
