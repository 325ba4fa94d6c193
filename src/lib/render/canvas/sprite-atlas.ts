import { CONFIDENCE_RING, MEMBERSHIP_MARK, membershipMarkAt } from '$lib/scene/confidence';
import { NODE_OUTLINE_WIDTH } from '$lib/scene/paint';
import type { NodeStyle } from '$lib/scene/style';
import { rowSpans, withOpacity } from './compositor';
import { drawConfidenceMarks } from './confidence-marks';
import { newCanvas, type CanvasFactory } from './new-canvas';
import { NodeLayer } from './node-layer';
import { ShapePaths } from './shape-paths';

/** Device pixels. */
const MIN_DOT_RADIUS = 1.5;
/** Past this many pictures, all are dropped together with the per-style shortcuts to them. */
const MAX_SPRITES = 2000;
/** The scratch sheet's side, in pixels. */
const SHEET = 1024;

/** A node's picture as pixels (RGBA, not premultiplied), square, `size` pixels a side. */
export interface Sprite {
	size: number;
	/** Filled in by `read` once the picture is drawn. */
	pixels: Uint32Array;
	/** Per row, the first and one past the last column with any ink (see `rowSpans`). */
	spans: Int16Array;
	/** The same pixels with alpha scaled, per opacity. */
	faded: Map<number, Uint32Array>;
}

/** The frame's colours a confidence mark is drawn in. */
export interface MarkColours {
	foreground: string;
	background: string;
}

/**
 * The node pictures a canvas renderer has made, kept for the frames that follow. Each renderer
 * owns one, so two graphs on a page share nothing. New pictures are drawn side by side on one
 * scratch sheet and read back together: a first frame of 5,000 nodes needs about 600 of them, and
 * one canvas and one read per picture cost 0.25 ms each on a CPU-rasterised canvas.
 */
export class SpriteAtlas {
	/** The outlines pictures are drawn from; nodes too large for a picture are drawn with them too. */
	readonly shapes = new ShapePaths();
	/** Where a frame's pictures are composited before they go on screen. */
	readonly layer: NodeLayer;
	readonly #createCanvas: CanvasFactory;
	readonly #sprites = new Map<string, Sprite>();
	#lastSprite = new WeakMap<NodeStyle, { step: number; outline: string; sprite: Sprite }>();
	#lastMark = new WeakMap<NodeStyle, { step: number; sprite: Sprite } & MarkColours>();
	#sheet: CanvasRenderingContext2D | null = null;
	#pending: { sprite: Sprite; x: number; y: number }[] = [];
	#shelf = { x: 0, y: 0, height: 0 };
	#made = 0;

	constructor(createCanvas: CanvasFactory = newCanvas) {
		this.#createCanvas = createCanvas;
		this.layer = new NodeLayer(createCanvas);
	}

	/** Pictures made so far: `prepareSprites` reports how many a frame needed. */
	get made(): number {
		return this.#made;
	}

	/**
	 * A node's picture (shape, fill and outline), drawn once per size step of about 9 % (eight steps
	 * per doubling): a zoom that changes every frame, as fitting a growing layout does, reuses the
	 * same few pictures instead of drawing new ones. They are copied unscaled at whole pixels, the
	 * cheapest copy there is on a CPU; a dot may be drawn up to 4 % larger or smaller than exact.
	 * Call `read` before using the pixels of pictures made since the last call.
	 */
	spriteFor(st: NodeStyle, scale: number, outline: string): Sprite {
		// Never smaller than a dot you can see (and hit): zoomed far out, a network is still its nodes.
		const exact = Math.max(MIN_DOT_RADIUS, st.radius * scale);
		const step = Math.round(Math.log2(exact) * 8);
		// Most frames keep every style at the size step it had: skip the lookup by key.
		const last = this.#lastSprite.get(st);
		if (last && last.step === step && last.outline === outline) return last.sprite;
		const key = `${st.shape}|${st.fill}|${st.outlineDash}|${outline}|${step}`;
		let sprite = this.#sprites.get(key);
		if (!sprite) {
			if (this.#sprites.size > MAX_SPRITES) this.#dropAll();
			sprite = this.#draw(st, Math.pow(2, step / 8), outline);
			this.#sprites.set(key, sprite);
		}
		this.#lastSprite.set(st, { step, outline, sprite });
		return sprite;
	}

	/**
	 * The picture of a node's confidence marks (its dashed ring, its membership dot), or null for a
	 * node without any: drawn once per size step at the frame's own zoom, as the marks are (not at
	 * the node picture's, which never shrinks below a dot), so a frame copies pixels instead of
	 * stroking a dashed ring per node. Call `read` before using the pixels.
	 */
	markFor(st: NodeStyle, scale: number, colours: MarkColours): Sprite | null {
		if (!st.confidenceDash && !st.membershipMark) return null;
		const step = Math.round(Math.log2(scale) * 8);
		const last = this.#lastMark.get(st);
		if (
			last &&
			last.step === step &&
			last.foreground === colours.foreground &&
			last.background === colours.background
		)
			return last.sprite;
		const dot = st.membershipMark ? st.fill : '';
		const key = `mark|${st.shape}|${st.radius}|${st.confidenceDash}|${dot}|${colours.foreground}|${colours.background}|${step}`;
		let sprite = this.#sprites.get(key);
		if (!sprite) {
			if (this.#sprites.size > MAX_SPRITES) this.#dropAll();
			const s = Math.pow(2, step / 8);
			const ring = (st.radius + CONFIDENCE_RING.grow) * 1.6 + CONFIDENCE_RING.width;
			const at = membershipMarkAt(st.radius);
			const mark = Math.hypot(at.x, at.y) + MEMBERSHIP_MARK.radius + MEMBERSHIP_MARK.width;
			sprite = this.#place(Math.ceil(2 * (Math.max(ring, mark) * s + 2)), (g) => {
				g.scale(s, s);
				drawConfidenceMarks(g, st, this.shapes, colours);
			});
			this.#sprites.set(key, sprite);
		}
		const { foreground, background } = colours;
		this.#lastMark.set(st, { step, foreground, background, sprite });
		return sprite;
	}

