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
