import { describe, expect, it } from 'vitest';
import { boundsOf, fitTransform } from '$lib/layout/bounds';

describe('boundsOf', () => {
	it('grows the box by each radius', () => {
		expect(boundsOf([0, 0, 10, 20], [1, 2])).toEqual({ minX: -1, minY: -1, maxX: 12, maxY: 22 });
	});
	it('is an empty box for no nodes', () => {
		expect(boundsOf([], [])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
	});
});

describe('fitTransform', () => {
	it('centres and scales the bounds into the viewport with padding', () => {
		const t = fitTransform({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, 440, 440, 20);
		expect(t.k).toBe(2);
		// The box's corners land inside the padded viewport.
		expect(t.x + t.k * -100).toBe(20);
		expect(t.x + t.k * 100).toBe(420);
		expect(t.y + t.k * 0).toBe(220);
	});
	it('does not magnify a tiny graph beyond the maximum scale', () => {
		expect(fitTransform({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, 800, 600).k).toBe(2.5);
	});
});
