import { describe, expect, it } from 'vitest';
import { packForLabels, type SpreadItem } from '$lib/scene/label-spread';
import type { Box } from '$lib/scene/labels';

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
/** A node of radius 4 with a w × 20 label below, right, left or above it. */
const item = (x: number, y: number, w: number): SpreadItem => ({
	x,
	y,
	sides: [
		[-w / 2, -4, w / 2, 26],
		[-4, -10, 6 + w, 10],
		[-6 - w, -10, 4, 10],
		[-w / 2, -26, w / 2, 4]
	]
});
/** Where each item's box lies once packed. */
const boxes = (items: SpreadItem[], r: ReturnType<typeof packForLabels>): Box[] =>
	items.map((it, i) => {
		const o = it.sides[r.side[i]!]!;
		return [r.x[i]! + o[0], r.y[i]! + o[1], r.x[i]! + o[2], r.y[i]! + o[3]];
	});
const order = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('packing nodes with their labels', () => {
	// Thirty labelled nodes piled near the middle of a page with room for all of them.
	const items = Array.from({ length: 30 }, (_, i) =>
		item(400 + (i % 6) * 9, 300 + Math.floor(i / 6) * 7, 60 + (i % 4) * 25)
	);
	const bounds: Box = [0, 0, 1000, 600];

	it('parts every box from every other, inside the bounds, and says none is left', () => {
		const r = packForLabels(items, bounds, 2, order(items.length));
		expect(r.overlaps).toBe(0);
		const placed = boxes(items, r);
		let pairs = 0;
		for (const [i, a] of placed.entries()) {
			expect(a[0]).toBeGreaterThanOrEqual(bounds[0]);
			expect(a[1]).toBeGreaterThanOrEqual(bounds[1]);
			expect(a[2]).toBeLessThanOrEqual(bounds[2]);
			expect(a[3]).toBeLessThanOrEqual(bounds[3]);
			for (const b of placed.slice(i + 1)) if (overlap(a, b)) pairs++;
		}
		expect(pairs).toBe(0);
		expect(r.moved).toBeGreaterThan(0);
	});

	it('keeps the nodes’ order left to right, roughly: the network keeps its shape', () => {
		// Two far groups stay on their sides.
		const two = [
			...order(8).map((i) => item(100 + i, 300, 80)),
			...order(8).map((i) => item(900 - i, 300, 80))
		];
		const r = packForLabels(two, bounds, 2, order(two.length));
		expect(r.overlaps).toBe(0);
		for (let i = 0; i < 8; i++) expect(r.x[i]!).toBeLessThan(r.x[8 + i]!);
	});

	it('gives the same positions for the same input', () => {
		const a = packForLabels(items, bounds, 2, order(items.length));
		const b = packForLabels(items, bounds, 2, order(items.length));
		expect(Array.from(a.x)).toEqual(Array.from(b.x));
		expect(Array.from(a.side)).toEqual(Array.from(b.side));
	});

	it('counts the nodes it found no room for on a page too small', () => {
		const r = packForLabels(items, [0, 0, 300, 120], 2, order(items.length));
		expect(r.overlaps).toBeGreaterThan(0);
	});

	it('puts a node whose label has no room where its shape alone is clear of the others', () => {
		const a = item(50, 10, 80),
			b = { ...item(52, 12, 80), node: [-4, -4, 4, 4] as Box };
		const r = packForLabels([a, b], [0, 0, 120, 40], 2, [0, 1]);
		expect(r.overlaps).toBe(1);
		const [boxA] = boxes([a], r);
		const shapeB: Box = [r.x[1]! - 4, r.y[1]! - 4, r.x[1]! + 4, r.y[1]! + 4];
		expect(overlap(boxA!, shapeB)).toBe(false);
	});

	it('turns a label to another side when below has no room', () => {
		// A node on the page's bottom edge: its label cannot go under it.
		const r = packForLabels([item(500, 596, 80)], bounds, 2, [0]);
		expect(r.overlaps).toBe(0);
		const [box] = boxes([item(500, 596, 80)], r);
		expect(box![3]).toBeLessThanOrEqual(600);
		expect(r.side[0]).not.toBe(0);
		// It stays where it was (but for the gap), rather than climbing out of its label's way.
		expect(596 - r.y[0]!).toBeLessThan(2);
	});
});
