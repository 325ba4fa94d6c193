import type { EdgeStyle, NodeStyle } from '../scene/style';
import { shapeCorners, shapePath, shapeRadius } from '../scene/shapes';
import type { Transform } from '../scene/transform';

/** What the canvas layer draws; everything in layout units except where it says screen. */
export interface Scene {
	width: number;
	height: number;
	transform: Transform;
	positions: ArrayLike<number>;
	nodeStyles: NodeStyle[];
	nodeShown: Uint8Array;
	/** Endpoints as node indices: [s0, t0, s1, t1, …]. */
	ends: Uint32Array;
	edgeStyles: EdgeStyle[];
	edgeShown: Uint8Array;
	/** Edges grouped by identical style, so each group is one path and one stroke. */
	edgeBatches: number[][];
	/** Nodes grouped by fill, opacity and outline: one path, one fill and one stroke each. */
	nodeBatches: number[][];
	nodeStyleTable: { ids: Uint32Array; unique: NodeStyle[] };
	selectedEdge: number;
	pinned: ReadonlySet<number>;
	hulls: { d: string; colour: string }[];
	/** Node indices whose labels to draw, with whether each is bold. */
	labels: { i: number; text: string; bold: boolean; faded: boolean }[];
	background: string;
	foreground: string;
	/** The layout is running: a large network's edges are thinned while it moves. */
	moving: boolean;
}

/** Edges per batch key: style changes rebuild this, frames only walk it. */
export function batchEdges(styles: EdgeStyle[]): number[][] {
	const byKey = new Map<string, number[]>();
	styles.forEach((s, j) => {
		const key = `${s.highlighted}|${s.stroke}|${s.width}|${s.dash}|${s.opacity}`;
		const list = byKey.get(key);
		if (list) list.push(j);
		else byKey.set(key, [j]);
	});
	// Highlighted batches last, so they are drawn over the rest.
	return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => list);
}

type InView = (i: number) => boolean;

function drawNodePaths(g: CanvasRenderingContext2D, s: Scene, inView: InView): void {
	const p = s.positions;
	g.lineWidth = 1.5;
	for (const batch of s.nodeBatches) {
		const st = s.nodeStyles[batch[0]!]!;
		g.beginPath();
		for (const i of batch) if (inView(i)) trace(g, s.nodeStyles[i]!, p[2 * i]!, p[2 * i + 1]!);
		g.globalAlpha = st.opacity;
		g.fillStyle = st.fill;
		g.fill();
		g.strokeStyle = st.outlineDash ? s.foreground : s.background;
		g.setLineDash(st.outlineDash ? st.outlineDash.split(' ').map(Number) : []);
		g.stroke();
	}
	g.setLineDash([]);
}

function drawMarks(g: CanvasRenderingContext2D, s: Scene, inView: InView, dpr: number): void {
	const { transform: t, positions: p } = s;
	// The few marks drawn per node: selection rings and pins.
	g.globalAlpha = 1;
	g.strokeStyle = s.foreground;
	for (let i = 0; i < s.nodeStyles.length; i++) {
		const st = s.nodeStyles[i]!;
		if (!(st.ring || s.pinned.has(i)) || !inView(i)) continue;
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
			g.lineWidth = 2.5;
			g.strokeStyle = s.foreground;
			g.stroke(shape(st, 4));
		}
		if (s.pinned.has(i)) {
			g.beginPath();
			g.arc(0, 0, 2.6, 0, 2 * Math.PI);
			g.fillStyle = s.background;
			g.fill();
			g.strokeStyle = s.foreground;
			g.lineWidth = 1.2;
			g.stroke();
		}
	}
}

/** Past this radius on screen (device pixels), nodes are drawn as paths rather than bitmaps. */
const SPRITE_MAX_RADIUS = 24;
/** Device pixels. */
const MIN_DOT_RADIUS = 1.5;

