import type { SvgFrame } from './frame';
import { attrs, esc, font } from './markup';
import type { PageLayout, PageLine } from './page';

/** A marking band across the page (e.g. a classification), text centred in it. */
export function writeBanner(f: SvgFrame, page: PageLayout, text: string, y: number): void {
	const h = y === 0 ? page.bannerTop : page.bannerBottom;
	const size = page.type.units.banner;
	f.out.push(`<rect${attrs({ x: 0, y, width: page.width, height: h, fill: f.fg })}/>`);
	f.out.push(
		`<text${attrs({ x: page.width / 2, y: y + h / 2 + 0.35 * size, 'text-anchor': 'middle', fill: f.bg, ...font(size, 700) })}>${esc(text)}</text>`
	);
}

function writeLines(f: SvgFrame, page: PageLayout, lines: PageLine[]): void {
	for (const l of lines)
		f.out.push(
			`<text${attrs({ x: page.pad, y: l.y, 'text-anchor': 'start', fill: l.muted ? f.muted : f.fg, ...font(l.size, l.bold ? 700 : 400) })}>${esc(l.text)}</text>`
		);
}

/** Title and subtitle above the picture, wrapped by the page layout. */
export const writeHeader = (f: SvgFrame, page: PageLayout) => writeLines(f, page, page.headerLines);

/** Caption and source line below the picture, wrapped by the page layout. */
export const writeFooter = (f: SvgFrame, page: PageLayout) => writeLines(f, page, page.footerLines);
