/**
 * The arithmetic of the two-thumb year range: where a thumb may go, what a key or a pointer asks
 * for, and what Play shows. No DOM here, so every rule is unit-tested.
 */

export type Range = readonly [number, number];
/** 0 is the "From" thumb, 1 the "To" thumb. */
export type Thumb = 0 | 1;

/** A key press on a thumb moves it this many years at a time with Page Up / Page Down. */
export const PAGE_YEARS = 5;

/** A whole year within the span. */
export function clampYear(value: number, span: Range): number {
	const year = Math.round(value);
	return Math.min(span[1], Math.max(span[0], Number.isFinite(year) ? year : span[0]));
}

/** The range with one thumb moved to `value`: clamped to the span, never past the other thumb. */
export function moveThumb(
	range: Range,
	thumb: Thumb,
	value: number,
	span: Range
): [number, number] {
	const year = clampYear(value, span);
	return thumb === 0 ? [Math.min(year, range[1]), range[1]] : [range[0], Math.max(year, range[0])];
}

/**
 * The thumb a press at `value` should move: the nearer one. When both sit on one year, the one
 * that can travel towards the press (From to the left, To to the right).
 */
export function nearerThumb(range: Range, value: number): Thumb {
	if (range[0] === range[1]) return value < range[0] ? 0 : 1;
	return Math.abs(value - range[0]) <= Math.abs(value - range[1]) ? 0 : 1;
}

/**
 * Where a key sends a thumb now at `current`, as the ARIA slider pattern has it, or null for a key
 * the slider does not use. The other thumb bounds it (see moveThumb).
 */
export function keyTarget(key: string, current: number, span: Range): number | null {
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return current - 1;
		case 'ArrowRight':
		case 'ArrowUp':
			return current + 1;
		case 'PageDown':
			return current - PAGE_YEARS;
		case 'PageUp':
			return current + PAGE_YEARS;
		case 'Home':
			return span[0];
		case 'End':
			return span[1];
		default:
			return null;
	}
}

/** The year under a pointer at `x` on a track from `left` that is `width` wide. */
export function yearAt(x: number, left: number, width: number, span: Range): number {
	if (width <= 0) return span[0];
	return clampYear(span[0] + ((x - left) / width) * (span[1] - span[0]), span);
}

/** A year's place along the track, 0 to 100. */
export function percentOf(year: number, span: Range): number {
	return span[1] === span[0] ? 0 : ((year - span[0]) / (span[1] - span[0])) * 100;
}

/** The view's filter for a range: the whole span is no filter at all, so the URL stays clean. */
export function asFilter(range: Range, span: Range): [number, number] | null {
	return range[0] <= span[0] && range[1] >= span[1] ? null : [range[0], range[1]];
}
