/**
 * How wide a label is, without a DOM: advance widths of Arial (and of Liberation Sans, which shares
 * its metrics), the first font of the export's stack and the usual fallback on screen. The screen
 * measures its own font when it can (render/text-measure.ts); the exporter and the server use this.
 */

// Widths of the printable ASCII characters, U+0020 to U+007E, in thousandths of an em.
// prettier-ignore
const ASCII = [
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];

/** Bold text runs this much wider than regular, on average over letters. */
const BOLD = 1.08;

/** A character outside ASCII: Latin letters with accents are near the average, CJK a full em. */
function otherWidth(code: number): number {
	if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00))
		return code >= 0xd800 && code <= 0xdfff ? 500 : 1000;
	if (code === 0x2026) return 1000; // the ellipsis that ends a cut label
	return 580;
}

/** Characters measured one by one; past them, a text is taken to go on as it started. */
const MEASURED = 256;

/** The advance width of `text` at `fontSize` pixels, in pixels; O(1) however long the text. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	const n = Math.min(text.length, MEASURED);
	let units = 0;
	for (let i = 0; i < n; i++) {
		const code = text.charCodeAt(i);
		units += code >= 0x20 && code <= 0x7e ? ASCII[code - 0x20]! : otherWidth(code);
	}
	if (text.length > n) units *= text.length / n;
	return (units / 1000) * fontSize * (bold ? BOLD : 1);
}