/** A node's picture as pixels (RGBA, not premultiplied), square, `size` pixels a side. */
interface Sprite {
	size: number;
	/** Filled in by `readSprites` once the picture is drawn. */
	pixels: Uint32Array;
	/** Per row, the first and one past the last column with any ink (see `rowSpans`). */
	spans: Int16Array;
	/** The same pixels with alpha scaled, per opacity. */
	faded: Map<number, Uint32Array>;
}
const sprites = new Map<string, Sprite>();

/**
 * New pictures are drawn side by side on one scratch canvas and read back together: a first frame
 * of 5,000 nodes needs about 600 of them, and one canvas and one read per picture cost 0.25 ms
 * each on a CPU-rasterised canvas.
 */
const SHEET = 1024;
let sheet: CanvasRenderingContext2D | null = null;
let pending: { sprite: Sprite; x: number; y: number }[] = [];
let shelf = { x: 0, y: 0, height: 0 };

/** Reads the pending pictures' pixels off the sheet, in one read, and clears it. */
function readSprites(): void {
	if (!sheet || pending.length === 0) return;
	const height = Math.min(SHEET, shelf.y + shelf.height);
	const all = new Uint32Array(sheet.getImageData(0, 0, SHEET, height).data.buffer);
	for (const { sprite, x, y } of pending) {
		for (let row = 0; row < sprite.size; row++)
			sprite.pixels.set(
				all.subarray((y + row) * SHEET + x, (y + row) * SHEET + x + sprite.size),
				row * sprite.size
			);
		sprite.spans = rowSpans(sprite.pixels, sprite.size);
	}
	sheet.clearRect(0, 0, SHEET, height);
	pending = [];
	shelf = { x: 0, y: 0, height: 0 };
}

/** Pictures made so far: `prepareSprites` reports how many a frame needed. */
let made = 0;

/**
 * A node's picture (shape, fill and outline), drawn once per size step of about 9 % (eight steps
 * per doubling): a zoom that changes every frame, as fitting a growing layout does, reuses the
 * same few pictures instead of drawing new ones. They are copied unscaled at whole pixels, the
 * cheapest copy there is on a CPU; a dot may be drawn up to 4 % larger or smaller than exact.
 * Call `readSprites` before using the pixels of pictures made since the last call.
 */
let lastSprite = new WeakMap<NodeStyle, { step: number; outline: string; sprite: Sprite }>();
function spriteFor(st: NodeStyle, scale: number, outline: string): Sprite {
	// Never smaller than a dot you can see (and hit): zoomed far out, a network is still its nodes.
	const exact = Math.max(MIN_DOT_RADIUS, st.radius * scale);
	const step = Math.round(Math.log2(exact) * 8);
	// Most frames keep every style at the size step it had: skip the lookup by key.
	const last = lastSprite.get(st);
	if (last && last.step === step && last.outline === outline) return last.sprite;
	const r = Math.pow(2, step / 8);
	const key = `${st.shape}|${st.fill}|${st.outlineDash}|${outline}|${step}`;
	let sprite = sprites.get(key);
	if (!sprite) {
		if (sprites.size > 2000) {
			// Dropped together: pictures and the per-style shortcuts to them.
			readSprites();
			sprites.clear();
			lastSprite = new WeakMap();
		}
		const size = Math.ceil(2 * (r * 1.6 + 2));
		sprite = {
			size,
			pixels: new Uint32Array(size * size),
			spans: new Int16Array(2 * size),
			faded: new Map()
		};
		if (shelf.x + size > SHEET) shelf = { x: 0, y: shelf.y + shelf.height, height: 0 };
		if (shelf.y + size > SHEET) readSprites();
		if (!sheet) {
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = SHEET;
			sheet = canvas.getContext('2d', { willReadFrequently: true })!;
		}
		const g = sheet;
		g.save();
		// Each picture keeps to its own square: nothing of one bleeds into the next.
		g.beginPath();
		g.rect(shelf.x, shelf.y, size, size);
		g.clip();
		g.translate(shelf.x + size / 2, shelf.y + size / 2);
		g.beginPath();
		trace(g, { ...st, radius: r }, 0, 0);
		g.fillStyle = st.fill;
		g.fill();
		g.lineWidth = Math.max(0.75, (1.5 * r) / st.radius);
		g.strokeStyle = outline;
		if (st.outlineDash)
			g.setLineDash(st.outlineDash.split(' ').map((d) => (Number(d) * r) / st.radius));
		g.stroke();
		g.restore();
		pending.push({ sprite, x: shelf.x, y: shelf.y });
		made += 1;
		shelf.x += size;
		shelf.height = Math.max(shelf.height, size);
		sprites.set(key, sprite);
	}
	lastSprite.set(st, { step, outline, sprite });
	return sprite;
}

