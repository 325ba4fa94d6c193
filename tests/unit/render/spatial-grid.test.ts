import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/model/random';
import { labelBudget, MIN_LABELLED_RADIUS, pickLabelCandidates } from '$lib/render/lod';
import { nearestEdge, SpatialGrid } from '$lib/render/spatial-grid';

function scatter(n: number, seed = 5, size = 1000): Float64Array {
	const r = seededRandom(seed);
	return Float64Array.from({ length: 2 * n }, () => (r() - 0.5) * size);
}

describe('SpatialGrid', () => {
	it('finds exactly the points in a rectangle, like a scan does', () => {
		const p = scatter(5000);
		const grid = new SpatialGrid(p, 5000);
		for (const [x0, y0, x1, y1] of [
			[-100, -100, 100, 100],
			[-500, -500, 500, 500],
			[300, -20, 320, 480],
			[900, 900, 1000, 1000]
		] as const) {
			const scan = [];
			for (let i = 0; i < 5000; i++) {
				const x = p[2 * i]!,
					y = p[2 * i + 1]!;
				if (x >= x0 && x <= x1 && y >= y0 && y <= y1) scan.push(i);
			}
			expect(grid.query(x0, y0, x1, y1).sort((a, b) => a - b)).toEqual(scan);
		}
	});

	it('leaves out excluded and non-finite points', () => {
		const p = new Float64Array([0, 0, 1, 1, NaN, 2, 3, 3]);
		const grid = new SpatialGrid(p, 4, (i) => i !== 1);
		expect(grid.query(-10, -10, 10, 10).sort()).toEqual([0, 3]);
	});

	it('hits the node under the pointer, the nearest outline first, and nothing in empty space', () => {
		const p = new Float64Array([0, 0, 30, 0, 100, 100]);
		const radius = (i: number) => [10, 20, 5][i]!;
		const grid = new SpatialGrid(p, 3);
		expect(grid.hit(2, 1, radius, 25)).toBe(0);
		// Inside both circles' reach: 0's outline is 1 away, 1's is 7 inside → the deeper one wins.
		expect(grid.hit(11, 0, radius, 25)).toBe(1);
		expect(grid.hit(100, 104, radius, 25)).toBe(2);
		expect(grid.hit(60, 60, radius, 25)).toBe(-1);
		expect(grid.hit(100, 107, radius, 25, 3)).toBe(2);
		expect(grid.hit(100, 109, radius, 25, 3)).toBe(-1);
	});

	it('copes with every point in one place and with no points', () => {
		const same = new Float64Array(20).fill(7);
		expect(new SpatialGrid(same, 10).query(6, 6, 8, 8)).toHaveLength(10);
		expect(new SpatialGrid(new Float64Array(), 0).query(-1, -1, 1, 1)).toEqual([]);
	});

	it('finds points spread over the whole range of numbers, whose spread overflows', () => {
		const M = Number.MAX_VALUE;
		const p = new Float64Array([-M, -M, M, M, 0, 0, 1e20, -1e20, 5, 5]);
		const grid = new SpatialGrid(p, 5);
		expect(grid.query(-Infinity, -Infinity, Infinity, Infinity).sort()).toEqual([0, 1, 2, 3, 4]);
		expect(grid.query(-1, -1, 10, 10).sort()).toEqual([2, 4]);
		expect(grid.query(M, M, M, M)).toEqual([1]);
		expect(grid.hit(4, 4, () => 3, 3)).toBe(4);
		expect(grid.hit(1e20, -1e20, () => 1, 1)).toBe(3);
	});

	it('answers a rectangle that is NaN, infinite or far outside with no points, at once', () => {
		const grid = new SpatialGrid(scatter(1000), 1000);
		expect(grid.query(NaN, 0, 10, 10)).toEqual([]);
		expect(grid.query(1e300, 1e300, Infinity, Infinity)).toEqual([]);
		expect(grid.query(-Infinity, -Infinity, -1e20, -1e20)).toEqual([]);
		expect(grid.hit(NaN, NaN, () => 5, 5)).toBe(-1);
	});
});

