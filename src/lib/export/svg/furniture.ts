import type { ExportOptions } from '../options';
import type { SvgFrame } from './frame';
import { attrs, esc, font } from './markup';
import { BANNER, PAD, type PageLayout } from './page';

/** A marking band across the page (e.g. a classification), text centred in it. */
export function writeBanner(f: SvgFrame, page: PageLayout, text: string, y: number): void {
	f.out.push(`<rect${attrs({ x: 0, y, width: page.width, height: BANNER, fill: f.fg })}/>`);
	f.out.push(
		`<text${attrs({ x: page.width / 2, y: y + BANNER / 2 + 5, 'text-anchor': 'middle', fill: f.bg, ...font(14, 700) })}>${esc(text)}</text>`
	);
}

/** Title and subtitle above the picture. */
export function writeHeader(f: SvgFrame, page: PageLayout, o: ExportOptions): void {
	if (!page.header) return;
	if (o.title)
		f.out.push(
			`<text${attrs({ x: PAD, y: page.header.titleY, 'text-anchor': 'start', fill: f.fg, ...font(30, 700) })}>${esc(o.title)}</text>`
		);
	if (o.subtitle)
		f.out.push(
			`<text${attrs({ x: PAD, y: page.header.subtitleY, 'text-anchor': 'start', fill: f.muted, ...font(20) })}>${esc(o.subtitle)}</text>`
		);
}

/** Caption and source line below the picture, already wrapped by the page layout. */
export function writeFooter(f: SvgFrame, page: PageLayout): void {
	for (const l of page.footerLines)
		f.out.push(
			`<text${attrs({ x: PAD, y: l.y, 'text-anchor': 'start', fill: l.muted ? f.muted : f.fg, ...font(l.size) })}>${esc(l.text)}</text>`
		);
}
