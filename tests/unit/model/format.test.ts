import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCitation, formatEventDate, formatPeriod } from '$lib/model';
import { grouped } from '$lib/model/format';

describe('formatPeriod', () => {
	it('writes open and closed periods', () => {
		expect(formatPeriod({ from: 1991, to: 1999 })).toBe('1991–1999');
		expect(formatPeriod({ from: 1999 })).toBe('from 1999');
		expect(formatPeriod({ to: 1996 })).toBe('until 1996');
		expect(formatPeriod({ from: 2007, to: 2007 })).toBe('2007');
		expect(formatPeriod(undefined)).toBe('');
	});
});

describe('formatCitation', () => {
	const sources = [
		{
			id: 's',
			title: 'Azerbaijan - Iran Relations',
			publisher: 'GlobalSecurity.org',
			date: '2013-11-14'
		}
	];
	it('names publisher, title and year, with the locator apart', () => {
		expect(formatCitation({ source: 's', locator: '¶9' }, sources)).toEqual({
			work: 'GlobalSecurity.org, ‘Azerbaijan - Iran Relations’ (2013)',
			locator: '¶9'
		});
	});
	it('falls back to the id of an unknown source', () => {
		expect(formatCitation({ source: 'x' }, sources)).toEqual({ work: 'x', locator: '' });
	});
	it('links a source only by an http(s) address', () => {
		const at = (url: string) =>
			formatCitation({ source: 's' }, [{ ...sources[0]!, url }]).url ?? null;
		expect(at('https://www.globalsecurity.org/military/world/iran/azerbaijan.htm')).toBe(
			'https://www.globalsecurity.org/military/world/iran/azerbaijan.htm'
		);
		expect(at('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
		for (const bad of [
			'javascript:alert(1)',
			' JavaScript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'//example.org/x',
			'/relative/path',
			'not a url'
		])
			expect(at(bad)).toBeNull();
	});
});

describe('formatEventDate', () => {
	it('reads year, month and day precision', () => {
		expect(formatEventDate('1991')).toBe('1991');
		expect(formatEventDate('1992-02')).toBe('Feb 1992');
		expect(formatEventDate('2007-04-04')).toBe('4 Apr 2007');
	});
});

describe('grouped', () => {
	const intl = new Intl.NumberFormat('en');
	it('writes counts and seconds as Intl does in English', () => {
		expect(grouped(5000)).toBe('5,000');
		expect(grouped(1234567)).toBe('1,234,567');
		expect(grouped(0.75)).toBe('0.75');
		expect(grouped(6.1334)).toBe('6.133');
		expect(grouped(999.9996)).toBe('1,000');
		expect(grouped(-1500.5)).toBe('-1,500.5');
		expect(grouped(0)).toBe('0');
	});
	it('agrees with Intl.NumberFormat("en") on any count and any time in seconds', () => {
		fc.assert(
			fc.property(fc.nat(), (n) => grouped(n) === intl.format(n)),
			{ seed: 6, numRuns: 2000 }
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10_000_000 }),
				(ms) => grouped(ms / 1000) === intl.format(ms / 1000)
			),
			{ seed: 6, numRuns: 2000 }
		);
	});
});
