import { textWidth } from '../../scene/text-width';

/** One line of text of a page, where the SVG draws it (page pixels, `y` the baseline). */
export interface TextRun {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	size: number;
	bold: boolean;
	/** #rrggbb */
	fill: string;
	opacity: number;
	/** Wide enough for the text in Arial (the page's font), in page pixels. */
	width: number;
}

/** The DOM an SVG is read with: the browser's, or @xmldom/xmldom's in tests. */
export interface XmlTools {
	parse(svg: string): Document;
	serialize(doc: Document): string;
}

const num = (el: Element, name: string, fallback = 0) => {
	const v = Number.parseFloat(el.getAttribute(name) ?? '');
	return Number.isFinite(v) ? v : fallback;
};

/** The opacity an element is drawn with: its own times its groups'. */
function opacityOf(el: Element): number {
	let o = 1;
	for (let n: Element | null = el; n && n.nodeName !== 'svg'; n = n.parentNode as Element | null)
		if (n.nodeType === 1) o *= num(n, 'opacity', 1) * num(n, 'fill-opacity', 1);
	return o;
}

/**
 * A page split into its picture and its text: the picture keeps every shape and the halos behind
 * the labels (a halo is a text's stroke), and loses the letters; the text comes back as runs, to be
 * written as the slide's own text boxes, searchable and editable in an office suite.
 */
export function splitText(svg: string, xml: XmlTools): { picture: string; runs: TextRun[] } {
	const doc = xml.parse(svg);
	const runs: TextRun[] = [];
	const texts = Array.from(doc.getElementsByTagName('text'));
	for (const el of texts) {
		const stroke = el.getAttribute('stroke');
		const fill = el.getAttribute('fill') ?? '#000000';
		// A halo alone (a copy stroked and filled in the background's colour) stays in the picture.
		const haloOnly = stroke !== null && stroke !== 'none' && stroke === fill;
		// Turned text (a relation label along its link) stays drawn in the picture: a slide's text
		// box is level, and one laid level over a turned label would read as a different place.
		if (haloOnly || el.getAttribute('transform')) continue;
		const size = num(el, 'font-size', 16);
		const weight = el.getAttribute('font-weight') ?? '400';
		const bold = weight === 'bold' || Number(weight) >= 600;
		const anchor = el.getAttribute('text-anchor');
		const run = (raw: string | null, x: number, y: number) => {
			const text = (raw ?? '').replace(/\s+/g, ' ').trim();
			if (text)
				runs.push({
					text,
					x,
					y,
					anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
					size,
					bold,
					fill,
					opacity: opacityOf(el),
					width: textWidth(text, size, bold)
				});
		};
		// A label set on several lines is one <tspan> per line, each at its own x and y.
		const lines = Array.from(el.getElementsByTagName('tspan'));
		if (lines.length)
			for (const t of lines)
				run(t.textContent, num(t, 'x', num(el, 'x')), num(t, 'y', num(el, 'y')));
		else run(el.textContent, num(el, 'x'), num(el, 'y'));
		if (stroke !== null && stroke !== 'none') {
			// One element that is both halo and letters (paint-order): keep the halo only.
			el.setAttribute('fill', stroke);
		} else el.parentNode?.removeChild(el);
	}
	return { picture: xml.serialize(doc), runs };
}
