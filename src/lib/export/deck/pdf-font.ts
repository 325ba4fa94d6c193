import type { jsPDF } from 'jspdf';
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import oblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import boldOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf?url';

/**
 * The PDF's standard fonts draw only Windows-1252 (WinAnsi) text: an Azerbaijani "ə", a Persian or
 * a Cyrillic label would come out as nothing or as garbage. A text that needs more is set in
 * DejaVu Sans (Latin, Cyrillic, Greek, Arabic and Persian, under the Bitstream Vera licence),
 * embedded by jsPDF with only the glyphs used. The font files load only for a deck that has such
 * text, and only in the styles it uses: a deck in plain Latin stays as small as before.
 */

/** The family name the marked texts are set in. */
export const UNICODE_FAMILY = 'DejaVuSans';

export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

const FILES: Record<FontStyle, string> = {
	normal: regular,
	bold,
	italic: oblique,
	bolditalic: boldOblique
};

/** Windows-1252's letters and signs between 0x80 and 0x9f; the rest of it is Latin-1. */
const WIN_ANSI_HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Whether `text` holds a character the standard fonts cannot draw. */
export function needsUnicodeFont(text: string): boolean {
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if ((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || c === 0x09 || c === 0x0a) continue;
		if (!WIN_ANSI_HIGH.includes(ch)) return true;
	}
	return false;
}

/** An attribute as the element inherits it (the profile uses presentation attributes only). */
function inherited(el: Element, name: string): string | null {
	for (let at: Node | null = el; at && at.nodeType === 1; at = at.parentNode) {
		const v = (at as Element).getAttribute(name);
		if (v) return v;
	}
	return null;
}

/**
 * Sets every `<text>` of `roots` that the standard fonts cannot draw in DejaVu Sans, its weight
 * made plain bold or regular (the styles the font has); answers the styles used.
 */
export function markUnicodeText(roots: readonly Element[]): Set<FontStyle> {
	const used = new Set<FontStyle>();
	for (const root of roots)
		for (const text of Array.from(root.getElementsByTagName('text'))) {
			if (!needsUnicodeFont(text.textContent ?? '')) continue;
			for (const el of [text, ...Array.from(text.getElementsByTagName('tspan'))]) {
				const weight = inherited(el, 'font-weight') ?? '400';
				const heavy = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
				const italic = /italic|oblique/.test(inherited(el, 'font-style') ?? '');
				el.setAttribute('font-family', UNICODE_FAMILY);
				el.setAttribute('font-weight', heavy ? '700' : '400');
				if (italic) el.setAttribute('font-style', 'italic');
				used.add(heavy ? (italic ? 'bolditalic' : 'bold') : italic ? 'italic' : 'normal');
			}
		}
	return used;
}

/** Bytes as base64, which jsPDF's file store takes, in slices small enough for the call stack. */
function base64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

/** Loads the DejaVu Sans files for `styles` and adds them to `doc`. */
export async function addUnicodeFonts(
	doc: jsPDF,
	styles: ReadonlySet<FontStyle>,
	load: (url: string) => Promise<ArrayBuffer> = async (url) => {
		const r = await fetch(url);
		if (!r.ok) throw new Error(`The PDF's font (${url}) could not be loaded: ${r.status}.`);
		return r.arrayBuffer();
	}
): Promise<void> {
	await Promise.all(
		[...styles].map(async (style) => {
			const name = `${UNICODE_FAMILY}-${style}.ttf`;
			doc.addFileToVFS(name, base64(new Uint8Array(await load(FILES[style]))));
			doc.addFont(name, UNICODE_FAMILY, style);
		})
	);
}
