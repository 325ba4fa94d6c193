import type { Shape } from '../model/types';

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: [number, number][]): string {
	return 'M' + points.map(([x, y]) => `${round(x)},${round(y)}`).join('L') + 'Z';
}

/**
 * The corners of `shape` centred on the origin, or null for a circle, sized so every shape covers
 * about the same area as a circle of radius `r` (a square of the same "radius" would look heavier
 * than a triangle). The SVG path and the canvas renderer both trace these.
 */
export function shapeCorners(shape: Shape, r: number): [number, number][] | null {
	switch (shape) {
		case 'square': {
			const h = r * 0.886;
			return [
				[-h, -h],
				[h, -h],
				[h, h],
				[-h, h]
			];
		}
		case 'diamond': {
			const d = r * 1.253;
			return [
				[0, -d],
				[d, 0],
				[0, d],
				[-d, 0]
			];
		}
		case 'triangle': {
			const s = r * 1.555;
			return [
				[0, -s],
				[s * 0.866, s * 0.5],
				[-s * 0.866, s * 0.5]
			];
		}
		case 'hexagon': {
			const s = r * 1.1;
			return Array.from({ length: 6 }, (_, i) => {
				const a = (Math.PI / 3) * i + Math.PI / 6;
				return [s * Math.cos(a), s * Math.sin(a)] as [number, number];
			});
		}
		default:
			return null;
	}
}

/** An SVG path for `shape`, centred on the origin (see `shapeCorners`). */
export function shapePath(shape: Shape, r: number): string {
	const corners = shapeCorners(shape, r);
	if (corners) return polygon(corners);
	const c = round(r);
	return `M${-c},0A${c},${c} 0 1,0 ${c},0A${c},${c} 0 1,0 ${-c},0Z`;
}

/** How far from the centre the outline reaches towards angle `a`; arrowheads stop there. */
export function shapeRadius(shape: Shape, r: number): number {
	switch (shape) {
		case 'square':
			return r * 0.95;
		case 'diamond':
			return r * 1.0;
		case 'triangle':
			return r * 1.0;
		case 'hexagon':
			return r * 1.05;
		default:
			return r;
	}
}
