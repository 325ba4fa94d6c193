import type { Shape } from '../model/types';

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(points: [number, number][]): string {
	return 'M' + points.map(([x, y]) => `${round(x)},${round(y)}`).join('L') + 'Z';
}

/** The corners of a regular polygon of `n` sides and circumradius `s`, the first at angle `a0`. */
function regular(n: number, s: number, a0: number): [number, number][] {
	return Array.from({ length: n }, (_, i) => {
		const a = a0 + ((2 * Math.PI) / n) * i;
		return [s * Math.cos(a), s * Math.sin(a)] as [number, number];
	});
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
		case 'triangle-down': {
			const s = r * 1.555;
			return [
				[0, s],
				[-s * 0.866, -s * 0.5],
				[s * 0.866, -s * 0.5]
			];
		}
		case 'pentagon':
			return regular(5, r * 1.149, -Math.PI / 2);
		case 'star': {
			// Five points, the inner corners at half the outer radius.
			const s = r * 1.462;
			return Array.from({ length: 10 }, (_, i) => {
				const a = -Math.PI / 2 + (Math.PI / 5) * i;
				const d = i % 2 ? s * 0.5 : s;
				return [d * Math.cos(a), d * Math.sin(a)] as [number, number];
			});
		}
		case 'cross': {
			// A plus sign whose arms are a third as wide as they are long.
			const e = r * 1.189;
			const w = e / 3;
			return [
				[-w, -e],
				[w, -e],
				[w, -w],
				[e, -w],
				[e, w],
				[w, w],
				[w, e],
				[-w, e],
				[-w, w],
				[-e, w],
				[-e, -w],
				[-w, -w]
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
		case 'pentagon':
			return r * 1.05;
		case 'triangle-down':
		case 'star':
			return r * 1.0;
		case 'cross':
			return r * 0.9;
		default:
			return r;
	}
}
