import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_COORDINATE } from '$lib/model/limits';
import {
	boundedTransform,
	boundsOf,
	boundsOfSome,
	PAN_LIMIT,
	fitTransform,
	toLayout,
	toScreen,
	visibleWindow,
	ZOOM,
	zoomAround
} from '$lib/scene/transform';

describe('boundsOfSome', () => {
	it('bounds only the nodes named, and nothing as an empty box', () => {
		const pos = [0, 0, 10, 20, 100, 100];
		expect(boundsOfSome(pos, [1, 2, 3], [1])).toEqual({ minX: 8, minY: 18, maxX: 12, maxY: 22 });
		expect(boundsOfSome(pos, [1, 2, 3], [0, 1])).toEqual(boundsOf([0, 0, 10, 20], [1, 2]));
		expect(boundsOfSome(pos, [1, 2, 3], [])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
	});
});

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

describe('the zoom range', () => {
	it('fits no smaller than a gesture can zoom, so a step out from a fit never zooms in', () => {
		const huge = { minX: 0, minY: 0, maxX: 1e6, maxY: 1e6 };
		const fitted = fitTransform(huge, 800, 600);
		expect(fitted.k).toBe(ZOOM.min);
		const out = zoomAround(fitted, 400, 300, 0.8);
		expect(out.k).toBeLessThanOrEqual(fitted.k);
		const between = { x: 0, y: 0, k: (ZOOM.min + 0.1) / 2 };
		expect(zoomAround(between, 0, 0, 0.8).k).toBeLessThan(between.k);
	});

	it('leaves a transform beyond the range where it is rather than jumping across it', () => {
		expect(zoomAround({ x: 0, y: 0, k: 0.01 }, 0, 0, 0.5).k).toBe(0.01);
		expect(zoomAround({ x: 0, y: 0, k: 0.01 }, 0, 0, 2).k).toBe(0.02);
		expect(zoomAround({ x: 0, y: 0, k: 20 }, 0, 0, 2).k).toBe(20);
		expect(zoomAround({ x: 0, y: 0, k: 20 }, 0, 0, 0.5).k).toBe(10);
	});
});

describe('toScreen and toLayout', () => {
	it('are each other’s inverse', () => {
		const t = { x: 120.5, y: -40, k: 1.7 };
		const s = toScreen(t, 33, -12);
		const back = toLayout(t, s.x, s.y);
		expect(back.x).toBeCloseTo(33, 9);
		expect(back.y).toBeCloseTo(-12, 9);
	});

	it('give the window of the layout a screen shows', () => {
		const w = visibleWindow({ x: 100, y: 50, k: 2 }, 800, 600, 10);
		expect(w).toEqual({ minX: -60, minY: -35, maxX: 360, maxY: 285 });
	});
});

describe('boundedTransform', () => {
	it('keeps a transform within the zoom range and the pan limit', () => {
		expect(boundedTransform({ x: 1e20, y: -1e20, k: 1 })).toEqual({
			x: PAN_LIMIT,
			y: -PAN_LIMIT,
			k: 1
		});
		expect(boundedTransform({ x: 0, y: 0, k: 1e300 })).toEqual({ x: 0, y: 0, k: ZOOM.max });
		expect(boundedTransform({ x: 0, y: 0, k: 1e-300 })).toEqual({ x: 0, y: 0, k: ZOOM.min });
		const t = { x: 12.5, y: -3, k: 1.5 };
		expect(boundedTransform(t)).toEqual(t);
	});

	it('refuses what is not a transform: NaN, infinities, a scale that is not positive', () => {
		for (const t of [
			{ x: NaN, y: 0, k: 1 },
			{ x: 0, y: Infinity, k: 1 },
			{ x: 0, y: 0, k: Infinity },
			{ x: 0, y: 0, k: 0 },
			{ x: 0, y: 0, k: -2 }
		])
			expect(boundedTransform(t)).toBeNull();
	});

	it('can still bring any point a file may hold to the screen, at any zoom', () => {
		expect(PAN_LIMIT).toBeGreaterThanOrEqual(ZOOM.max * MAX_COORDINATE + 4000);
	});

	it('puts every point a file may hold within ±2^31 pixels of the screen, for any transform', () => {
		const odd = fc.oneof(
			fc.double(),
			fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e20, 1e308, -1e308, 5e-324)
		);
		fc.assert(
			fc.property(
				odd,
				odd,
				odd,
				fc.double({ min: -MAX_COORDINATE, max: MAX_COORDINATE, noNaN: true }),
				(x, y, k, p) => {
					const t = boundedTransform({ x, y, k });
					if (t === null) return;
					const s = toScreen(t, p, -p);
					expect(Math.abs(s.x)).toBeLessThan(2 ** 31);
					expect(Math.abs(s.y)).toBeLessThan(2 ** 31);
					expect(t.k).toBeGreaterThanOrEqual(ZOOM.min);
					expect(t.k).toBeLessThanOrEqual(ZOOM.max);
				}
			),
			{ seed: 17, numRuns: 2000 }
		);
	});
});
