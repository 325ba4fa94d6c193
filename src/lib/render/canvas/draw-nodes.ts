import { blitSprite } from './compositor';
import { FOCUS_RING, NODE_OUTLINE_WIDTH, PIN, RING } from '$lib/scene/paint';
import { drawConfidenceMarks } from './confidence-marks';
import type { Bounds } from '$lib/scene/transform';
import type { CanvasFrame } from './frame';
import type { ShapePaths } from './shape-paths';
import type { Sprite, SpriteAtlas } from './sprite-atlas';

/** Past this radius on screen (device pixels), nodes are drawn as paths rather than pictures. */
const SPRITE_MAX_RADIUS = 24;

type InView = (i: number) => boolean;

/** Whether a frame at `scale` (device pixels per layout unit) draws its nodes as pictures. */
function usesSprites(f: CanvasFrame, scale: number): boolean {
	return f.nodeBatches.every((b) => f.nodeStyles[b[0]!]!.radius * scale <= SPRITE_MAX_RADIUS);
}

/** The picture of each distinct node style at `scale`, made where missing. */
function spriteTable(f: CanvasFrame, atlas: SpriteAtlas, scale: number): Sprite[] {
	return f.nodeStyleTable.unique.map((st) =>
		atlas.spriteFor(st, scale, st.outlineDash ? f.foreground : f.background)
	);
}

/** The picture of each distinct node style's confidence marks at `scale` (null: none), made where missing. */
function markTable(f: CanvasFrame, atlas: SpriteAtlas, scale: number): (Sprite | null)[] {
	return f.nodeStyleTable.unique.map((st) => atlas.markFor(st, scale, f));
}

/**
 * Makes and reads back the node pictures a frame of `f` needs that `atlas` does not hold yet;
 * returns how many it made. The first frame of 5,000 nodes needs about 600 (some 30 ms on a CPU),
 * as does a zoom past a size step: the caller can leave the drawing to the next frame, so no frame
 * does both.
 */
export function prepareSprites(f: CanvasFrame, atlas: SpriteAtlas, dpr: number): number {
	const scale = dpr * f.transform.k;
	if (!usesSprites(f, scale)) return 0;
	const before = atlas.made;
	spriteTable(f, atlas, scale);
	markTable(f, atlas, dpr * f.transform.k);
	atlas.read();
	return atlas.made - before;
}

/**
 * Paints a frame's shown nodes inside `w`: small on screen, each is a copy of a pre-drawn picture
 * (far cheaper to rasterise on a CPU than thousands of anti-aliased paths); large, a path per style
 * batch. Then the few marks drawn per node: selection rings and pins.
 */
export function drawNodes(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	atlas: SpriteAtlas,
	w: Bounds,
	dpr: number
): void {
	const p = f.positions;
	const inView = (i: number) => {
		const x = p[2 * i]!,
			y = p[2 * i + 1]!,
			r = f.nodeStyles[i]!.radius + FOCUS_RING.grow;
		return (
			!!f.nodeShown[i] && x + r >= w.minX && x - r <= w.maxX && y + r >= w.minY && y - r <= w.maxY
		);
	};
	const sprites = usesSprites(f, dpr * f.transform.k);
	if (sprites) drawNodeSprites(g, f, atlas, inView, dpr);
	else drawNodePaths(g, f, atlas.shapes, inView);
	drawMarks(g, f, atlas.shapes, inView, dpr, !sprites);
}

