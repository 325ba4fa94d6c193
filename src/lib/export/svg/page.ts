import type { Box } from '../../scene/labels';
import { clipText } from '../../scene/text';
import { textWidth } from '../../scene/text-width';
import type { Bounds } from '../../scene/transform';
import { SIZE_PRESETS, type ExportOptions } from '../options';
import { legendBlock, legendRow, type LegendBlock, type LegendModel } from './legend';
import { pageType, wrap, type PageType } from './typography';

/** The most a page stretches the layout along one axis to fill its picture's area. */
export const MAX_STRETCH = 2;

export { wrap } from './typography';

/** A line of text on the page: its baseline, size and whether it is muted. */
export interface PageLine {
	text: string;
	y: number;
	size: number;
	muted: boolean;
	bold?: boolean;
}

/** Where everything goes on the page: the picture's area, the legend, header, footer and banners. */
export interface PageLayout {
	width: number;
	height: number;
	/** The page's type sizes, in points and in units. */
	type: PageType;
	/** The margin round the page's content, in units. */
	pad: number;
	area: { x: number; y: number; w: number; h: number };
	legend: (LegendBlock & { x: number; y: number }) | null;
	headerLines: PageLine[];
	footerLines: PageLine[];
	/** Banner height in units (0 when there is none) and the banner's text size. */
	bannerTop: number;
	bannerBottom: number;
	/** The box of each part, for tests that keep them apart. */
	boxes: Record<'title' | 'caption' | 'source' | 'area' | 'legend', Box | null>;
}

/** The most characters of a title, subtitle or banner a page writes; a slide shows far fewer. */
export const TITLE_MAX = 200;
/** The most characters of a caption or source line a page writes. */
export const CAPTION_MAX = 2_000;
/** Lines of each text a page writes: a caption longer than this is cut, not spilled over the picture. */
const MAX_LINES = { title: 2, subtitle: 2, caption: 4, source: 3 } as const;

/** The options' texts cut to what a page can hold, so no text from a file makes a huge export. */
export function pageTexts(o: ExportOptions): ExportOptions {
	return {
		...o,
		title: clipText(o.title, TITLE_MAX),
		subtitle: clipText(o.subtitle, TITLE_MAX),
		bannerTop: clipText(o.bannerTop, TITLE_MAX),
		bannerBottom: clipText(o.bannerBottom, TITLE_MAX),
		caption: clipText(o.caption, CAPTION_MAX),
		sourceLine: clipText(o.sourceLine, CAPTION_MAX)
	};
}

/** `text` wrapped to `width`, at most `max` lines, the last one ending in "…" when cut. */
function lines(text: string, width: number, size: number, max: number, bold = false): string[] {
	const all = wrap(text, width, size, bold);
	if (all.length <= max) return all;
	const kept = all.slice(0, max);
	let last = kept[max - 1]!;
	while (last.length > 1 && textWidth(`${last}…`, size, bold) > width) last = last.slice(0, -1);
	kept[max - 1] = `${last.trimEnd()}…`;
	return kept;
}

/**
 * How much of a w × h picture area a graph of this aspect covers once fitted, after the layout is
 * stretched towards the area's shape by up to MAX_STRETCH (svg.ts): the legend goes where the
 * drawing, and so the room between labels, is larger, not merely where the empty area is.
 */
export function drawnArea(w: number, h: number, aspect: number): number {
	if (w <= 0 || h <= 0 || !(aspect > 0)) return 0;
	const a = Math.min(Math.max(w / h, aspect / MAX_STRETCH), aspect * MAX_STRETCH);
	return a <= w / h ? h * h * a : (w * w) / a;
}

const boxOf = (x: number, y: number, w: number, h: number): Box => [x, y, x + w, y + h];
const LEADING = 1.3;

/**
 * Lays out the page from the top down: banner, title and subtitle, the picture with the legend
 * at its right or under it, caption and source line, banner. A fixed size keeps its width and
 * height; "fit" grows a page round the graph's bounds (at the 16:9 slide's scale), never narrower
 * than the title needs. Every text is set in points for the page (typography.ts).
 */
