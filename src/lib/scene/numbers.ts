/**
 * Numbers as written into SVG: one decimal is plenty at screen and slide sizes, keeps files small
 * and makes the same input give the same bytes; never "-0".
 */
export function oneDecimal(v: number): string {
	const r = Math.round(v * 10) / 10;
	return String(r === 0 ? 0 : r);
}
