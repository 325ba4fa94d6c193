import type { DeckPage } from './pages';
import { addUnicodeFonts, markUnicodeText } from './pdf-font';

/** Pixels (96 per inch) to points (72 per inch). */
const PT = 72 / 96;

/**
 * The deck as a PDF: one vector page per slide, its text real text that can be searched and
 * copied. jsPDF and svg2pdf.js load only here; the SVG is parsed with the browser's DOMParser.
 */
export async function writePdf(
	pages: readonly DeckPage[],
	meta: { title: string; subject?: string }
): Promise<Uint8Array> {
	const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
	const size = (p: DeckPage): [number, number] => [p.width * PT, p.height * PT];
	const first = pages[0];
	const doc = new jsPDF({
		orientation: 'landscape',
		unit: 'pt',
		format: first ? size(first) : [1440, 810],
		compress: true
	});
	doc.setProperties({ title: meta.title, subject: meta.subject ?? '', creator: 'Influence Map' });
	const parser = new DOMParser();
	const svgs = pages.map((p) => parser.parseFromString(p.svg, 'image/svg+xml').documentElement);
	// Text beyond the standard fonts is set in an embedded font, loaded only then.
	const styles = markUnicodeText(svgs);
	if (styles.size > 0) await addUnicodeFonts(doc, styles);
	for (const [i, page] of pages.entries()) {
		const [w, h] = size(page);
		if (i > 0) doc.addPage([w, h], w >= h ? 'landscape' : 'portrait');
		await svg2pdf(svgs[i]!, doc, { x: 0, y: 0, width: w, height: h });
	}
	return new Uint8Array(doc.output('arraybuffer'));
}
