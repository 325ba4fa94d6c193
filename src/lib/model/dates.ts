import type { PartialDate } from './types.ts';

/** The year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function yearOf(date: PartialDate): number {
	return Number(date.slice(0, 4));
}

/**
 * Whether `a` is surely earlier than `b`. Dates of different precision compare on what both give:
 * "2007" is not earlier than "2007-04", nor later.
 */
export function surelyBefore(a: PartialDate, b: PartialDate): boolean {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n) < b.slice(0, n);
}
