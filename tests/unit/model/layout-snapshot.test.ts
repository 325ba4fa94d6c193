import { describe, expect, it } from 'vitest';
import {
	alignTo,
	fits,
	fromKeyed,
	snapshotOf,
	startOf,
	toKeyed,
	type LayoutWithIds
} from '$lib/model/layout-snapshot';

const kept: LayoutWithIds = {
	positions: Float64Array.of(1, 2, 3, 4, 5, 6),
	pinned: [0, 2],
	ids: ['a', 'b', 'c']
};

describe('LayoutSnapshot', () => {
	it('is a copy of the picture, naming its nodes only when asked', () => {
		const positions = Float64Array.of(1, 2, 3, 4);
		const layout = snapshotOf(positions, new Set([1]));
		positions[0] = 99;
		expect(layout).toEqual({ positions: Float64Array.of(1, 2, 3, 4), pinned: [1] });
		expect('ids' in layout).toBe(false);
		expect(snapshotOf([0, 0], [], ['x']).ids).toEqual(['x']);
	});

	it('gives each node its starting position', () => {
		expect(startOf({ positions: [1, 2, 3, 4], pinned: [] })).toEqual([
			{ x: 1, y: 2 },
			{ x: 3, y: 4 }
		]);
	});

	it('fits only the nodes it was made for', () => {
		expect(fits(kept, ['a', 'b', 'c'])).toBe(true);
		expect(fits(kept, ['a', 'c', 'b'])).toBe(false);
		expect(fits(kept, ['a', 'b'])).toBe(false);
		expect(fits({ positions: [1, 2, 3, 4], pinned: [] }, ['p', 'q'])).toBe(true);
		expect(fits({ positions: [1, 2, 3, NaN], pinned: [] }, ['p', 'q'])).toBe(false);
	});

	it('is matched to another order by id, dropping nodes and pins that are gone', () => {
		expect(alignTo(kept, ['c', 'a'])).toEqual({
			positions: Float64Array.of(5, 6, 1, 2),
			pinned: [1, 0],
			ids: ['c', 'a']
		});
		// A node without a position: the layout does not fit.
		expect(alignTo(kept, ['a', 'new'])).toBeNull();
	});

	it('is stored keyed by id and read back the same', () => {
		const keyed = toKeyed(kept);
		expect(keyed).toEqual({
			pins: ['a', 'c'],
			positions: { a: [1, 2], b: [3, 4], c: [5, 6] }
		});
		expect(fromKeyed(keyed)).toEqual(kept);
		// Pins of nodes without a position are dropped.
		expect(fromKeyed({ pins: ['b', 'ghost'], positions: { b: [0, 1] } }).pinned).toEqual([0]);
	});
});
