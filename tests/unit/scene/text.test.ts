import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeLabelCandidate } from '$lib/scene/labels';
import { clipText, drawnLabel, LABEL_MAX, shownValue, PANEL_MAX } from '$lib/scene/text';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

afterEach(() => vi.restoreAllMocks());

/**
 * The longest text `f` hands to a regular expression or to JSON.stringify: the work that grows with
 * the input. Counted rather than timed, so the test says the same on a busy machine.
 */
function longestScanned(f: () => void): number {
	let longest = 0;
	const seen = (v: unknown) => {
		if (typeof v === 'string') longest = Math.max(longest, v.length);
	};
	const test = RegExp.prototype.test;
	const exec = RegExp.prototype.exec;
	const stringify = JSON.stringify;
	vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
		seen(s);
		return test.call(this, s);
	});
	vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, s: string) {
		seen(s);
		return exec.call(this, s);
	});
	vi.spyOn(JSON, 'stringify').mockImplementation((v: unknown) => {
		seen(v);
		return stringify(v);
	});
	f();
	vi.restoreAllMocks();
	return longest;
}

/** `items` behind a proxy that counts how many of them are read. */
function counted<T>(items: T[]): { list: T[]; reads: () => number } {
	let reads = 0;
	const list = new Proxy(items, {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
			return Reflect.get(target, key, receiver);
		}
	});
	return { list, reads: () => reads };
}

describe('clipText', () => {
	it('leaves text within the limit as it is', () => {
		expect(clipText('Baku', 4)).toBe('Baku');
		expect(clipText('', 4)).toBe('');
	});

	it('cuts longer text and ends it with an ellipsis', () => {
		expect(clipText('Iranian Culture House', 8)).toBe('Iranian…');
		expect(clipText('ab   cd', 4)).toBe('ab…');
	});

	it('never cuts a character written as two code units in half', () => {
		// 😀 is one character written as two code units.
		expect(clipText('a😀bc', 3)).toBe('a…');
		expect(clipText('a😀bc', 4)).toBe('a😀…');
	});

	it('never leaves a lone surrogate, whatever the text and the limit', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(40), (text, max) => {
				const out = clipText(text, max);
				expect(out).not.toMatch(LONE_SURROGATE);
				expect(out.length).toBeLessThanOrEqual(Math.max(max, 1));
			}),
			{ seed: 17, numRuns: 500 }
		);
	});
});

describe('drawnLabel', () => {
	it(`draws at most ${LABEL_MAX} characters of a label, however long it is, at once`, () => {
		const huge = 'L'.repeat(100_000_000);
		// As JSON.parse gives it: one flat string, not the rope repeat() builds.
		expect(huge.charCodeAt(1)).toBe(76);
		let out = '';
		expect(longestScanned(() => (out = drawnLabel(huge)))).toBeLessThanOrEqual(LABEL_MAX);
		expect(out).toHaveLength(LABEL_MAX);
		expect(out.endsWith('…')).toBe(true);
		expect(drawnLabel('Baku')).toBe('Baku');
	});

	it('is the text label placement measures, so a long label does not claim the whole screen', () => {
		const c = nodeLabelCandidate(
			{ id: 'a', label: 'x'.repeat(1_000_000) },
			0,
			0,
			5,
			{ x: 0, y: 0, k: 1 },
			1,
			{ emphasised: false, forceLabel: false }
		);
		expect(c.text).toBe(drawnLabel('x'.repeat(1_000_000)));
	});
});

describe('shownValue', () => {
	it('shows short text and small values whole, as JSON for what is not text', () => {
		expect(shownValue('Mashhad')).toEqual({ text: 'Mashhad' });
		expect(shownValue(12)).toEqual({ text: '12' });
		expect(shownValue(true)).toEqual({ text: 'true' });
		expect(shownValue(null)).toEqual({ text: 'null' });
		const value = { a: [1, 'two', { c: null }], 'b"': -0, n: '' };
		expect(shownValue(value)).toEqual({ text: JSON.stringify(value) });
		expect(shownValue([undefined, 1])).toEqual({ text: '[null,1]' });
	});

	it('cuts a long text and says how long it is in all', () => {
		const shown = shownValue('v'.repeat(30_000_000));
		expect(shown.text).toBe('v'.repeat(PANEL_MAX - 1) + '…');
		expect(shown.note).toBe('(30,000,000 characters in all)');
	});

	it('writes only the start of a huge list or object, at once', () => {
		const some = Array.from({ length: 3000 }, (_, i) => ({ i, name: `item ${i}` }));
		const cut = shownValue(some);
		expect(cut.text).toHaveLength(PANEL_MAX);
		expect(JSON.stringify(some).startsWith(cut.text.slice(0, -1))).toBe(true);
		expect(cut.note).toBe('(shortened)');
		const huge = counted(Array.from({ length: 3_000_000 }, (_, i) => i));
		let shown = shownValue(huge.list);
		expect(huge.reads()).toBeLessThanOrEqual(PANEL_MAX);
		expect(shown.text.length).toBeLessThanOrEqual(PANEL_MAX);
		const deep = { s: 'w'.repeat(10_000_000) + 'x' };
		expect(longestScanned(() => (shown = shownValue(deep)))).toBeLessThanOrEqual(PANEL_MAX);
		expect(shown.text.length).toBeLessThanOrEqual(PANEL_MAX);
	});
});
