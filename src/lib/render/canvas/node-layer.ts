import type { CanvasFactory } from './new-canvas';

/** A screen-sized pixel buffer, copied onto its canvas in one go by `flush`. */
export interface PixelLayer {
	canvas: HTMLCanvasElement;
	width: number;
	height: number;
	buf: Uint32Array;
	flush(): void;
}

/**
 * Small nodes are written straight into a pixel buffer, then drawn over the edges in one copy:
 * thousands of `drawImage` calls cost a few microseconds each on a CPU-rasterised canvas, a pixel
 * loop in JavaScript a fraction of that. The buffer is kept from frame to frame.
 */
export class NodeLayer {
	readonly #createCanvas: CanvasFactory;
	#layer: PixelLayer | null = null;

	constructor(createCanvas: CanvasFactory) {
		this.#createCanvas = createCanvas;
	}

	/** The buffer for a `width` × `height` frame, cleared; made anew only when the size changes. */
	cleared(width: number, height: number): PixelLayer {
		let layer = this.#layer;
		if (!layer || layer.width !== width || layer.height !== height) {
			const canvas = this.#createCanvas(width, height);
			const g = canvas.getContext('2d')!;
			const image = g.createImageData(width, height);
			const buf = new Uint32Array(image.data.buffer);
			layer = this.#layer = {
				canvas,
				width,
				height,
				buf,
				flush: () => g.putImageData(image, 0, 0)
			};
		}
		layer.buf.fill(0);
		return layer;
	}
}
