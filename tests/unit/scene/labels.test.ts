import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '$lib/scene/labels';
import { nextInDirection } from '$lib/render/keyboard-nav';

const label = (
	id: string,
	x: number,
	y: number,
	priority: number,
	forced = false
): LabelCandidate => ({
	id,
	x,
	y,
	r: 5,
	text: 'A label of some length',
	priority,
	forced
});

describe('placeLabels', () => {
	it('shows every label when there is room', () => {
		expect(
			placeLabels([label('a', 0, 0, 1), label('b', 0, 100, 1), label('c', 400, 0, 1)])
		).toEqual(new Set(['a', 'b', 'c']));
	});

	it('hides the less important of two overlapping labels', () => {
		expect(placeLabels([label('low', 10, 4, 1), label('high', 0, 0, 5)])).toEqual(
			new Set(['high'])
		);
	});

	it('always shows forced labels', () => {
		expect(placeLabels([label('low', 10, 4, 1, true), label('high', 0, 0, 5)])).toEqual(
			new Set(['low'])
		);
	});

	it('is deterministic on ties', () => {
		expect(placeLabels([label('b', 0, 0, 1), label('a', 5, 0, 1)])).toEqual(new Set(['a']));
	});
});

describe('nextInDirection', () => {
	//   1
	// 2 0 3
	//   4
	const pos = [0, 0, 0, -10, -10, 0, 10, 1, 0, 10];
	it('moves to the nearest node in the arrow direction', () => {
		expect(nextInDirection(pos, 5, 0, 'ArrowUp')).toBe(1);
		expect(nextInDirection(pos, 5, 0, 'ArrowLeft')).toBe(2);
		expect(nextInDirection(pos, 5, 0, 'ArrowRight')).toBe(3);
		expect(nextInDirection(pos, 5, 0, 'ArrowDown')).toBe(4);
	});
	it('stays put when nothing lies that way or the key is not an arrow', () => {
		expect(nextInDirection(pos, 5, 1, 'ArrowUp')).toBe(1);
		expect(nextInDirection(pos, 5, 0, 'Enter')).toBe(0);
	});
});

describe('placeLabels far from the origin', () => {
	const at = (id: string, x: number, y: number, priority = 1): LabelCandidate => ({
		...label(id, x, y, priority),
		text: 'Baku'
	});

	it('places labels past 2^53 pixels, where adding 1 no longer changes a number', () => {
		// Before, the grid stepped from cell to cell with gx++ and never got past the first one.
		expect(placeLabels([at('a', 1e20, 0), at('b', -1e20, 3e20), at('c', 0, 0)])).toEqual(
			new Set(['a', 'b', 'c'])
		);
	});

	it('still keeps two labels that overlap out there apart, where the grid has run out', () => {
		for (const far of [1e12, -1e15])
			expect(
				placeLabels([at('low', far + 10, far), at('high', far, far, 5), at('next', far, far + 50)])
			).toEqual(new Set(['high', 'next']));
	});

	it('survives the largest numbers and non-finite ones', () => {
		const shown = placeLabels([
			at('max', Number.MAX_VALUE, -Number.MAX_VALUE),
			at('inf', Infinity, 0),
			at('nan', NaN, NaN),
			{ ...at('wide', 0, 0), r: 1e300 }
		]);
		expect(shown.has('max')).toBe(true);
	});

	it('checks a label wider than the grid against every other label, without a cell for each', () => {
		const wide = { ...at('wide', 0, 0, 9), text: 'w'.repeat(10_000_000) };
		const started = performance.now();
		const shown = placeLabels([wide, at('under', 5_000_000, 0), at('far', 0, 500)]);
		expect(performance.now() - started).toBeLessThan(100);
		expect(shown).toEqual(new Set(['wide', 'far']));
	});
});
