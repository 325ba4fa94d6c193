import { batchNodes, styleTable } from '$lib/render/canvas/batches';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import type { CanvasFactory } from '$lib/render/canvas/new-canvas';
import type { NodeStyle } from '$lib/scene/style';

/** `#rrggbb` as one opaque pixel word, the way `Uint32Array` reads RGBA bytes. */
export function pixelOf(colour: string): number {
	const n = parseInt(colour.slice(1), 16);
	return ((255 << 24) | ((n & 255) << 16) | (n & 0xff00) | (n >>> 16)) >>> 0;
}

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/**
 * A canvas for tests without a DOM. Its 2D context paints only what the renderer's scratch work
 * needs checking: `fill` covers the clip rectangle (or the canvas) in `fillStyle`, and pixels go
 * in and out through `clearRect`, `getImageData` and `putImageData`. Every other call does nothing.
 */
export class FakeCanvas {
	readonly pixels: Uint32Array;
	#g: unknown = null;

	constructor(
		readonly width: number,
		readonly height: number
	) {
		this.pixels = new Uint32Array(width * height);
	}

	getContext(): unknown {
		this.#g ??= this.#context();
		return this.#g;
	}

	#context(): unknown {
		const whole: Rect = { x: 0, y: 0, w: this.width, h: this.height };
		const { width, height, pixels } = this;
		let clip = whole,
			rect = whole;
		const clips: Rect[] = [];
		const each = (r: Rect, paint: (k: number) => void) => {
			for (let y = Math.max(0, r.y); y < Math.min(height, r.y + r.h); y++)
				for (let x = Math.max(0, r.x); x < Math.min(width, r.x + r.w); x++) paint(y * width + x);
		};
		const g: Record<string | symbol, unknown> = {
			canvas: this,
			fillStyle: '#000000',
			save: () => clips.push(clip),
			restore: () => (clip = clips.pop() ?? whole),
			rect: (x: number, y: number, w: number, h: number) => (rect = { x, y, w, h }),
			clip: () => (clip = rect),
			fill: () => {
				const v = pixelOf(String(g.fillStyle));
				each(clip, (k) => (pixels[k] = v));
			},
			clearRect: (x: number, y: number, w: number, h: number) =>
				each({ x, y, w, h }, (k) => (pixels[k] = 0)),
			getImageData: (x: number, y: number, w: number, h: number) => {
				const out = new Uint32Array(w * h);
				for (let row = 0; row < h; row++)
					out.set(pixels.subarray((y + row) * width + x, (y + row) * width + x + w), row * w);
				return { width: w, height: h, data: new Uint8ClampedArray(out.buffer) };
			},
			createImageData: (w: number, h: number) => ({
				width: w,
				height: h,
				data: new Uint8ClampedArray(4 * w * h)
			}),
			putImageData: (image: { data: Uint8ClampedArray }) =>
				pixels.set(new Uint32Array(image.data.buffer))
		};
		return new Proxy(g, {
			get: (target, key) => (key in target ? target[key] : () => undefined)
		});
	}
}

/** A factory of fake canvases that remembers every one it made. */
export function fakeCanvases(): { create: CanvasFactory; made: FakeCanvas[] } {
	const made: FakeCanvas[] = [];
	const create: CanvasFactory = (width, height) => {
		const canvas = new FakeCanvas(width, height);
		made.push(canvas);
		return canvas as unknown as HTMLCanvasElement;
	};
	return { create, made };
}

/** A plain circle's style, as the canvas tests draw it. */
export const circleStyle = (fill: string, radius = 5): NodeStyle => ({
	shape: 'circle',
	fill,
	outlineDash: null,
	radius,
	opacity: 1,
	ring: false,
	forceLabel: false,
	emphasised: false
});

/** A frame of nodes only (no edges, hulls or labels unless given), on a white page, settled. */
export function nodeFrame(
	nodeStyles: NodeStyle[],
	positions: number[],
	over: Partial<CanvasFrame> & { width: number; height: number; k: number }
): CanvasFrame {
	const { k, ...rest } = over;
	return {
		transform: { x: 0, y: 0, k },
		positions,
		nodeStyles,
		nodeShown: new Uint8Array(nodeStyles.length).fill(1),
		ends: new Uint32Array(),
		edgeStyles: [],
		edgeShown: new Uint8Array(),
		edgeBatches: [],
		nodeBatches: batchNodes(nodeStyles),
		nodeStyleTable: styleTable(nodeStyles),
		selectedEdge: -1,
		pinned: new Set(),
		hulls: [],
		labels: [],
		background: '#ffffff',
		foreground: '#000000',
		moving: false,
		...rest
	};
}
