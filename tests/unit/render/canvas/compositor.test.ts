import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blitSprite, over, rowSpans } from '$lib/render/canvas/compositor';

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
