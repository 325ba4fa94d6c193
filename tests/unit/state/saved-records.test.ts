import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { alignTo, fits, sameLayout, startOf } from '$lib/model/layout-snapshot';
import { LayoutSchema, LayoutWithIdsSchema } from '$lib/model/layout-snapshot-schema';
import { mayWrite, problemsOf, versionOf } from '$lib/state/saved-records';

const problems = (value: unknown) => {
	const checked = v.safeParse(LayoutSchema, value);
	return checked.success ? null : problemsOf(checked.issues);
};

describe('a saved layout, read back', () => {
	it('is a typed array or a list of numbers, with indices for pins', () => {
		expect(problems({ positions: Float64Array.of(0, 1, 2, 3), pinned: [1] })).toBeNull();
		expect(problems({ positions: [0, 1, 2, 3], pinned: [], ids: ['a', 'b'] })).toBeNull();
	});

	it.each([
		[
			{ positions: null, pinned: [] },
			'positions: positions must be numbers, an x and a y for each node'
		],
		[
			{ positions: [0, 1, 2], pinned: [] },
			'positions: positions must be numbers, an x and a y for each node'
		],
		[
			{ positions: [0, '1'], pinned: [] },
			'positions: positions must be numbers, an x and a y for each node'
		],
		[{ positions: [0, 1], pinned: 5 }, 'pinned: pinned must be a list of node indices'],
		[{ positions: [0, 1], pinned: [0.5] }, 'pinned.0: Invalid integer: Received 0.5'],
		[
			{ positions: [0, 1], pinned: [], ids: ['a', 'b'] },
			'ids must name one node for each position'
		],
		['a layout', 'Invalid type: Expected Object but received "a layout"']
	])('refuses %j: %s', (value, message) => {
		expect(problems(value)).toBe(message);
	});

	it('matched by id, must name its nodes', () => {
		expect(v.safeParse(LayoutWithIdsSchema, { positions: [0, 1], pinned: [] }).success).toBe(false);
		expect(
			v.safeParse(LayoutWithIdsSchema, { positions: [0, 1], pinned: [], ids: ['a'] }).success
		).toBe(true);
	});

	it('whatever is stored, either is refused or can be used without throwing', () => {
		const anything = fc.anything({
			withTypedArray: true,
			withSparseArray: true,
			withNullPrototype: true,
			withObjectString: true
		});
		const layoutish = fc.record(
			{
				positions: fc.oneof(
					anything,
					fc.array(fc.double()),
					fc.array(fc.double()).map((xs) => Float64Array.from(xs))
				),
				pinned: fc.oneof(anything, fc.array(fc.integer({ min: -2, max: 8 }))),
				ids: fc.oneof(anything, fc.array(fc.string(), { maxLength: 5 }))
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.oneof(anything, layoutish), (value) => {
				const checked = v.safeParse(LayoutSchema, value);
				if (!checked.success) return;
				const layout = checked.output;
				// As the import worker places a reopened network (placeAsSaved): "r is not iterable".
				for (const i of layout.pinned) expect(Number.isInteger(i) && i >= 0).toBe(true);
				expect(Array.from(layout.positions).every((x) => typeof x === 'number')).toBe(true);
				fits(layout, ['a', 'b']);
				startOf(layout);
				if (layout.ids) alignTo({ ...layout, ids: layout.ids }, ['a']);
			}),
			{ seed: 17, numRuns: 500 }
		);
	});
});

describe('sameLayout', () => {
	it('compares positions, ids and pins (in any order)', () => {
		const a = { positions: Float64Array.of(0, 1, 2, 3), pinned: [0, 1], ids: ['a', 'b'] };
		expect(sameLayout(a, { positions: [0, 1, 2, 3], pinned: [1, 0], ids: ['a', 'b'] })).toBe(true);
		expect(sameLayout(a, { ...a, positions: [0, 1, 2, 4] })).toBe(false);
		expect(sameLayout(a, { ...a, pinned: [0] })).toBe(false);
		expect(sameLayout(a, { ...a, ids: ['b', 'a'] })).toBe(false);
	});
});

describe('who may write a record', () => {
	const mine = { kind: 'opened', tab: 'me', n: 4 };
	const theirs = { kind: 'opened', tab: 'them', n: 9 };
	it('the tab that wrote it last', () => {
		expect(mayWrite(mine, versionOf(theirs), 'me')).toBe(true);
	});
	it('a tab that read it as it is', () => {
		expect(mayWrite(theirs, versionOf(theirs), 'me')).toBe(true);
		// Records of earlier versions name no one: they are as read if they were read.
		expect(mayWrite({ kind: 'opened' }, versionOf({ kind: 'opened' }), 'me')).toBe(true);
	});
	it('not a tab that read it before another tab wrote it', () => {
		expect(mayWrite(theirs, versionOf({ ...theirs, n: 8 }), 'me')).toBe(false);
		expect(mayWrite(theirs, null, 'me')).toBe(false);
	});
	it('a record that is not there, by any tab: nothing is overwritten', () => {
		expect(mayWrite(undefined, null, 'me')).toBe(true);
		expect(mayWrite(undefined, versionOf(theirs), 'me')).toBe(true);
	});
});
