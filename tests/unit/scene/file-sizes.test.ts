import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '$lib/model';
import { FILE_RADIUS, fileRadii as radii } from '$lib/scene/file-sizes';
import { sizeOf } from '$lib/clusters/file-sizes-known';
import type { Dataset } from '$lib/model';

const fileRadii = (d: Dataset) => radii(d, sizeOf);

const net = (nodes: Record<string, unknown>[]) => loadDataset({ nodes }).dataset;

describe('sizes from the file', () => {
	it('maps the smallest to MIN and the largest to MAX, area in proportion between', () => {
		const r = fileRadii(
			net([{ id: 'a', size: 10 }, { id: 'b', size: 50 }, { id: 'c', size: 30 }, { id: 'd' }])
		)!;
		expect(r.get('a')).toBe(FILE_RADIUS.MIN);
		expect(r.get('b')).toBe(FILE_RADIUS.MAX);
		expect(r.get('c')).toBeCloseTo(
			FILE_RADIUS.MIN + (FILE_RADIUS.MAX - FILE_RADIUS.MIN) * Math.sqrt(0.5),
			9
		);
		expect(r.get('d')).toBe(FILE_RADIUS.MIN);
		expect(
			fileRadii(
				net([
					{ id: 'a', size: '7' },
					{ id: 'b', size: 7 }
				])
			)!.get('a')
		).toBe(FILE_RADIUS.EQUAL);
		expect(fileRadii(net([{ id: 'a' }, { id: 'b', size: 'big' }]))).toBeNull();
	});

	it('keeps the order of sizes; on placed nodes the largest is 0.7 of the typical gap across', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						size: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
						x: fc.double({ min: -1000, max: 1000, noNaN: true }),
						y: fc.double({ min: -1000, max: 1000, noNaN: true })
					}),
					{ minLength: 2, maxLength: 40 }
				),
				(items) => {
					const dataset = net(items.map((it, i) => ({ id: `n${i}`, ...it })));
					const r = fileRadii(dataset)!;
					items.forEach((a, i) =>
						items.forEach((b, j) => {
							if (a.size < b.size) expect(r.get(`n${i}`)!).toBeLessThanOrEqual(r.get(`n${j}`)!);
						})
					);
					const xs = items.map((p) => p.x),
						ys = items.map((p) => p.y);
					const w = Math.max(...xs) - Math.min(...xs),
						h = Math.max(...ys) - Math.min(...ys);
					const spacing =
						w > 0 && h > 0
							? Math.sqrt((w * h) / items.length)
							: Math.max(w, h) / (items.length - 1);
					const widest = 2 * Math.max(...r.values());
					const equal = items.every((it) => it.size === items[0]!.size);
					if (spacing > 0 && !equal) expect(widest).toBeCloseTo(0.7 * spacing, 6);
					if (spacing > 0) expect(widest).toBeLessThanOrEqual(0.7 * spacing * (1 + 1e-9));
					else expect(Math.max(...r.values())).toBeLessThanOrEqual(FILE_RADIUS.MAX);
				}
			),
			{ seed: 20240505, numRuns: 200 }
		);
	});
});
