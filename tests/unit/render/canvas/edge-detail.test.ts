import { describe, expect, it } from 'vitest';
import {
	dashVisible,
	drawsDash,
	edgeInk,
	edgeStride,
	inkShare,
	MOVING_EDGE_LIMIT,
	MOVING_INK_LIMIT
} from '$lib/render/canvas/edge-detail';

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
	it('samples long lines harder: a moving frame inks about MOVING_INK_LIMIT device pixels', () => {
		// A layout's first moments: 4,000 edges across the screen, 600 px each.
		const stride = edgeStride(4000, true, 4000 * 600);
		expect(stride).toBe(Math.ceil((4000 * 600) / MOVING_INK_LIMIT));
		expect((4000 / stride) * 600).toBeLessThanOrEqual(MOVING_INK_LIMIT);
		expect(edgeStride(4000, false, 4000 * 600)).toBe(1);
		expect(edgeStride(4000, true, MOVING_INK_LIMIT)).toBe(1);
	});
	it('estimates the shown edges’ length on screen', () => {
		// 3,000 edges of length 5 (3-4-5), a third hidden, at 2 device pixels per unit.
		const positions = [0, 0, 3, 4];
		const ends = new Uint32Array(6000).map((_, k) => k % 2);
		const shown = new Uint8Array(3000).map((_, j) => (j % 3 === 2 ? 0 : 1));
		const ink = edgeInk(positions, ends, shown, 2, 2000);
		expect(ink).toBeGreaterThan(0.9 * 2000 * 10);
		expect(ink).toBeLessThan(1.1 * 2000 * 10);
		expect(edgeInk(positions, ends, new Uint8Array(3000), 2, 0)).toBe(0);
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
