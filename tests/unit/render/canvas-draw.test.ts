import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	blitSprite,
	dashVisible,
	drawsDash,
	edgeInk,
	edgeStride,
	inkShare,
	MOVING_EDGE_LIMIT,
	MOVING_INK_LIMIT,
	over,
	rowSpans
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

describe('over, on an opaque pixel (the integer path)', () => {
	const channel = (v: number, shift: number) => (v >>> shift) & 255;
	it('matches source-over computed in floating point to within one step', () => {
		fc.assert(
			fc.property(fc.nat(0xffffff), fc.nat(0xffffffff), (rgb, src) => {
				const dst = (0xff000000 | rgb) >>> 0;
				const out = over(dst, src);
				const a = (src >>> 24) / 255;
				expect(out >>> 24).toBe(255);
				for (const shift of [0, 8, 16])
					expect(
						Math.abs(
							channel(out, shift) - (channel(src, shift) * a + channel(dst, shift) * (1 - a))
						)
					).toBeLessThanOrEqual(0.5 + 1e-9);
			}),
			{ seed: 6, numRuns: 3000 }
		);
	});
});

describe('node pictures copied by inked span', () => {
	/** A picture with a random blob of ink, transparent elsewhere. */
	const picture = fc
		.record({
			size: fc.integer({ min: 1, max: 12 }),
			seed: fc.array(fc.nat(0xffffffff), { minLength: 144, maxLength: 144 })
		})
		.map(({ size, seed }) => {
			const px = new Uint32Array(size * size);
			for (let k = 0; k < px.length; k++) px[k] = seed[k]! % 3 === 0 ? 0 : seed[k]!;
			return { size, px };
		});

	it('finds the first and one past the last inked column of each row', () => {
		const px = new Uint32Array([0, rgba(1, 2, 3, 255), 0, rgba(1, 2, 3, 9), 0, 0, 0, 0, 0]);
		expect([...rowSpans(px, 3)]).toEqual([1, 2, 0, 1, 0, 0]);
	});

	it('composites exactly as visiting every pixel would, clipped at every edge', () => {
		fc.assert(
			fc.property(
				picture,
				fc.integer({ min: -14, max: 20 }),
				fc.integer({ min: -14, max: 14 }),
				({ size, px }, x0, y0) => {
					const W = 20,
						H = 10;
					const base = Uint32Array.from({ length: W * H }, (_, k) =>
						k % 4 ? rgba(k, 2 * k, 3, 255) : 0
					);
					const fast = base.slice();
					blitSprite(fast, W, H, px, rowSpans(px, size), size, x0, y0);
					const slow = base.slice();
					for (let y = 0; y < size; y++)
						for (let x = 0; x < size; x++) {
							const X = x0 + x,
								Y = y0 + y,
								v = px[y * size + x]!;
							if (X < 0 || Y < 0 || X >= W || Y >= H || !(v >>> 24)) continue;
							slow[Y * W + X] = v >>> 24 === 255 ? v : over(slow[Y * W + X]!, v);
						}
					expect(fast).toEqual(slow);
				}
			),
			{ seed: 6, numRuns: 500 }
		);
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
