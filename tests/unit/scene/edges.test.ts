import { describe, expect, it } from 'vitest';
import {
	ARROW,
	edgeGeometry,
	distanceToLine,
	edgePath,
	headPath,
	isLoop,
	outlineReach,
	selfLoopGeometry,
	type LoopGeometry
} from '$lib/scene/edges';
import { oneDecimal } from '$lib/scene/numbers';
import { shapeCorners } from '$lib/scene/shapes';
import type { Shape } from '$lib/model';

const SHAPES: Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon'];

/** Whether (x, y), relative to the centre, lies inside the outline of `shape` of size r. */
function inside(shape: Shape, r: number, x: number, y: number): boolean {
	const corners = shapeCorners(shape, r);
	if (!corners) return Math.hypot(x, y) < r - 1e-6;
	let sign = 0;
	for (let i = 0; i < corners.length; i++) {
		const [px, py] = corners[i]!;
		const [qx, qy] = corners[(i + 1) % corners.length]!;
		const cross = (qx - px) * (y - py) - (qy - py) * (x - px);
		if (Math.abs(cross) < 1e-6) return false;
		if (sign === 0) sign = Math.sign(cross);
		else if (Math.sign(cross) !== sign) return false;
	}
	return true;
}

/** Points along the loop's Bézier. */
function sample(g: LoopGeometry, steps = 64): [number, number][] {
	const [c1x, c1y, c2x, c2y] = g.curve;
	return Array.from({ length: steps + 1 }, (_, k) => {
		const t = k / steps,
			u = 1 - t;
		return [
			u * u * u * g.x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * g.x2,
			u * u * u * g.y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * g.y2
		];
	});
}

describe('edgeGeometry', () => {
	it('trims a straight edge at both outlines and is not a loop', () => {
		const g = edgeGeometry(0, 0, 100, 0, 10, 20);
		expect([g.x1, g.y1]).toEqual([10, 0]);
		expect(g.head[0]).toBe(100 - 20 - ARROW.gap);
		expect(g.x2).toBe(g.head[0] - ARROW.length);
		expect(isLoop(g)).toBe(false);
		expect(edgePath(g)).toBe(`M10,0L${g.x2},0`);
	});
});

describe('selfLoopGeometry', () => {
	for (const shape of SHAPES)
		for (const r of [5, 12, 24])
			it(`draws a loop wholly outside a ${shape} of radius ${r}, with its head clear of the outline`, () => {
				const g = selfLoopGeometry(0, 0, shape, r);
				// It starts on the outline…
				expect(Math.hypot(g.x1, g.y1)).toBeCloseTo(outlineReach(shape, r, Math.atan2(g.y1, g.x1)));
				// …and no point of its line or its head is inside the node.
				for (const [x, y] of sample(g)) expect(inside(shape, r, x, y), `${x},${y}`).toBe(false);
				const h = g.head;
				for (let k = 0; k < 6; k += 2) expect(inside(shape, r, h[k]!, h[k + 1]!)).toBe(false);
				// The tip stops the gap short of the outline, as a straight edge's does.
				const tip = Math.hypot(h[0], h[1]);
				expect(tip - outlineReach(shape, r, Math.atan2(h[1], h[0]))).toBeCloseTo(ARROW.gap);
			});

	it('sits up and to the right of its node, clear of the label below', () => {
		const g = selfLoopGeometry(50, 80, 'circle', 10);
		for (const [x, y] of sample(g)) {
			expect(y).toBeLessThan(80);
			expect(x).toBeGreaterThan(50 - 10);
		}
		// Small beside the node: within a few radii.
		for (const [x, y] of sample(g)) expect(Math.hypot(x - 50, y - 80)).toBeLessThan(40);
	});

	it('points its arrowhead the way the curve arrives', () => {
		for (const strong of [false, true]) {
			const g = selfLoopGeometry(0, 0, 'hexagon', 9, strong);
			const [tx, ty] = [g.head[0], g.head[1]];
			const along = [tx - g.x2, ty - g.y2];
			const tangent = [g.x2 - g.curve[2], g.y2 - g.curve[3]];
			// Parallel and the same way: the cross product vanishes, the dot product is positive.
			expect(along[0]! * tangent[1]! - along[1]! * tangent[0]!).toBeCloseTo(0);
			expect(along[0]! * tangent[0]! + along[1]! * tangent[1]!).toBeGreaterThan(0);
			expect(Math.hypot(along[0]!, along[1]!)).toBeCloseTo(
				strong ? ARROW.strongLength : ARROW.length
			);
		}
	});

	it('moves with its node and is written as path data the exporter can round', () => {
		const a = selfLoopGeometry(0, 0, 'square', 8),
			b = selfLoopGeometry(30, -20, 'square', 8);
		expect(b.x1 - a.x1).toBeCloseTo(30);
		expect(b.curve[3] - a.curve[3]).toBeCloseTo(-20);
		expect(isLoop(a)).toBe(true);
		const d = edgePath(b, oneDecimal);
		expect(d).toMatch(
			/^M-?\d+(\.\d)?,-?\d+(\.\d)?C(-?\d+(\.\d)?,-?\d+(\.\d)? ){2}-?\d+(\.\d)?,-?\d+(\.\d)?$/
		);
		expect(headPath(b, oneDecimal)).toMatch(/^M[^MZ]+L[^MZ]+L[^MZ]+Z$/);
	});
});

describe('outlineReach', () => {
	it('is the radius for a circle and reaches corners for polygons', () => {
		expect(outlineReach('circle', 10, 1.2)).toBe(10);
		// A square's corner at 45° reaches √2 times its half side.
		expect(outlineReach('square', 10, -Math.PI / 4)).toBeCloseTo(8.86 * Math.SQRT2, 2);
		expect(outlineReach('square', 10, 0)).toBeCloseTo(8.86, 2);
		expect(outlineReach('triangle', 10, -Math.PI / 2)).toBeCloseTo(15.55, 2);
	});
});

describe('distanceToLine', () => {
	it('measures to a straight segment, and along a loop’s curve rather than to its node', () => {
		expect(distanceToLine({ x1: 0, y1: 0, x2: 10, y2: 0 }, 5, 3)).toBeCloseTo(3);
		expect(distanceToLine({ x1: 0, y1: 0, x2: 10, y2: 0 }, -4, 3)).toBeCloseTo(5);
		const g = selfLoopGeometry(0, 0, 'circle', 10);
		// On the curve (its start and its end), and far from it at the node's centre.
		expect(distanceToLine(g, g.x1, g.y1)).toBeCloseTo(0);
		expect(distanceToLine(g, g.x2, g.y2)).toBeCloseTo(0);
		expect(distanceToLine(g, 0, 0)).toBeGreaterThan(9);
	});
});
