// Pure arithmetic of the benchmark: medians, percentiles and animation-frame intervals.

/**
 * @typedef {{ n: number, median: number, p95: number, max: number }} IntervalStats
 */

/** The median of the finite numbers in `values`; null when there are none. */
export function median(/** @type {(number | null | undefined)[]} */ values) {
	const v = values
		.filter((x) => typeof x === 'number' && Number.isFinite(x))
		.map(Number)
		.sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = v.length >> 1;
	return v.length % 2 ? (v[mid] ?? null) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

/** The nearest-rank percentile `p` (0–100) of `values`; null for an empty list. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
	if (values.length === 0) return null;
	const v = [...values].sort((a, b) => a - b);
	return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))] ?? null;
}

/**
 * Intervals between animation frames that began in the window [from, to], plus the interval that
 * crosses `to`: a main thread blocked past the end of the window still counts, as one long interval.
 * When no frame came after `to` before the figures were read (the page was still blocked), `readAt`,
 * the moment they were read, closes that last interval. Null when the window holds no interval.
 *
 * @param {number[]} frames rAF timestamps, ascending (ms since navigation)
 * @param {number | null} from
 * @param {number | null} to
 * @param {number} [readAt]
 * @returns {IntervalStats | null}
 */
export function frameIntervals(frames, from, to, readAt) {
	if (from === null || to === null || !(to > from)) return null;
	const stamps = [];
	let closed = false;
	for (const t of frames) {
		if (t < from) continue;
		stamps.push(t);
		if (t > to) {
			closed = true;
			break;
		}
	}
	if (!closed && readAt !== undefined && readAt > to && stamps.length > 0) stamps.push(readAt);
	const intervals = [];
	for (let i = 1; i < stamps.length; i++)
		intervals.push(/** @type {number} */ (stamps[i]) - /** @type {number} */ (stamps[i - 1]));
	if (intervals.length === 0) return null;
	return {
		n: intervals.length,
		median: /** @type {number} */ (median(intervals)),
		p95: /** @type {number} */ (percentile(intervals, 95)),
		max: Math.max(...intervals)
	};
}

/** Rounds for the report: whole numbers from 100 up, one decimal below. */
export function round(/** @type {number | null | undefined} */ v) {
	if (typeof v !== 'number' || !Number.isFinite(v)) return null;
	return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10) / 10;
}
