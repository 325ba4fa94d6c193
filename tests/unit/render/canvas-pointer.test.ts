import { describe, expect, it } from 'vitest';
import { nearestOf } from '$lib/render/canvas-pointer';
import { edgeHeading } from '$lib/scene/text';

describe('nearestOf', () => {
	const distance = (j: number) => [4, 2, 9, 2][j]!;
	it('keeps the first edge unless another is as near or nearer, within reach', () => {
		expect(nearestOf(0, [2], distance, 5)).toBe(0);
		expect(nearestOf(0, [1], distance, 5)).toBe(1);
		// A tie goes to the later one: a loop drawn over a line.
		expect(nearestOf(1, [3], distance, 5)).toBe(3);
		expect(nearestOf(-1, [2], distance, 5)).toBe(-1);
		expect(nearestOf(-1, [0, 1], distance, 5)).toBe(1);
	});
});

describe('edgeHeading', () => {
	it('names an edge source → relation → target, each label isolated and cut', () => {
		expect(edgeHeading('Alice', 'funds', 'Bob')).toBe('Alice → funds → Bob');
		expect(edgeHeading('Alice', undefined, 'Bob')).toBe('Alice → linked to → Bob');
		const reversed = edgeHeading('Alice\u202e', 'funds', 'Bob');
		expect(reversed.startsWith('\u2068')).toBe(true);
		expect(edgeHeading('x'.repeat(500), 'r', 'y').length).toBeLessThan(100);
	});
});
