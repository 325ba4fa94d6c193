import { describe, expect, it } from 'vitest';
import {
	clearInsets,
	clearlyVisible,
	clearRect,
	fitClear,
	FIT_MARGIN,
	OVERLAY_GAP,
	revealTransform,
	type Rect
} from '$lib/scene/clear-area';
import { fitTransform, insetsOf, toScreen, type Bounds } from '$lib/scene/transform';

const NO_MARGIN = insetsOf(0);
/** A wide network, twice as wide as tall. */
const wide: Bounds = { minX: -200, minY: -100, maxX: 200, maxY: 100 };
/** The four corners of `b` on screen under the fit `f`. */
function corners(b: Bounds, f: { x: number; y: number; k: number }) {
	return [
		toScreen(f, b.minX, b.minY),
		toScreen(f, b.maxX, b.minY),
		toScreen(f, b.minX, b.maxY),
		toScreen(f, b.maxX, b.maxY)
	];
}
const inside = (p: { x: number; y: number }, r: Rect) =>
	p.x >= r.x - 1e-9 &&
	p.x <= r.x + r.width + 1e-9 &&
	p.y >= r.y - 1e-9 &&
	p.y <= r.y + r.height + 1e-9;
const touches = (p: { x: number; y: number }, o: Rect) =>
	p.x > o.x && p.x < o.x + o.width && p.y > o.y && p.y < o.y + o.height;

describe('fitTransform with insets', () => {
	it('centres the bounds in what the insets leave', () => {
		const f = fitTransform(wide, 1000, 600, { top: 50, right: 100, bottom: 50, left: 100 });
		// 800 × 500 clear: width binds, k = 2; the box spans x 100..900, centred at y 300.
		expect(f.k).toBe(2);
		expect(toScreen(f, wide.minX, 0).x).toBe(100);
		expect(toScreen(f, wide.maxX, 0).x).toBe(900);
		expect(toScreen(f, 0, 0).y).toBe(300);
	});
	it('is the old fit when every side has the same padding', () => {
		expect(fitTransform(wide, 800, 600, insetsOf(40))).toEqual(fitTransform(wide, 800, 600, 40));
	});
});

describe('clearInsets', () => {
	// A legend in the bottom left corner, zoom buttons in the top right, as on the page.
	const legend: Rect = { x: 12, y: 300, width: 240, height: 290 };
	const zoom: Rect = { x: 800, y: 12, width: 180, height: 34 };

	it('leaves the whole area when nothing lies over it', () => {
		expect(clearInsets(wide, 1000, 600, [], NO_MARGIN)).toEqual(insetsOf(0));
		// An overlay outside the area (the side panel beside it) counts for nothing.
		expect(clearInsets(wide, 1000, 600, [{ x: 1000, y: 0, width: 300, height: 600 }])).toEqual(
			insetsOf(0)
		);
	});

	it('steps around each overlay from the side that keeps the network largest', () => {
		const ins = clearInsets(wide, 1000, 600, [legend, zoom], NO_MARGIN);
		// The zoom buttons are short: going below them costs 54 px of height, not 208 of width.
		expect(ins.top).toBe(zoom.y + zoom.height + OVERLAY_GAP);
		// A wide network loses less by giving up the legend's height than its width… unless the
		// height binds: check the choice is the best of the two directly.
		const fromLeft = fitTransform(wide, 1000, 600, { ...ins, bottom: 0, left: 260 });
		const fromBelow = fitTransform(wide, 1000, 600, { ...ins, left: 0, bottom: 600 - 300 + 8 });
		const chosen = fitTransform(wide, 1000, 600, ins);
		expect(chosen.k).toBeCloseTo(Math.max(fromLeft.k, fromBelow.k), 9);
	});

	it('gives up height for a tall network and width for a wide one', () => {
		const tall: Bounds = { minX: -50, minY: -300, maxX: 50, maxY: 300 };
		const box: Rect = { x: 0, y: 400, width: 300, height: 200 };
		const t = clearInsets(tall, 1000, 600, [box], NO_MARGIN);
		expect(t.left).toBe(308);
		expect(t.bottom).toBe(0);
		const flat: Bounds = { minX: -500, minY: -20, maxX: 500, maxY: 20 };
		const f = clearInsets(flat, 1000, 600, [box], NO_MARGIN);
		expect(f.bottom).toBe(208);
		expect(f.left).toBe(0);
	});

	it('keeps a full-width sheet below the network', () => {
		const sheet: Rect = { x: 0, y: 400, width: 390, height: 400 };
		expect(clearInsets(wide, 390, 800, [sheet], NO_MARGIN)).toEqual({
			top: 0,
			right: 0,
			bottom: 408,
			left: 0
		});
	});
});

