import { base64, type DeckPage } from './pages';
import { splitText, type XmlTools } from './svg-text';

/** A 16:9 slide is 13⅓ × 7½ inches; other pages keep their proportions at that width. */
const WIDTH_IN = 13.333;
/** Where Arial's baseline lies below the top of a line, and a line's height, in ems. */
const ASCENT = 0.92;
const LINE = 1.25;

/**
 * The deck as a PowerPoint file. Each slide is its page: the picture (the page's SVG without its
 * letters, which PowerPoint draws as vectors, with a PNG for readers that cannot) under the page's
 * text as the slide's own text boxes, at the same places and sizes, so titles, captions and labels
 * can be searched, copied and edited in PowerPoint, Impress and Keynote. The slide's notes are its
 * speaker notes. pptxgenjs loads only here.
 */
export async function writePptx(
	pages: readonly DeckPage[],
	meta: { title: string; subject?: string },
	xml: XmlTools
): Promise<Uint8Array> {
	const { default: PptxGenJS } = await import('pptxgenjs');
	const pptx = new PptxGenJS();
	const first = pages[0];
	const ratio = first ? first.height / first.width : 9 / 16;
	pptx.defineLayout({ name: 'DECK', width: WIDTH_IN, height: WIDTH_IN * ratio });
	pptx.layout = 'DECK';
	pptx.title = meta.title;
	if (meta.subject) pptx.subject = meta.subject;
	pptx.company = 'Influence Map';
	for (const page of pages) {
		const slide = pptx.addSlide();
		const inch = WIDTH_IN / page.width;
		const { picture, runs } = splitText(page.svg, xml);
		slide.addImage({
			data: `data:image/svg+xml;base64,${base64(picture)}`,
			x: 0,
			y: 0,
			w: WIDTH_IN,
			h: page.height * inch,
			altText: [page.title, page.caption].filter(Boolean).join('. ')
		});
		for (const r of runs) {
			const w = r.width * 1.06 + r.size * 0.5;
			const left = r.anchor === 'middle' ? r.x - w / 2 : r.anchor === 'end' ? r.x - w : r.x;
			slide.addText(r.text, {
				x: left * inch,
				y: (r.y - r.size * ASCENT) * inch,
				w: w * inch,
				h: r.size * LINE * inch,
				inset: 0,
				wrap: false,
				valign: 'top',
				align: r.anchor === 'middle' ? 'center' : r.anchor === 'end' ? 'right' : 'left',
				fontFace: 'Arial',
				// Page pixels to points: a 1920-pixel page is 960 points wide.
				fontSize: Math.round(r.size * inch * 72 * 10) / 10,
				bold: r.bold,
				color: r.fill.replace('#', ''),
				...(r.opacity < 0.999 ? { transparency: Math.round((1 - r.opacity) * 100) } : {})
			});
		}
		if (page.notes) slide.addNotes(page.notes);
	}
	const out = await pptx.write({ outputType: 'uint8array', compression: true });
	return out as Uint8Array;
}
