import { describe, expect, it } from 'vitest';
import { wheelFactor } from '$lib/render/panzoom';
import { zoomAround } from '$lib/scene/transform';

describe('wheelFactor', () => {
	it('zooms in for a wheel turned away (negative deltaY) and out for one turned towards', () => {
		expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1);
		expect(wheelFactor(100, 0, false)).toBeLessThan(1);
		expect(wheelFactor(100, 0, false) * wheelFactor(-100, 0, false)).toBeCloseTo(1);
	});
	it('treats a line and a page as more than a pixel, and a pinch as stronger', () => {
		expect(wheelFactor(3, 1, false)).toBeCloseTo(wheelFactor(75, 0, false));
		expect(wheelFactor(1, 2, false)).toBeCloseTo(0.5);
		expect(wheelFactor(10, 0, true)).toBeCloseTo(wheelFactor(100, 0, false));
	});
});

describe('zoomAround', () => {
	it('keeps the point under the pointer where it is', () => {
		const t = { x: 30, y: -20, k: 0.8 };
		const z = zoomAround(t, 400, 300, 1.5, 0.1, 8);
		const before = { x: (400 - t.x) / t.k, y: (300 - t.y) / t.k };
		expect(z.k).toBeCloseTo(1.2);
		expect(z.x + z.k * before.x).toBeCloseTo(400);
		expect(z.y + z.k * before.y).toBeCloseTo(300);
	});
	it('stops at the scale limits', () => {
		expect(zoomAround({ x: 0, y: 0, k: 7 }, 0, 0, 4, 0.1, 8).k).toBe(8);
		expect(zoomAround({ x: 0, y: 0, k: 0.2 }, 0, 0, 0.1, 0.1, 8).k).toBe(0.1);
	});
});
