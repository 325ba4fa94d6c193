import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ForceLayout, staticLayout } from '$lib/layout/force-layout';
import type { LayoutInput } from '$lib/layout/input';
import { seededRandom } from '$lib/model/random';
import { loadDataset } from '$lib/model';
import { buildGraphModel } from '$lib/state/graph-model';

const triangle: LayoutInput = {
	radii: [8, 8, 8],
	links: [
		{ source: 0, target: 1 },
		{ source: 1, target: 2 },
		{ source: 2, target: 0 }
	]
};

const round = (p: Float64Array) => Array.from(p, (v) => Math.round(v * 100) / 100);

describe('ForceLayout', () => {
	it('settles by itself within 1000 ticks', () => {
		const layout = new ForceLayout(triangle);
		expect(layout.settled).toBe(false);
		expect(layout.progress).toBe(0);
		layout.settle();
		expect(layout.settled).toBe(true);
		expect(layout.progress).toBe(1);
		expect(layout.ticks).toBeGreaterThan(100);
		expect(layout.ticks).toBeLessThan(1000);
	});

	it('leaves a large network (past 1,000 nodes) with hardly any overlapping nodes', () => {
		// Overlaps are only checked once a large layout has cooled: they must still be gone at the end.
		const random = seededRandom(3);
		const n = 1200;
		const input: LayoutInput = {
			radii: Float64Array.from({ length: n }, () => 6 + random() * 6),
			links: Array.from({ length: 2 * n }, (_, k) => ({
				source: k % n,
				target: Math.floor(random() * n)
			})).filter((l) => l.source !== l.target)
		};
		const layout = new ForceLayout(input, { seed: 1 });
		layout.settle();
		expect(layout.settled).toBe(true);
		expect(layout.ticks).toBeLessThanOrEqual(160);
		const p = layout.positions;
		let overlapping = 0;
		for (let i = 0; i < n; i++)
			for (let j = i + 1; j < n; j++) {
				const d = Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);
				if (d < (input.radii[i] ?? 0) + (input.radii[j] ?? 0)) overlapping++;
			}
		// Without the check this network keeps 15 overlapping pairs.
		expect(overlapping).toBeLessThanOrEqual(2);
	});

	it('lays a triangle out as an equilateral triangle around the origin', () => {
		const p = staticLayout(triangle);
		const d = (i: number, j: number) =>
			Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);
		expect(d(0, 1)).toBeCloseTo(d(1, 2), 0);
		expect(d(1, 2)).toBeCloseTo(d(2, 0), 0);
		expect(Math.abs((p[0]! + p[2]! + p[4]!) / 3)).toBeLessThan(1);
	});

	it('gives the same positions for the same input and seed', () => {
		const model = buildGraphModel(
			loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))).dataset
		);
		const a = staticLayout(model.layoutInput, { seed: 1 });
		const b = staticLayout(model.layoutInput, { seed: 1 });
		expect(Array.from(a)).toEqual(Array.from(b));
		expect(a.every(Number.isFinite)).toBe(true);
		// Nodes do not sit on top of each other.
		for (let i = 0; i < model.radii.length; i++)
			for (let j = i + 1; j < model.radii.length; j++) {
				const dist = Math.hypot(a[2 * i]! - a[2 * j]!, a[2 * i + 1]! - a[2 * j + 1]!);
				expect(dist, `${i}–${j}`).toBeGreaterThan(model.radii[i]! + model.radii[j]!);
			}
	});

	it('keeps the same settled picture however the ticks are split across frames', () => {
		const one = new ForceLayout(triangle);
		one.settle();
		const many = new ForceLayout(triangle);
		while (!many.settled) many.tick(3);
		expect(round(many.positions)).toEqual(round(one.positions));
	});

	it('starts from given positions and a seed changes coincident starts', () => {
		const stacked: LayoutInput = {
			...triangle,
			initial: [
				{ x: 0, y: 0 },
				{ x: 0, y: 0 },
				{ x: 0, y: 0 }
			]
		};
		const a = staticLayout(stacked, { seed: 1 });
		const b = staticLayout(stacked, { seed: 2 });
		expect(round(a)).not.toEqual(round(b));
		expect(round(a)).toEqual(round(staticLayout(stacked, { seed: 1 })));
	});

	it('keeps a pinned node where it was put, and lets it go when unpinned', () => {
		const layout = new ForceLayout(triangle);
		layout.settle();
		layout.pin(0, 300, -200);
		layout.reheat(0.5);
		layout.settle();
		expect(layout.isPinned(0)).toBe(true);
		expect([layout.positions[0], layout.positions[1]]).toEqual([300, -200]);
		layout.unpin(0);
		expect(layout.isPinned(0)).toBe(false);
		expect(layout.settled).toBe(false);
		layout.settle();
		expect(layout.positions[0]).not.toBe(300);
	});
});
