/** `v` rounded to `digits` decimals, as written into SVG path data; never "-0". */
export function fixed(v: number, digits: number): string {
	const scale = 10 ** digits;
	const r = Math.round(v * scale) / scale;
	return String(r === 0 ? 0 : r);
}

/**
 * Numbers as written into an exported SVG: one decimal is plenty at screen and slide sizes, keeps
 * files small and makes the same input give the same bytes.
 */
export function oneDecimal(v: number): string {
	return fixed(v, 1);
}