	/** Reads the pending pictures' pixels off the sheet, in one read, and clears it. */
	read(): void {
		const sheet = this.#sheet;
		if (!sheet || this.#pending.length === 0) return;
		const height = Math.min(SHEET, this.#shelf.y + this.#shelf.height);
		const all = new Uint32Array(sheet.getImageData(0, 0, SHEET, height).data.buffer);
		for (const { sprite, x, y } of this.#pending) {
			for (let row = 0; row < sprite.size; row++)
				sprite.pixels.set(
					all.subarray((y + row) * SHEET + x, (y + row) * SHEET + x + sprite.size),
					row * sprite.size
				);
			sprite.spans = rowSpans(sprite.pixels, sprite.size);
		}
		sheet.clearRect(0, 0, SHEET, height);
		this.#pending = [];
		this.#shelf = { x: 0, y: 0, height: 0 };
	}

	/** A picture's pixels with their alpha scaled by `opacity`, kept with the picture. */
	pixels(sprite: Sprite, opacity: number): Uint32Array {
		if (opacity >= 1) return sprite.pixels;
		let px = sprite.faded.get(opacity);
		if (!px) {
			px = withOpacity(sprite.pixels, opacity);
			sprite.faded.set(opacity, px);
		}
		return px;
	}

	#dropAll(): void {
		this.read();
		this.#sprites.clear();
		this.#lastSprite = new WeakMap();
		this.#lastMark = new WeakMap();
	}

	/** Draws a new picture of radius `r` on the next free place of the sheet; `read` fetches it. */
	#draw(st: NodeStyle, r: number, outline: string): Sprite {
		return this.#place(Math.ceil(2 * (r * 1.6 + 2)), (g) => {
			g.beginPath();
			this.shapes.trace(g, { ...st, radius: r }, 0, 0);
			g.fillStyle = st.fill;
			g.fill();
			g.lineWidth = Math.max(0.75, (NODE_OUTLINE_WIDTH * r) / st.radius);
			g.strokeStyle = outline;
			if (st.outlineDash)
				g.setLineDash(st.outlineDash.split(' ').map((d) => (Number(d) * r) / st.radius));
			g.stroke();
		});
	}

	/** A `size`-square picture painted by `paint` (origin at its centre) on the next free place of the sheet. */
	#place(size: number, paint: (g: CanvasRenderingContext2D) => void): Sprite {
		const sprite: Sprite = {
			size,
			pixels: new Uint32Array(size * size),
			spans: new Int16Array(2 * size),
			faded: new Map()
		};
		let shelf = this.#shelf;
		if (shelf.x + size > SHEET)
			shelf = this.#shelf = { x: 0, y: shelf.y + shelf.height, height: 0 };
		if (shelf.y + size > SHEET) {
			this.read();
			shelf = this.#shelf;
		}
		this.#sheet ??= this.#createCanvas(SHEET, SHEET).getContext('2d', {
			willReadFrequently: true
		})!;
		const g = this.#sheet;
		g.save();
		// Each picture keeps to its own square: nothing of one bleeds into the next.
		g.beginPath();
		g.rect(shelf.x, shelf.y, size, size);
		g.clip();
		g.translate(shelf.x + size / 2, shelf.y + size / 2);
		paint(g);
		g.restore();
		this.#pending.push({ sprite, x: shelf.x, y: shelf.y });
		this.#made += 1;
		shelf.x += size;
		shelf.height = Math.max(shelf.height, size);
		return sprite;
	}
}
