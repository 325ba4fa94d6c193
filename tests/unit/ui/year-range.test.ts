import { describe, expect, it } from 'vitest';
import {
	asFilter,
	clampYear,
	keyTarget,
	moveThumb,
	nearerThumb,
	PAGE_YEARS,
	percentOf,
	yearAt,
	type Range
} from '$lib/ui/year-range';
import { playFrames, resumeAt } from '$lib/ui/year-play';

const span: Range = [1991, 2007];

describe('the two-thumb year range', () => {
	it('clamps to whole years inside the span', () => {
		expect(clampYear(1980, span)).toBe(1991);
		expect(clampYear(2030, span)).toBe(2007);
		expect(clampYear(1995.6, span)).toBe(1996);
		expect(clampYear(Number.NaN, span)).toBe(1991);
	});

	it('never lets a thumb cross the other', () => {
		expect(moveThumb([1995, 2000], 0, 2003, span)).toEqual([2000, 2000]);
		expect(moveThumb([1995, 2000], 1, 1992, span)).toEqual([1995, 1995]);
		expect(moveThumb([1995, 2000], 0, 1993, span)).toEqual([1993, 2000]);
		expect(moveThumb([1995, 2000], 1, 2050, span)).toEqual([1995, 2007]);
		expect(moveThumb([1995, 2000], 0, 1900, span)).toEqual([1991, 2000]);
	});

	it('moves the nearer thumb, and from a tie the one that can travel towards the press', () => {
		expect(nearerThumb([1995, 2005], 1997)).toBe(0);
		expect(nearerThumb([1995, 2005], 2003)).toBe(1);
		expect(nearerThumb([2000, 2000], 1998)).toBe(0);
		expect(nearerThumb([2000, 2000], 2002)).toBe(1);
	});

	it('steps by keys as the ARIA slider pattern does, bounded by the other thumb', () => {
		const key = (k: string, range: Range, thumb: 0 | 1) =>
			moveThumb(range, thumb, keyTarget(k, range[thumb], span)!, span);
		expect(key('ArrowRight', [1995, 2000], 0)).toEqual([1996, 2000]);
		expect(key('ArrowUp', [1995, 2000], 1)).toEqual([1995, 2001]);
		expect(key('ArrowLeft', [1995, 2000], 1)).toEqual([1995, 1999]);
		expect(key('ArrowDown', [1995, 2000], 0)).toEqual([1994, 2000]);
		expect(key('PageUp', [1991, 2007], 0)).toEqual([1991 + PAGE_YEARS, 2007]);
		expect(key('PageDown', [1991, 2007], 1)).toEqual([1991, 2007 - PAGE_YEARS]);
		expect(key('PageUp', [1995, 1997], 0)).toEqual([1997, 1997]);
		expect(key('Home', [1995, 2000], 1)).toEqual([1995, 1995]);
		expect(key('End', [1995, 2000], 0)).toEqual([2000, 2000]);
		expect(key('Home', [1995, 2000], 0)).toEqual([1991, 2000]);
		expect(key('End', [1995, 2000], 1)).toEqual([1995, 2007]);
		expect(keyTarget('a', 1995, span)).toBeNull();
		expect(keyTarget('Tab', 1995, span)).toBeNull();
	});

	it('reads the year under the pointer along the track', () => {
		expect(yearAt(100, 100, 160, span)).toBe(1991);
		expect(yearAt(180, 100, 160, span)).toBe(1999);
		expect(yearAt(260, 100, 160, span)).toBe(2007);
		expect(yearAt(500, 100, 160, span)).toBe(2007);
		expect(yearAt(0, 100, 160, span)).toBe(1991);
		expect(yearAt(150, 100, 0, span)).toBe(1991);
		expect(percentOf(1999, span)).toBe(50);
		expect(percentOf(2000, [2000, 2000])).toBe(0);
	});

	it('is no filter when it covers the whole span', () => {
		expect(asFilter([1991, 2007], span)).toBeNull();
		expect(asFilter([1991, 2006], span)).toEqual([1991, 2006]);
	});
});

describe('Play', () => {
	it('widens from the first year when every year is shown', () => {
		const frames = playFrames(span, span);
		expect(frames).toHaveLength(17);
		expect(frames[0]).toEqual([1991, 1991]);
		expect(frames[1]).toEqual([1991, 1992]);
		expect(frames.at(-1)).toEqual([1991, 2007]);
	});

	it('slides a narrowed window from the start, keeping its width', () => {
		const frames = playFrames([2000, 2003], span);
		expect(frames[0]).toEqual([1991, 1994]);
		expect(frames[1]).toEqual([1992, 1995]);
		expect(frames.at(-1)).toEqual([2004, 2007]);
		expect(frames.every(([a, b]) => b - a === 3)).toBe(true);
	});

	it('resumes after a pause, and starts over after a change or at the end', () => {
		const frames = playFrames(span, span);
		expect(resumeAt(frames, [1991, 1995])).toBe(5);
		expect(resumeAt(frames, [1993, 1995])).toBe(0);
		expect(resumeAt(frames, [1991, 2007])).toBe(0);
	});
});
