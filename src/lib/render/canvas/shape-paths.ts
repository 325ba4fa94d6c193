import { shapeCorners, shapePath } from '$lib/scene/shapes';
import type { NodeStyle } from '$lib/scene/style';

/** Node outlines on a 2D canvas, worked out once per shape and radius. */
export class ShapePaths {
	readonly #corners = new Map<string, [number, number][] | null>();
	readonly #paths = new Map<string, Path2D>();

	/** Adds node `style`'s outline at (x, y) to the current path. */
	trace(g: CanvasRenderingContext2D, style: NodeStyle, x: number, y: number): void {
		const key = `${style.shape}|${style.radius}`;
		let corners = this.#corners.get(key);
		if (corners === undefined) {
			corners = shapeCorners(style.shape, style.radius);
			this.#corners.set(key, corners);
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

	/** Node `style`'s outline, `grow` units larger, centred on the origin. */
	outline(style: NodeStyle, grow = 0): Path2D {
		const key = `${style.shape}|${style.radius + grow}`;
		let path = this.#paths.get(key);
		if (!path) {
			path = new Path2D(shapePath(style.shape, style.radius + grow));
			this.#paths.set(key, path);
		}
		return path;
	}
}