/**
 * Small nodes are written straight into a pixel buffer, then drawn over the edges in one copy:
 * thousands of `drawImage` calls cost a few microseconds each on a CPU-rasterised canvas, a pixel
 * loop in JavaScript a fraction of that.
 */
interface NodeLayer {
	canvas: HTMLCanvasElement;
	width: number;
	height: number;
	buf: Uint32Array;
	flush(): void;
}
let layerCache: NodeLayer | null = null;
function nodeLayer(width: number, height: number): NodeLayer {
	if (!layerCache || layerCache.width !== width || layerCache.height !== height) {
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const g = canvas.getContext('2d')!;
		const image = g.createImageData(width, height);
		const buf = new Uint32Array(image.data.buffer);
		layerCache = { canvas, width, height, buf, flush: () => g.putImageData(image, 0, 0) };
	}
	layerCache.buf.fill(0);
	return layerCache;
}

/** A picture's pixels with their alpha scaled by `opacity`. */
function pixelsOf(sprite: Sprite, opacity: number): Uint32Array {
	if (opacity >= 1) return sprite.pixels;
	let px = sprite.faded.get(opacity);
	if (!px) {
		px = sprite.pixels.slice();
		const bytes = new Uint8ClampedArray(px.buffer);
		for (let k = 3; k < bytes.length; k += 4) bytes[k] = Math.round(bytes[k]! * opacity);
		sprite.faded.set(opacity, px);
	}
	return px;
}

/** Source-over for two non-premultiplied RGBA pixels read as one 32-bit word (alpha on top). */
export function over(dst: number, src: number): number {
	if (dst >>> 24 === 255) {
		// Over an opaque pixel, the commonest overlap: integer arithmetic, alpha stays opaque.
		const a = src >>> 24,
			b = 255 - a;
		const r = ((((src >>> 16) & 255) * a + ((dst >>> 16) & 255) * b + 127) / 255) | 0,
			g = ((((src >>> 8) & 255) * a + ((dst >>> 8) & 255) * b + 127) / 255) | 0,
			bl = (((src & 255) * a + (dst & 255) * b + 127) / 255) | 0;
		return ((255 << 24) | (r << 16) | (g << 8) | bl) >>> 0;
	}
	const sa = (src >>> 24) / 255,
		da = (dst >>> 24) / 255;
	if (da === 0) return src;
	const a = sa + da * (1 - sa);
	// Weights of source and destination in the result; inlined, as this runs per pixel.
	const ws = sa / a,
		wd = (da * (1 - sa)) / a;
	const r = Math.round(((src >>> 16) & 255) * ws + ((dst >>> 16) & 255) * wd),
		gr = Math.round(((src >>> 8) & 255) * ws + ((dst >>> 8) & 255) * wd),
		b = Math.round((src & 255) * ws + (dst & 255) * wd);
	return ((Math.round(a * 255) << 24) | (r << 16) | (gr << 8) | b) >>> 0;
}

/**
 * Per row of a square picture, the first column with any ink and one past the last (0, 0 for an
 * empty row). A round node fills about a third of its square; the rest need not be visited.
 */