describe('label level of detail', () => {
	const n = 20000;
	const p = scatter(n, 9, 20000);
	const grid = new SpatialGrid(p, n);
	// A low-priority node near the middle of the screen, to be forced.
	let centre = 0;
	for (let i = 0; i < n; i++)
		if (
			i % 97 < 10 &&
			Math.hypot(p[2 * i]!, p[2 * i + 1]!) < Math.hypot(p[2 * centre]!, p[2 * centre + 1]!)
		)
			centre = i;
	const base = {
		grid,
		width: 1280,
		height: 720,
		radius: () => 5,
		priority: (i: number) => i % 97,
		forced: (i: number) => i === centre
	};

	it('keeps to the budget, by priority, and always includes forced labels', () => {
		const t = { x: 640, y: 360, k: 0.5 };
		const picked = pickLabelCandidates({ ...base, transform: t });
		const budget = labelBudget(1280, 720);
		expect(picked).toHaveLength(budget + 1);
		expect(picked[0]).toBe(centre);
		// Nothing left out outranks anything kept.
		const m = 80 / t.k;
		const inView = grid.query(
			-t.x / t.k - m,
			-t.y / t.k - m,
			(1280 - t.x) / t.k + m,
			(720 - t.y) / t.k + m
		);
		expect(inView.length).toBeGreaterThan(budget);
		const kept = new Set(picked);
		const lowestKept = Math.min(...picked.slice(1).map(base.priority));
		const highestDropped = Math.max(...inView.filter((i) => !kept.has(i)).map(base.priority));
		expect(highestDropped).toBeLessThanOrEqual(lowestKept);
	});

	it('offers a quarter as many while the layout moves', () => {
		const t = { x: 640, y: 360, k: 0.5 };
		const still = pickLabelCandidates({ ...base, transform: t });
		const moving = pickLabelCandidates({ ...base, transform: t, moving: true });
		expect(moving.length - 1).toBe(Math.floor(labelBudget(1280, 720) / 4));
		expect(moving[0]).toBe(centre);
		expect(still.length).toBeGreaterThan(moving.length);
	});

	it('offers only nodes on or near the screen', () => {
		const t = { x: 640, y: 360, k: 2 };
		const picked = pickLabelCandidates({ ...base, transform: t });
		for (const i of picked) {
			const sx = t.x + t.k * p[2 * i]!,
				sy = t.y + t.k * p[2 * i + 1]!;
			expect(sx).toBeGreaterThan(-200);
			expect(sx).toBeLessThan(1480);
			expect(sy).toBeGreaterThan(-200);
			expect(sy).toBeLessThan(920);
		}
	});

	it('zoomed far out, where nodes are dots, offers forced labels only', () => {
		const k = (MIN_LABELLED_RADIUS / 5) * 0.9;
		const t = { x: 640, y: 360, k };
		expect(pickLabelCandidates({ ...base, transform: t })).toEqual([centre]);
	});
});

describe('nearestEdge', () => {
	const p = new Float64Array([0, 0, 100, 0, 0, 100]);
	const ends = new Uint32Array([0, 1, 0, 2]);
	it('finds the edge within reach of the point, not beyond its ends, and skips hidden edges', () => {
		expect(nearestEdge(p, ends, new Uint8Array([1, 1]), 50, 3, 5)).toBe(0);
		expect(nearestEdge(p, ends, new Uint8Array([1, 1]), 3, 50, 5)).toBe(1);
		expect(nearestEdge(p, ends, new Uint8Array([1, 1]), 104, 0, 5)).toBe(0);
		expect(nearestEdge(p, ends, new Uint8Array([1, 1]), 110, 0, 5)).toBe(-1);
		expect(nearestEdge(p, ends, new Uint8Array([0, 1]), 50, 3, 5)).toBe(-1);
	});
});
