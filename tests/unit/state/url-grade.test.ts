import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, gradeFloor } from '$lib/state/url';
import { DEFAULT_VIEW } from '$lib/state/view-snapshot';

const known = { nodes: new Set<string>(), edges: new Set<string>() };

describe('the grade floor in the URL', () => {
	it('round-trips a floor as grade=B3, and leaves it out when none', () => {
		const v = { ...DEFAULT_VIEW, grade: { reliability: 'B' as const, credibility: 3 as const } };
		const p = encodeView(v);
		expect(p.get('grade')).toBe('B3');
		expect(decodeView(p, known).grade).toEqual({ reliability: 'B', credibility: 3 });
		expect(encodeView(DEFAULT_VIEW).has('grade')).toBe(false);
		expect(encodeView({ ...DEFAULT_VIEW, grade: { credibility: 2 } }).get('grade')).toBe('2');
	});

	it('keeps stated=1 beside it, each meaning its own thing', () => {
		const p = new URLSearchParams('stated=1&grade=C');
		const v = decodeView(p, known);
		expect(v.statedOnly).toBe(true);
		expect(v.grade).toEqual({ reliability: 'C' });
	});

	it('ignores a floor that is no grade', () => {
		for (const bad of ['G', 'F', '6', 'B9', 'b2', '3B', 'AA']) expect(gradeFloor(bad)).toEqual({});
		expect(decodeView(new URLSearchParams('grade=Z'), known).grade).toBeUndefined();
	});
});