export function rowSpans(pixels: Uint32Array, size: number): Int16Array {
	const spans = new Int16Array(2 * size);
	for (let row = 0; row < size; row++) {
		let first = -1,
			last = -1;
		for (let col = 0; col < size; col++)
			if (pixels[row * size + col]! >>> 24) {
				if (first < 0) first = col;
				last = col;
			}
		if (first >= 0) {
			spans[2 * row] = first;
			spans[2 * row + 1] = last + 1;
		}
	}
	return spans;
}

/**
 * Composites a `size`-square picture over `buf` (`width` × `height`) with its top-left corner at
 * (x0, y0), clipped to the buffer, visiting only each row's inked span.
 */
export function blitSprite(
	buf: Uint32Array,
	width: number,
	height: number,
	px: Uint32Array,
	spans: Int16Array,
	size: number,
	x0: number,
	y0: number
): void {
	const rowEnd = Math.min(size, height - y0);
	for (let yy = Math.max(0, -y0); yy < rowEnd; yy++) {
		const from = Math.max(spans[2 * yy]!, -x0),
			to = Math.min(spans[2 * yy + 1]!, width - x0);
		const row = (y0 + yy) * width + x0,
			src = yy * size;
		for (let xx = from; xx < to; xx++) {
			const v = px[src + xx]!;
			if (v >>> 24 === 255) buf[row + xx] = v;
			else if (v >>> 24) buf[row + xx] = over(buf[row + xx]!, v);
		}
	}
}

/**
 * Distinct node styles and, per node, the index of its style: a frame looks each picture up
 * once per style rather than once per node.
 */
export function styleTable(styles: NodeStyle[]): { ids: Uint32Array; unique: NodeStyle[] } {
	const byKey = new Map<string, number>();
	const unique: NodeStyle[] = [];
	const ids = new Uint32Array(styles.length);
	styles.forEach((st, i) => {
		const key = `${st.shape}|${st.fill}|${st.outlineDash}|${st.radius}|${st.opacity}`;
		let id = byKey.get(key);
		if (id === undefined) {
			id = unique.push(st) - 1;
			byKey.set(key, id);
		}
		ids[i] = id;
	});
	return { ids, unique };
}

/** Nodes per batch key, in index order within each batch. */
export function batchNodes(styles: NodeStyle[]): number[][] {
	const byKey = new Map<string, number[]>();
	styles.forEach((s, i) => {
		const key = `${s.opacity}|${s.fill}|${s.outlineDash}`;
		const list = byKey.get(key);
		if (list) list.push(i);
		else byKey.set(key, [i]);
	});
	// Dimmed batches first, so lit nodes are drawn over them.
	return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => list);
}

const cornerCache = new Map<string, [number, number][] | null>();
/** Adds node `style`'s outline at (x, y) to the current path. */
function trace(g: CanvasRenderingContext2D, style: NodeStyle, x: number, y: number): void {
	const key = `${style.shape}|${style.radius}`;
	let corners = cornerCache.get(key);
	if (corners === undefined) {
		corners = shapeCorners(style.shape, style.radius);
		cornerCache.set(key, corners);
	}
	if (!corners) {
		g.moveTo(x + style.radius, y);
		g.arc(x, y, style.radius, 0, 2 * Math.PI);
		return;
	}
	g.moveTo(x + corners[0]![0], y + corners[0]![1]);
	for (let k = 1; k < corners.length; k++) g.lineTo(x + corners[k]![0], y + corners[k]![1]);
	g.closePath();
}

const shapeCache = new Map<string, Path2D>();
function shape(style: NodeStyle, grow = 0): Path2D {
	const key = `${style.shape}|${style.radius + grow}`;
	let path = shapeCache.get(key);
	if (!path) {
		path = new Path2D(shapePath(style.shape, style.radius + grow));
		shapeCache.set(key, path);
	}
	return path;
}

/**
 * While the layout moves, at most this many edges are drawn (an even sample), and at most about
 * this much line in device pixels: stroking tens of thousands of lines, or a few thousand that
 * cross the screen as they do in a layout's first moments, is what a CPU-rasterised canvas cannot
 * keep up with, and a moving picture does not need every line. The settled picture draws them all.
 */
