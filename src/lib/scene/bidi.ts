/**
 * Text direction for users' strings. A label may be Persian, may hold a bidirectional control
 * (U+202E reverses what follows it), or both; set beside other text (an edge's "source → relation →
 * target", a legend row, an accessible name), it must neither reorder its neighbours nor be
 * reordered by them. On screen a `<bdi>` isolates it; in plain text and in exported files,
 * FSI…PDI (U+2068…U+2069) do, each string taking its direction from its first strong letter.
 */

const FSI = '\u2068',
	PDI = '\u2069';

/**
 * Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko and their neighbours, presentation
 * forms, the right-to-left blocks past U+10000) and every bidirectional control. In a
 * left-to-right line, text without any of them reads the same isolated or not.
 */
const TURNS =
	/[\p{Bidi_Control}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const ISOLATES = /[\u2066-\u2069]/;

/**
 * The text with its isolates balanced: a PDI that closes nothing it opened is dropped (it would
 * close the isolate around the text, `<bdi>` included, and let an override after it reverse what
 * follows), and isolates it leaves open are closed at its end.
 */
export function balanced(text: string): string {
	if (!ISOLATES.test(text)) return text;
	let open = 0,
		out = '';
	for (const ch of text) {
		if (ch === PDI) {
			if (open === 0) continue;
			open--;
		} else if (ch >= '\u2066' && ch <= '\u2068') open++;
		out += ch;
	}
	return out + PDI.repeat(open);
}

/**
 * A user's string for plain text beside other text (an accessible name, an exported title, legend
 * row or description): FSI, the balanced text, PDI. Text with no right-to-left letter and no
 * control is left as it is: it reads the same, and the marks would only lengthen names and files.
 */
export function isolate(text: string): string {
	return TURNS.test(text) ? FSI + balanced(text) + PDI : text;
}