export function planPage(o: ExportOptions, graph: Bounds, legend: LegendModel | null): PageLayout {
	const fit = o.size === 'fit';
	const sizeKey = o.size;
	const presetW: number = fit ? 1920 : SIZE_PRESETS[sizeKey].width;
	const type = pageType(sizeKey, presetW, o.textSize ?? 'medium');
	const u = type.units;
	const pad = Math.round(18 * type.upp); // a quarter inch
	const bannerH = (text: string) => (text ? Math.ceil(u.banner * 1.9) : 0);
	const bannerTop = bannerH(o.bannerTop),
		bannerBottom = bannerH(o.bannerBottom);
	let legendAt = o.legendAt ?? 'right';
	const gap = Math.round(u.label);
	// A fit page: the graph at the scale of the layout, with room round it for the outer labels.
	const margin = fit ? 6 * u.label : 0;
	const gw = graph.maxX - graph.minX + 2 * margin,
		gh = graph.maxY - graph.minY + 2 * margin;
	const titleW = textWidth(o.title, u.title, true);
	let width: number = presetW;
	if (fit) {
		const side = legend && legendAt === 'right' ? legendBlock(legend, u.legend, gh).w + gap : 0;
		width = Math.ceil(Math.max(1200, gw + side, Math.min(titleW, 3000)) + 2 * pad);
	}
	const textW = width - 2 * pad;

	const header: PageLine[] = [];
	let y = bannerTop + pad;
	const stack = (text: string, size: number, max: number, muted: boolean, bold = false) => {
		const out: PageLine[] = [];
		for (const line of lines(text, textW, size, max, bold)) {
			y += size * LEADING;
			out.push({ text: line, y: y - size * 0.3, size, muted, bold });
		}
		return out;
	};
	const titleTop = y;
	header.push(...stack(o.title, u.title, MAX_LINES.title, false, true));
	const titleBottom = y;
	header.push(...stack(o.subtitle, u.subtitle, MAX_LINES.subtitle, true));
	const top = header.length ? y + gap : y;

	const caption = lines(o.caption, textW, u.caption, MAX_LINES.caption);
	const source = lines(o.sourceLine, textW, u.source, MAX_LINES.source);
	const footerH =
		(caption.length + source.length ? gap / 2 : 0) +
		caption.length * u.caption * LEADING +
		source.length * u.source * LEADING;
	const bottomChrome = footerH + pad + bannerBottom;

	// The legend's block: in columns beside the picture, or in a band across the page under it.
	let block: LegendBlock | null = null;
	let height: number = fit ? 0 : SIZE_PRESETS[sizeKey].height;
	if (legend && legendAt === 'bottom') block = legendRow(legend, u.legend, textW);
	if (fit) {
		const besideH = legend && legendAt === 'right' ? legendBlock(legend, u.legend, gh).h : 0;
		const underH = block ? block.h + gap : 0;
		height = Math.ceil(top + Math.max(gh + underH, besideH) + bottomChrome);
	}
	const areaH = height - top - bottomChrome;
	if (legend && legendAt === 'right') {
		block = legendBlock(legend, u.legend, areaH);
		// A legend that needs more than a third of the page's width beside the picture goes
		// under it when beside it the picture would get under a quarter of the page (a 4:3 slide
		// with large text), or when the drawing, fitted, comes out larger there.
		const under = legendRow(legend, u.legend, textW);
		const aspect = (graph.maxX - graph.minX) / Math.max(graph.maxY - graph.minY, 1);
		// With "All labels" the page's spread fills the whole picture (svg/spread.ts), whatever
		// its shape: then the larger picture wins.
		const roomFor = (w: number, h: number) =>
			o.labels === 'all' ? Math.max(0, w) * Math.max(0, h) : drawnArea(w, h, aspect);
		if (
			!fit &&
			block.w > textW / 3 &&
			((textW - block.w - gap) * areaH < (width * height) / 4 ||
				roomFor(textW, areaH - under.h - gap) > roomFor(textW - block.w - gap, areaH))
		) {
			block = under;
			legendAt = 'bottom';
		}
	}
	const beside = block && legendAt === 'right' ? block.w + gap : 0;
	const under = block && legendAt === 'bottom' ? block.h + gap : 0;
	const area = { x: pad, y: top, w: textW - beside, h: areaH - under };
	const placed = block
		? {
				...block,
				x: legendAt === 'right' ? width - pad - block.w : pad,
				y: legendAt === 'right' ? top : area.y + area.h + gap
			}
		: null;

	y = height - bottomChrome + (caption.length + source.length ? gap / 2 : 0);
	const footer: PageLine[] = [];
	const captionTop = y;
	for (const text of caption) {
		y += u.caption * LEADING;
		footer.push({ text, y: y - u.caption * 0.3, size: u.caption, muted: false });
	}
	const sourceTop = y;
	for (const text of source) {
		y += u.source * LEADING;
		footer.push({ text, y: y - u.source * 0.3, size: u.source, muted: true });
	}
	const widest = (ls: PageLine[], size: number) =>
		Math.max(0, ...ls.filter((l) => l.size === size).map((l) => textWidth(l.text, size, l.bold)));
	return {
		width,
		height,
		type,
		pad,
		area,
		legend: placed,
		headerLines: header,
		footerLines: footer,
		bannerTop,
		bannerBottom,
		boxes: {
			title: o.title ? boxOf(pad, titleTop, widest(header, u.title), titleBottom - titleTop) : null,
			caption: caption.length
				? boxOf(pad, captionTop, widest(footer, u.caption), sourceTop - captionTop)
				: null,
			source: source.length ? boxOf(pad, sourceTop, widest(footer, u.source), y - sourceTop) : null,
			area: boxOf(area.x, area.y, area.w, area.h),
			legend: placed ? boxOf(placed.x, placed.y, placed.w, placed.h) : null
		}
	};
}
