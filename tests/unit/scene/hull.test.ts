import { describe, expect, it } from 'vitest';
import { polygonHull } from 'd3-polygon';
import { HullCache, hullPath, type HullCircle } from '$lib/scene/hull';
import { flattenPath, insidePath } from './path-geometry';

type Point = [number, number];
interface Command {
	op: string;
	args: number[];
}

function parse(d: string): Command[] {
	const commands: Command[] = [];
	for (const m of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
		const args = (m[2]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
		commands.push({ op: m[1]!, args });
	}
	return commands;
}

/** The end point of every drawing command: the corners of the polygon the curve passes through. */
function anchors(d: string): Point[] {
	const points: Point[] = [];
	for (const { op, args } of parse(d)) {
		if (op === 'Z') continue;
		points.push([args[args.length - 2]!, args[args.length - 1]!]);
	}
	return points;
}

/** Even–odd ray casting. */
function inside([px, py]: Point, polygon: Point[]): boolean {
	let result = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i]!;
		const [xj, yj] = polygon[j]!;
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
	}
	return result;
}

/**
 * Every circle, grown by the padding less 1.5 units, lies inside the drawn curve. The slack covers
 * the contour's grid (cells of a quarter padding), which rounds the creases where two disks meet.
 */
function expectEnclosed(d: string, circles: HullCircle[], padding: number) {
	const rings = flattenPath(d);
	for (const c of circles) {
		expect(insidePath([c.x, c.y], rings), `centre ${c.x},${c.y}`).toBe(true);
		const R = Math.max(0, c.r + padding - 1.5);
		for (let k = 0; k < 72; k++) {
			const a = (k / 72) * 2 * Math.PI;
			const p: Point = [c.x + R * Math.cos(a), c.y + R * Math.sin(a)];
			expect(insidePath(p, rings), `(${p[0]}, ${p[1]}) of circle at ${c.x},${c.y}`).toBe(true);
		}
	}
}

/**
 * ...and hugs them: no point of the curve lies outside the hull of the padded circles grown by 8%
 * and 4 units (a corridor is at least one and a half grid cells wide, however small a node).
 */
function expectTight(d: string, circles: HullCircle[], padding: number) {
	const loose: Point[] = circles.flatMap((c) =>
		Array.from({ length: 64 }, (_, k): Point => {
			const a = (k / 64) * 2 * Math.PI;
			const R = (c.r + padding) * 1.08 + 4;
			return [c.x + R * Math.cos(a), c.y + R * Math.sin(a)];
		})
	);
	const bound = polygonHull(loose)!;
	for (const p of flattenPath(d).flat()) expect(inside(p, bound), `(${p[0]}, ${p[1]})`).toBe(true);
}

function expectWellFormed(d: string) {
	expect(d.startsWith('M')).toBe(true);
	expect(d.endsWith('Z')).toBe(true);
	// Absolute commands only.
	expect(d).toMatch(/^[MCAZ0-9.,\- ]+$/);
	for (const n of d.match(/[-\d.]+/g) ?? []) expect(n).toMatch(/^-?\d+(\.\d{1,2})?$/);
}

/** A tiny linear congruential generator (Numerical Recipes constants), for repeatable tests. */
function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function randomCluster(seed: number, n: number): HullCircle[] {
	const rnd = lcg(seed);
	return Array.from({ length: n }, () => ({
		x: 200 + (rnd() - 0.5) * 300,
		y: -50 + (rnd() - 0.5) * 180,
		r: 3 + rnd() * 12
	}));
}