function drawNodeSprites(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	atlas: SpriteAtlas,
	inView: InView,
	dpr: number
): void {
	const { transform: t, positions: p } = f;
	const table = spriteTable(f, atlas, dpr * t.k);
	const marks = markTable(f, atlas, dpr * t.k);
	atlas.read();
	const ids = f.nodeStyleTable.ids;
	const layer = atlas.layer.cleared(g.canvas.width, g.canvas.height);
	const { buf, width: W, height: H } = layer;
	for (const batch of f.nodeBatches) {
		const opacity = f.nodeStyles[batch[0]!]!.opacity;
		for (const i of batch) {
			if (!inView(i)) continue;
			const sprite = table[ids[i]!]!;
			const px = atlas.pixels(sprite, opacity);
			const size = sprite.size;
			const x0 = Math.round(dpr * (t.x + t.k * p[2 * i]!) - size / 2),
				y0 = Math.round(dpr * (t.y + t.k * p[2 * i + 1]!) - size / 2);
			blitSprite(buf, W, H, px, sprite.spans, size, x0, y0);
		}
	}
	// Confidence marks over every node, in node order, as the SVG layer stacks them: one dashed
	// stroke per node cost more than the nodes themselves (about 20 ms for 1,250 rings on a CPU).
	for (let i = 0; i < f.nodeStyles.length; i++) {
		const mark = marks[ids[i]!];
		if (!mark || !inView(i)) continue;
		const px = atlas.pixels(mark, f.nodeStyles[i]!.opacity);
		const x0 = Math.round(dpr * (t.x + t.k * p[2 * i]!) - mark.size / 2),
			y0 = Math.round(dpr * (t.y + t.k * p[2 * i + 1]!) - mark.size / 2);
		blitSprite(buf, W, H, px, mark.spans, mark.size, x0, y0);
	}
	layer.flush();
	g.setTransform(1, 0, 0, 1, 0, 0);
	g.globalAlpha = 1;
	g.drawImage(layer.canvas, 0, 0);
}

function drawNodePaths(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	shapes: ShapePaths,
	inView: InView
): void {
	const p = f.positions;
	g.lineWidth = NODE_OUTLINE_WIDTH;
	for (const batch of f.nodeBatches) {
		const st = f.nodeStyles[batch[0]!]!;
		g.beginPath();
		for (const i of batch)
			if (inView(i)) shapes.trace(g, f.nodeStyles[i]!, p[2 * i]!, p[2 * i + 1]!);
		g.globalAlpha = st.opacity;
		g.fillStyle = st.fill;
		g.fill();
		g.strokeStyle = st.outlineDash ? f.foreground : f.background;
		g.setLineDash(st.outlineDash ? st.outlineDash.split(' ').map(Number) : []);
		g.stroke();
	}
	g.setLineDash([]);
}

/** Selection rings and pins; the confidence marks too when `confidence` (nodes drawn as paths). */
function drawMarks(
	g: CanvasRenderingContext2D,
	f: CanvasFrame,
	shapes: ShapePaths,
	inView: InView,
	dpr: number,
	confidence: boolean
): void {
	const { transform: t, positions: p } = f;
	g.globalAlpha = 1;
	g.strokeStyle = f.foreground;
	for (let i = 0; i < f.nodeStyles.length; i++) {
		const st = f.nodeStyles[i]!;
		const marked = confidence && (st.confidenceDash || st.membershipMark);
		if (!(st.ring || marked || f.pinned.has(i)) || !inView(i)) continue;
		g.setTransform(
			dpr * t.k,
			0,
			0,
			dpr * t.k,
			dpr * (t.x + t.k * p[2 * i]!),
			dpr * (t.y + t.k * p[2 * i + 1]!)
		);
		g.globalAlpha = st.opacity;
		if (st.ring) {
			g.lineWidth = RING.width;
			g.strokeStyle = f.foreground;
			g.stroke(shapes.outline(st, RING.grow));
		}
		if (marked) drawConfidenceMarks(g, st, shapes, f);
		if (f.pinned.has(i)) {
			g.beginPath();
			g.arc(0, 0, PIN.radius, 0, 2 * Math.PI);
			g.fillStyle = f.background;
			g.fill();
			g.strokeStyle = f.foreground;
			g.lineWidth = PIN.width;
			g.stroke();
		}
	}
}
