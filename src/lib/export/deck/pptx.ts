import { base64, type DeckPage } from './pages';

/** A 16:9 slide is 13⅓ × 7½ inches; other pages keep their proportions at that width. */
const WIDTH_IN = 13.333;

/**
 * The deck as a PowerPoint file: each slide's page as its picture (the SVG, which PowerPoint and
 * Impress draw as vectors, with a PNG for readers that cannot), alternative text naming it, and the
 * slide's notes as speaker notes. pptxgenjs loads only here.
 */
export async function writePptx(
	pages: readonly DeckPage[],
	meta: { title: string; subject?: string }
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
		const h = WIDTH_IN * (page.height / page.width);
		slide.addImage({
			data: `data:image/svg+xml;base64,${base64(page.svg)}`,
			x: 0,
			y: 0,
			w: WIDTH_IN,
			h,
			altText: [page.title, page.caption].filter(Boolean).join('. ')
		});
		if (page.notes) slide.addNotes(page.notes);
	}
	const out = await pptx.write({ outputType: 'uint8array', compression: true });
	return out as Uint8Array;
}
