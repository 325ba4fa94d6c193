import { describe, expect, it } from 'vitest';
import {
	dashVisible,
	drawsDash,
	edgeStride,
	inkShare,
	MOVING_EDGE_LIMIT,
	over
} from '$lib/render/canvas-draw';

const rgba = (r: number, g: number, b: number, a: number) =>
	((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

describe('over (source-over on one pixel)', () => {
	it('lets an opaque source win and keeps a source over nothing as it is', () => {
		expect(over(rgba(0, 0, 0, 255), rgba(10, 20, 30, 255))).toBe(rgba(10, 20, 30, 255));
		expect(over(0, rgba(10, 20, 30, 100))).toBe(rgba(10, 20, 30, 100));
	});
	it('mixes a half-transparent source with what is under it', () => {
		const out = over(rgba(0, 0, 0, 255), rgba(255, 255, 255, 128));
		expect(out >>> 24).toBe(255);
		expect(out & 255).toBeGreaterThanOrEqual(127);
		expect(out & 255).toBeLessThanOrEqual(129);
		// Two half-transparent layers make a more opaque one.
		expect(over(rgba(0, 0, 255, 128), rgba(255, 0, 0, 128)) >>> 24).toBe(192);
	});
});

describe('edgeStride (edges sampled while moving)', () => {
	it('draws every edge at rest and when there are few', () => {
		expect(edgeStride(50_000, false)).toBe(1);
		expect(edgeStride(MOVING_EDGE_LIMIT, true)).toBe(1);
	});
	it('samples down to the limit while the layout moves', () => {
		const stride = edgeStride(12_500, true);
		expect(Math.ceil(12_500 / stride)).toBeLessThanOrEqual(MOVING_EDGE_LIMIT);
		expect(Math.ceil(12_500 / (stride - 1))).toBeGreaterThan(MOVING_EDGE_LIMIT);
	});
});

describe('dashes the eye can see', () => {
	it('draws a dash pattern only when its period is a few device pixels or more', () => {
		// "5 4" repeats every 9 units: 0.33 px apart at scale 1/27, 3 px at 1/3.
		expect(dashVisible([5, 4], 1 / 27)).toBe(false);
		expect(dashVisible([5, 4], 1 / 3)).toBe(true);
		expect(dashVisible([5, 4], 2)).toBe(true);
		expect(dashVisible([], 2)).toBe(false);
		// An odd list repeats twice, as canvas and SVG both read it: "1" is 1 on, 1 off.
		expect(dashVisible([1], 1)).toBe(false);
		expect(dashVisible([1], 1.5)).toBe(true);
	});

	it('draws dashes only on a still picture', () => {
		expect(drawsDash([5, 4], 1, false)).toBe(true);
		expect(drawsDash([5, 4], 1, true)).toBe(false);
		expect(drawsDash([5, 4], 1 / 27, false)).toBe(false);
	});

	it('draws an unseen pattern solid at the share of the line it would ink', () => {
		expect(inkShare([5, 4])).toBeCloseTo(5 / 9);
		expect(inkShare([1])).toBe(0.5);
		expect(inkShare([2, 1, 1, 1])).toBeCloseTo(3 / 5);
		expect(inkShare([])).toBe(1);
		expect(inkShare([0, 0])).toBe(1);
	});
});