export const MOVING_EDGE_LIMIT = 4000;
export const MOVING_INK_LIMIT = 250_000;

/**
 * The sampling step for edges in a moving picture: every edge when there are few and they are
 * short. `ink` is the shown edges' total length on screen, in device pixels.
 */
export function edgeStride(shownEdges: number, moving: boolean, ink = 0): number {
	if (!moving) return 1;
	return Math.max(1, Math.ceil(shownEdges / MOVING_EDGE_LIMIT), Math.ceil(ink / MOVING_INK_LIMIT));
}

/**
 * The shown edges' total length in device pixels at `scale`: the mean length of about 1,000 of
 * them, times how many are shown (`count`).
 */
export function edgeInk(
	positions: ArrayLike<number>,
	ends: Uint32Array,
	shown: Uint8Array,
	scale: number,
	count: number
): number {
	const every = Math.max(1, Math.ceil(shown.length / 1000));
	let sum = 0,
		seen = 0;
	for (let j = 0; j < shown.length; j += every) {
		if (!shown[j]) continue;
		const a = ends[2 * j]!,
			b = ends[2 * j + 1]!;
		sum += Math.hypot(
			positions[2 * b]! - positions[2 * a]!,
			positions[2 * b + 1]! - positions[2 * a + 1]!
		);
		seen += 1;
	}
	return seen ? (sum / seen) * count * scale : 0;
}

/**
 * A dash pattern shorter than a few device pixels cannot be seen, yet a software rasteriser cuts
 * every line into sub-pixel pieces (at 5,000 nodes, 15 of every 18 ms spent drawing edges). Such a
 * line is drawn solid at the pattern's share of ink instead, which looks the same.
 */
export const MIN_DASH_PERIOD_PX = 3;
export function dashVisible(dash: number[], scale: number): boolean {
	const period = dash.reduce((a, b) => a + b, 0) * (dash.length % 2 ? 2 : 1);
	return dash.length > 0 && period * scale >= MIN_DASH_PERIOD_PX;
}
/**
 * Whether a frame draws a pattern as dashes: not while the layout moves (a pattern cannot be
 * followed on a moving line, and it is what a software rasteriser spends most on), nor too fine.
 */
export function drawsDash(dash: number[], scale: number, moving: boolean): boolean {
	return !moving && dashVisible(dash, scale);
}
/** The share of a line a dash pattern inks: 5 of 9 for "5 4". */
export function inkShare(dash: number[]): number {
	const pattern = dash.length % 2 ? [...dash, ...dash] : dash;
	const period = pattern.reduce((a, b) => a + b, 0);
	if (!(period > 0)) return 1;
	return pattern.reduce((a, b, i) => a + (i % 2 ? 0 : b), 0) / period;
}

/** Arrowheads only where they can be seen and there are few enough to be worth the time. */
const ARROW_MIN_ZOOM = 0.6;
const ARROW_MAX_EDGES = 3000;

/** Whether a frame at `scale` (device pixels per layout unit) draws its nodes as pictures. */
function usesSprites(s: Scene, scale: number): boolean {
	return s.nodeBatches.every((b) => s.nodeStyles[b[0]!]!.radius * scale <= SPRITE_MAX_RADIUS);
}

/** The picture of each distinct node style at `scale`, made where missing. */
function spriteTable(s: Scene, scale: number): Sprite[] {
	return s.nodeStyleTable.unique.map((st) =>
		spriteFor(st, scale, st.outlineDash ? s.foreground : s.background)
	);
}

/**
 * Makes and reads back the node pictures a frame of `s` needs that do not exist yet; returns how
 * many it made. The first frame of 5,000 nodes needs about 600 (some 30 ms on a CPU), as does a
 * zoom past a size step: the caller can leave the drawing to the next frame, so no frame does both.
 */
