import { describe, expect, it } from 'vitest';
import { nodeUnder } from '$lib/render/edge-handle';

describe('nodeUnder: where an edge dragged from a handle lands', () => {
	const positions = [0, 0, 100, 0, 106, 0, 300, 0];
	const radii = [10, 10, 10, 40];
	const all = [1, 1, 1, 1];

	it('finds the node whose disk (with slop) holds the point; the nearest centre wins', () => {
		expect(nodeUnder(positions, radii, all, 3, 4, 0)).toBe(0);
		expect(nodeUnder(positions, radii, all, 104, 0, 0)).toBe(2);
		expect(nodeUnder(positions, radii, all, 102, 0, 0)).toBe(1);
		expect(nodeUnder(positions, radii, all, 265, 0, 0)).toBe(3);
	});

	it('misses outside every outline, unless within the slop', () => {
		expect(nodeUnder(positions, radii, all, 0, 13, 0)).toBe(-1);
		expect(nodeUnder(positions, radii, all, 0, 13, 4)).toBe(0);
	});

	it('never lands on the node it starts from, nor on a hidden one', () => {
		expect(nodeUnder(positions, radii, all, 0, 0, 0, 0)).toBe(-1);
		expect(nodeUnder(positions, radii, [1, 0, 1, 1], 98, 0, 0)).toBe(2);
		expect(nodeUnder(positions, radii, [1, 0, 0, 1], 100, 0, 0)).toBe(-1);
	});
});
