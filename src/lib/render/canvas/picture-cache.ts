import type { Transform } from '$lib/scene/transform';

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