describe('fitClear', () => {
	it('puts no part of the network under an overlay, with the margin to spare', () => {
		const overlays: Rect[] = [
			{ x: 12, y: 420, width: 240, height: 260 },
			{ x: 700, y: 12, width: 180, height: 34 }
		];
		for (const [w, h] of [
			[900, 700],
			[1100, 800],
			[390, 700]
		] as const) {
			const f = fitClear(wide, w, h, overlays);
			const clear = clearRect(w, h, clearInsets(wide, w, h, overlays));
			const room = {
				x: clear.x + FIT_MARGIN.left,
				y: clear.y + FIT_MARGIN.top,
				width: clear.width - FIT_MARGIN.left - FIT_MARGIN.right,
				height: clear.height - FIT_MARGIN.top - FIT_MARGIN.bottom
			};
			for (const c of corners(wide, f)) {
				expect(inside(c, room)).toBe(true);
				for (const o of overlays) expect(touches(c, o)).toBe(false);
			}
		}
	});

	it('draws the network larger once an overlay shrinks (a legend folded)', () => {
		const open = fitClear(wide, 700, 500, [{ x: 12, y: 200, width: 240, height: 290 }]);
		const folded = fitClear(wide, 700, 500, [{ x: 12, y: 450, width: 80, height: 30 }]);
		expect(folded.k).toBeGreaterThan(open.k);
	});
});

describe('revealing a node', () => {
	const t = { x: 0, y: 0, k: 1 };
	const legend: Rect = { x: 0, y: 300, width: 200, height: 200 };
	const clear: Rect = { x: 208, y: 0, width: 592, height: 500 };

	it('leaves a node in plain sight where it is', () => {
		expect(clearlyVisible(t, 400, 200, 10, 800, 500, [legend])).toBe(true);
		expect(revealTransform(t, 400, 200, 10, 800, 500, [legend], clear)).toBeNull();
	});

	it('brings a node under an overlay to the middle of the clear area, at the same zoom', () => {
		const to = revealTransform(t, 100, 400, 10, 800, 500, [legend], clear)!;
		expect(to.k).toBe(1);
		expect(toScreen(to, 100, 400)).toEqual({ x: 504, y: 250 });
	});

	it('counts a node whose edge only reaches under an overlay as hidden', () => {
		// Centre 6 px right of the legend, radius 10: part of it is under the legend.
		expect(clearlyVisible(t, 206, 400, 10, 800, 500, [legend])).toBe(false);
		expect(clearlyVisible(t, 230, 400, 10, 800, 500, [legend])).toBe(true);
	});

	it('brings in a node off screen, or cut by the edge', () => {
		const zoomed = { x: -1000, y: 0, k: 2 };
		expect(revealTransform(zoomed, 100, 100, 5, 800, 500, [], clear)).not.toBeNull();
		expect(clearlyVisible(t, 795, 100, 10, 800, 500, [])).toBe(false);
		const to = revealTransform(zoomed, 100, 100, 5, 800, 500, [], clear)!;
		expect(clearlyVisible(to, 100, 100, 5, 800, 500, [legend])).toBe(true);
	});
});
