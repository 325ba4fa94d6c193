import { isolate } from '../../scene/bidi';
import { oneDecimal } from '../../scene/numbers';

/** An Arial-first stack: LibreOffice reads only the first family, Illustrator refuses a bare generic. */
export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Characters XML 1.0 forbids (controls, lone surrogates): one would make the whole file unreadable. */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** An attribute value: user strings are text, never markup. */
const escAttr = (s: string) =>
	s
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

/**
 * Text as XML character data (a `<text>`, the `<title>`, the `<desc>`): never markup, and isolated
 * (FSI…PDI, see scene/bidi.ts) when it holds right-to-left letters or bidi controls, so a Persian
 * label or a stray U+202E keeps its direction to itself wherever the file is opened.
 */
export const esc = (s: string) => escAttr(isolate(s));

/**
 * Presentation attributes; empty ones are left out, numbers rounded by `oneDecimal`. A dash array
 * comes from the scene with two decimals (the screen's); the file gets one, as every other number.
 */
export function attrs(a: Record<string, string | number | null | undefined>): string {
	return Object.entries(a)
		.filter(([, v]) => v !== null && v !== undefined && v !== '')
		.map(([k, v]) => {
			if (typeof v === 'number') return ` ${k}="${oneDecimal(v)}"`;
			const s = k === 'stroke-dasharray' ? roundDash(v as string) : (v as string);
			return ` ${k}="${escAttr(s)}"`;
		})
		.join('');
}

/** "7.5 3.125" → "7.5 3.1": each length of a dash array to one decimal. */
const roundDash = (dash: string) =>
	dash
		.split(/[ ,]+/)
		.map((d) => oneDecimal(Number(d)))
		.join(' ');

/** Font attributes written out in full: no `font:` shorthand, weights 400 or 700 only. */
export const font = (size: number, weight = 400) => ({
	'font-family': FONT_FAMILY,
	'font-size': size,
	'font-weight': weight
});

/** Moves every absolute coordinate pair of a shapePath by (dx, dy) and scales it by k. */
export function placePath(d: string, dx: number, dy: number, k: number): string {
	const n = oneDecimal;
	// Arcs ("A r,r 0 1,0 x,y") only occur in circles; handle them explicitly.
	return d.replace(/([MLA])([^MLAZ]+)/g, (_, cmd: string, args: string) => {
		const v = args.split(/[ ,]+/).filter(Boolean).map(Number);
		if (cmd === 'A') {
			const [rx, ry, rot, large, sweep, x, y] = v as [
				number,
				number,
				number,
				number,
				number,
				number,
				number
			];
			return `A${n(rx * k)},${n(ry * k)} ${rot} ${large},${sweep} ${n(dx + x * k)},${n(dy + y * k)}`;
		}
		return cmd + n(dx + v[0]! * k) + ',' + n(dy + v[1]! * k);
	});
}