export function prepareSprites(s: Scene, dpr: number): number {
	const scale = dpr * s.transform.k;
	if (!usesSprites(s, scale)) return 0;
	const before = made;
	spriteTable(s, scale);
	readSprites();
	return made - before;
}

/**
 * Draws the network on a 2D canvas in one pass: hulls, edges in style batches, nodes, labels.
 * The same styles as the SVG renderer and the exporter, so the picture matches at every size.
 */
export function drawScene(g: CanvasRenderingContext2D, s: Scene, dpr: number): void {
	const { transform: t, positions: p } = s;
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.globalAlpha = 1;
	g.fillStyle = s.background;
	g.fillRect(0, 0, s.width, s.height);
	g.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);

	for (const h of s.hulls) {
		const path = new Path2D(h.d);
		g.globalAlpha = 0.12;
		g.fillStyle = h.colour;
		g.fill(path);
		g.globalAlpha = 0.7;
		g.strokeStyle = h.colour;
		g.lineWidth = 1.5 / t.k;
		g.lineJoin = 'round';
		g.stroke(path);
	}

	// Off-screen edges are skipped; the visible window in layout units, with a margin.
	const vx0 = -t.x / t.k - 50,
		vy0 = -t.y / t.k - 50,
		vx1 = (s.width - t.x) / t.k + 50,
		vy1 = (s.height - t.y) / t.k + 50;
	let shownEdges = 0;
	for (let j = 0; j < s.edgeShown.length; j++) shownEdges += s.edgeShown[j]!;
	const arrows = t.k >= ARROW_MIN_ZOOM && shownEdges <= ARROW_MAX_EDGES;
	const stride = edgeStride(
		shownEdges,
		s.moving,
		s.moving ? edgeInk(p, s.ends, s.edgeShown, dpr * t.k, shownEdges) : 0
	);
	for (const batch of s.edgeBatches) {
		const style = s.edgeStyles[batch[0]!]!;
		g.beginPath();
		const heads = arrows ? new Path2D() : null;
		for (const j of batch) {
			// Highlighted edges are always drawn; the rest are sampled while moving.
			if (!s.edgeShown[j] || (stride > 1 && !style.highlighted && j % stride)) continue;
			const a = s.ends[2 * j]!,
				b = s.ends[2 * j + 1]!;
			const x1 = p[2 * a]!,
				y1 = p[2 * a + 1]!,
				x2 = p[2 * b]!,
				y2 = p[2 * b + 1]!;
			if (
				(x1 < vx0 && x2 < vx0) ||
				(x1 > vx1 && x2 > vx1) ||
				(y1 < vy0 && y2 < vy0) ||
				(y1 > vy1 && y2 > vy1)
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
			const sa = s.nodeStyles[a]!,
				sb = s.nodeStyles[b]!;
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
		const drawDash = drawsDash(dash, dpr * t.k, s.moving);
		g.globalAlpha = style.opacity * (drawDash ? 1 : inkShare(dash));
		g.strokeStyle = style.highlighted ? s.foreground : style.stroke;
		g.lineWidth = style.width;
		g.setLineDash(drawDash ? dash : []);
		g.stroke();
		if (heads) {
			g.fillStyle = style.highlighted ? s.foreground : style.stroke;
			g.fill(heads);
		}
	}
	g.setLineDash([]);
	if (s.selectedEdge >= 0 && s.edgeShown[s.selectedEdge]) {
		const a = s.ends[2 * s.selectedEdge]!,
			b = s.ends[2 * s.selectedEdge + 1]!;
		g.globalAlpha = 1;
		g.strokeStyle = s.foreground;
		g.lineWidth = 1.6 * s.edgeStyles[s.selectedEdge]!.width;
		g.beginPath();
		g.moveTo(p[2 * a]!, p[2 * a + 1]!);
		g.lineTo(p[2 * b]!, p[2 * b + 1]!);
		g.stroke();
	}

	const inView = (i: number) => {
		const x = p[2 * i]!,
			y = p[2 * i + 1]!,
			r = s.nodeStyles[i]!.radius + 5;
		return !!s.nodeShown[i] && x + r >= vx0 && x - r <= vx1 && y + r >= vy0 && y - r <= vy1;
	};
	const spriteScale = dpr * t.k;
	if (usesSprites(s, spriteScale)) {
		// Small on screen: each node is a copy of a pre-drawn bitmap, far cheaper to rasterise on a
		// CPU than thousands of anti-aliased paths.
		const table = spriteTable(s, spriteScale);
		readSprites();
		const ids = s.nodeStyleTable.ids;
		const layer = nodeLayer(g.canvas.width, g.canvas.height);
		const { buf, width: W, height: H } = layer;
		for (const batch of s.nodeBatches) {
			const opacity = s.nodeStyles[batch[0]!]!.opacity;
			for (const i of batch) {
				if (!inView(i)) continue;
				const sprite = table[ids[i]!]!;
				const px = pixelsOf(sprite, opacity);
				const w = sprite.size;
				const x0 = Math.round(dpr * (t.x + t.k * p[2 * i]!) - w / 2),
					y0 = Math.round(dpr * (t.y + t.k * p[2 * i + 1]!) - w / 2);
				blitSprite(buf, W, H, px, sprite.spans, w, x0, y0);
			}
		}
		layer.flush();
		g.setTransform(1, 0, 0, 1, 0, 0);
		g.globalAlpha = 1;
		g.drawImage(layer.canvas, 0, 0);
	} else drawNodePaths(g, s, inView);
	drawMarks(g, s, inView, dpr);

	// Labels in screen space, at a constant size, with a halo for contrast over edges.
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.textAlign = 'center';
	g.textBaseline = 'alphabetic';
	g.lineJoin = 'round';
	g.lineWidth = 3.5;
	g.strokeStyle = s.background;
	g.fillStyle = s.foreground;
	for (const label of s.labels) {
		const i = label.i;
		const x = t.x + t.k * p[2 * i]!,
			y = t.y + t.k * (p[2 * i + 1]! + s.nodeStyles[i]!.radius) + 13;
		g.font = `${label.bold ? 600 : 400} 12px system-ui, sans-serif`;
		g.globalAlpha = label.faded ? 0.4 : 1;
		g.strokeText(label.text, x, y);
		g.fillText(label.text, x, y);
	}
	g.globalAlpha = 1;
}

/**
 * Keeps the last settled picture as a bitmap, so a pan or zoom redraws by copying it (a few
 * milliseconds however large the network) until the gesture pauses and a crisp redraw follows.
 */
export class PictureCache {
	#bitmap: HTMLCanvasElement | null = null;
	#transform: Transform | null = null;

	store(from: HTMLCanvasElement, transform: Transform): void {
		this.#bitmap ??= document.createElement('canvas');
		if (this.#bitmap.width !== from.width || this.#bitmap.height !== from.height) {
			this.#bitmap.width = from.width;
			this.#bitmap.height = from.height;
		}
		const g = this.#bitmap.getContext('2d');
		if (!g) return;
		g.setTransform(1, 0, 0, 1, 0, 0);
		g.drawImage(from, 0, 0);
		this.#transform = transform;
	}

	clear(): void {
		this.#transform = null;
	}

	/** Draws the stored picture under transform `t`; false if there is none to draw. */
	blit(
		g: CanvasRenderingContext2D,
		t: Transform,
		width: number,
		height: number,
		background: string,
		dpr: number
	): boolean {
		const from = this.#transform;
		if (!this.#bitmap || !from) return false;
		const scale = t.k / from.k;
		g.setTransform(dpr, 0, 0, dpr, 0, 0);
		g.globalAlpha = 1;
		g.fillStyle = background;
		g.fillRect(0, 0, width, height);
		g.drawImage(
			this.#bitmap,
			t.x - from.x * scale,
			t.y - from.y * scale,
			width * scale,
			height * scale
		);
		return true;
	}
}