describe('hullPath', () => {
	it('is empty for no points', () => {
		expect(hullPath([])).toBe('');
		expect(hullPath([{ x: NaN, y: 0, r: 5 }])).toBe('');
	});

	it('draws a circle of radius r + padding around a single point', () => {
		const d = hullPath([{ x: 10, y: 20, r: 5 }], 8);
		expectWellFormed(d);
		const cmds = parse(d);
		expect(cmds.map((c) => c.op)).toEqual(['M', 'A', 'A', 'Z']);
		expect(cmds[0]!.args).toEqual([-3, 20]);
		// Two half-circle arcs of radius 13, to the far side and back.
		expect(cmds[1]!.args).toEqual([13, 13, 0, 1, 0, 23, 20]);
		expect(cmds[2]!.args).toEqual([13, 13, 0, 1, 0, -3, 20]);
		const [a, b] = anchors(d) as [Point, Point];
		expect((a[0] + b[0]) / 2).toBe(10);
		expect(Math.abs(b[0] - a[0]) / 2).toBe(13);
	});

	it('uses a padding of 10 by default', () => {
		expect(hullPath([{ x: 0, y: 0, r: 4 }])).toBe(hullPath([{ x: 0, y: 0, r: 4 }], 10));
		expect(parse(hullPath([{ x: 0, y: 0, r: 4 }]))[1]!.args[0]).toBe(14);
	});

	it('joins two points by a corridor thinner than their disks', () => {
		const circles = [
			{ x: 0, y: 0, r: 5 },
			{ x: 100, y: 0, r: 5 }
		];
		const d = hullPath(circles, 10);
		expectWellFormed(d);
		expectEnclosed(d, circles, 10);
		expectTight(d, circles, 10);
		// A bubble set, not a convex hull: the middle is a corridor, narrower than a member's disk.
		expect(insidePath([50, 0], flattenPath(d))).toBe(true);
		expect(insidePath([50, 10], flattenPath(d))).toBe(false);
	});

	it('encloses a random cluster of 20 circles', () => {
		for (const seed of [1, 2, 3, 42]) {
			const circles = randomCluster(seed, 20);
			const d = hullPath(circles, 12);
			expectWellFormed(d);
			expectEnclosed(d, circles, 12);
			expectTight(d, circles, 12);
		}
	});

	it('stays tight around circles of very different sizes', () => {
		const rnd = lcg(5);
		const circles = Array.from({ length: 15 }, (_, i) => ({
			x: rnd() * 400,
			y: rnd() * 300,
			r: i % 3 === 0 ? 60 : 1
		}));
		for (const padding of [0, 4, 12]) {
			const d = hullPath(circles, padding);
			expectWellFormed(d);
			expectEnclosed(d, circles, padding);
			expectTight(d, circles, padding);
		}
	});

	it('encloses collinear points', () => {
		const circles = [0, 1, 2, 3, 4].map((i) => ({ x: i * 30, y: i * 15, r: 6 }));
		const d = hullPath(circles, 10);
		expectWellFormed(d);
		expectEnclosed(d, circles, 10);
		expectTight(d, circles, 10);
	});

	it('handles duplicate points', () => {
		const one = { x: 5, y: 5, r: 6 };
		expect(hullPath([one, { ...one }, { ...one }], 4)).toBe(hullPath([one], 4));
		// The largest of several circles sharing a centre sets the radius.
		expect(hullPath([one, { x: 5, y: 5, r: 9 }], 4)).toBe(hullPath([{ x: 5, y: 5, r: 9 }], 4));

		const circles = randomCluster(7, 10);
		const d = hullPath(circles);
		expect(hullPath([...circles, ...circles.slice(0, 4)])).toBe(d);
		expectEnclosed(d, circles, 10);
	});

	it('draws nothing around points with no size and no padding', () => {
		const circles = [
			{ x: 0, y: 0, r: 0 },
			{ x: 10, y: 0, r: 0 },
			{ x: 0, y: 10, r: 0 }
		];
		expect(hullPath(circles, 0)).toBe('');
		expect(hullPath([{ x: 1, y: 1, r: 0 }], 0)).toBe('');
		// A little padding is enough to draw them.
		const d = hullPath(circles, 2);
		expectWellFormed(d);
		expectEnclosed(d, circles, 2);
	});

	it('is deterministic and independent of input order', () => {
		const circles = randomCluster(99, 20);
		const d = hullPath(circles, 10);
		expect(hullPath(circles, 10)).toBe(d);
		expect(hullPath([...circles].reverse(), 10)).toBe(d);
		expect(
			hullPath(
				circles.map((c) => ({ ...c })),
				10
			)
		).toBe(d);
	});

	it('rounds every number to at most two decimals', () => {
		const d = hullPath(
			[
				{ x: 1 / 3, y: Math.PI, r: Math.E },
				{ x: 123.456789, y: -98.7654321, r: 7.77777 },
				{ x: -0.0001, y: 55.55555, r: 1.23456 }
			],
			9.87654
		);
		expectWellFormed(d);
		expect(d).not.toMatch(/\d\.\d{3}/);
		expect(d).not.toContain('-0,');
	});
});

describe('HullCache', () => {
	const positions = Float64Array.of(0, 0, 100, 0, 50, 80, 500, 500);
	const members = [0, 1, 2];

	it('gives the same hull as hullPath, and computes it again only when what it encloses changes', () => {
		let computed = 0;
		const cache = new HullCache<object>(
			(circles, padding) => (computed++, hullPath(circles, padding))
		);
		const a = {},
			b = {};
		const shown = {};
		const radius = () => 8;
		const d = cache.get(a, members, positions, radius, shown);
		expect(d).toBe(
			hullPath(
				members.map((i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, r: 8 })),
				12
			)
		);
		expect(computed).toBe(1);
		// Another cluster highlighted beside it: its hull is computed, the first one's is kept.
		cache.get(b, [3], positions, radius, shown);
		expect(cache.get(a, members, positions, radius, shown)).toBe(d);
		expect(computed).toBe(2);
		// New positions, another visibility, another radius: each computes it again.
		const moved = Float64Array.from(positions, (v, k) => (k === 0 ? v - 40 : v));
		expect(cache.get(a, members, moved, radius, shown)).not.toBe(d);
		expect(computed).toBe(3);
		cache.get(a, members, moved, radius, {});
		expect(computed).toBe(4);
		cache.get(a, members, moved, () => 20, shown);
		expect(computed).toBe(5);
		cache.get(a, members, moved, () => 20, shown);
		expect(computed).toBe(5);
	});

	it('draws a circle given twice once, as it draws it given once', () => {
		const once = hullPath([
			{ x: 0, y: 0, r: 5 },
			{ x: 40, y: 0, r: 5 }
		]);
		const twice = hullPath([
			{ x: 0, y: 0, r: 5 },
			{ x: 0, y: 0, r: 5 },
			{ x: 40, y: 0, r: 5 }
		]);
		expect(twice).toBe(once);
	});
});
