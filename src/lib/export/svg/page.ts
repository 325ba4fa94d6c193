import { estimateWidth } from '../../scene/labels';
import { clipText } from '../../scene/text';
import type { Bounds } from '../../scene/transform';
import { SIZE_PRESETS, type ExportOptions } from '../options';

/** Where everything goes on the page: the picture's area, the legend, header, footer and banners. */
export interface PageLayout {
	width: number;
	height: number;
	area: { x: number; y: number; w: number; h: number };
	legend: { x: number; y: number; w: number } | null;
	header: { titleY: number; subtitleY: number } | null;
	footerLines: { text: string; y: number; size: number; muted: boolean }[];
	bannerTop: number;
	bannerBottom: number;
}

export const PAD = 32;
export const BANNER = 30;
export const LEGEND_W = 380;

/** The most characters of a title, subtitle or banner a page writes; a slide shows far fewer. */
export const TITLE_MAX = 200;
/** The most characters of a caption or source line a page writes. */
export const CAPTION_MAX = 2_000;

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

/** Greedy word wrap by estimated width; a paragraph break in `text` starts a new line. */
export function wrap(text: string, width: number, size: number): string[] {
	const out: string[] = [];
	for (const para of text.split(/\n/)) {
		let line = '';
		for (const word of para.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (line && estimateWidth(next, size) > width) {
				out.push(line);
				line = word;
			} else line = next;
		}
		if (line) out.push(line);
	}
	return out;
}

/**
 * Lays out the page: a fixed preset, or for "fit" a page grown around the graph's bounds and the
 * legend's height (`legendHeight`, 0 without a legend).
 */
export function planPage(o: ExportOptions, graph: Bounds, legendHeight: number | null): PageLayout {
	const fit = o.size === 'fit';
	const gw = graph.maxX - graph.minX + 40,
		gh = graph.maxY - graph.minY + 40;
	const headerH = (o.title ? 44 : 0) + (o.subtitle ? 30 : 0) + (o.title || o.subtitle ? 12 : 0);
	const bannerTop = o.bannerTop ? BANNER : 0,
		bannerBottom = o.bannerBottom ? BANNER : 0;
	const legendW = legendHeight !== null ? LEGEND_W + 24 : 0;
	const width = fit ? Math.max(800, Math.ceil(gw + 2 * PAD + legendW)) : SIZE_PRESETS[o.size].width;
	const textW = width - 2 * PAD;
	const footer: { text: string; size: number; muted: boolean }[] = [
		...wrap(o.caption, textW, 16).map((text) => ({ text, size: 16, muted: false })),
		...wrap(o.sourceLine, textW, 13).map((text) => ({ text, size: 13, muted: true }))
	];
	const footerH = footer.reduce((h, l) => h + l.size * 1.45, 0) + (footer.length ? 12 : 0);
	const chrome = bannerTop + bannerBottom + PAD * 2 + headerH + footerH;
	const height = fit
		? Math.max(600, Math.ceil(Math.max(gh, legendHeight ?? 0) + chrome))
		: SIZE_PRESETS[o.size].height;
	const top = bannerTop + PAD;
	const area = { x: PAD, y: top + headerH, w: width - 2 * PAD - legendW, h: height - chrome };
	let y = area.y + area.h + 12;
	const footerLines = footer.map((l) => {
		y += l.size * 1.45;
		return { ...l, y: y - l.size * 0.35 };
	});
	return {
		width,
		height,
		area,
		legend: legendHeight !== null ? { x: width - PAD - LEGEND_W, y: area.y, w: LEGEND_W } : null,
		header:
			o.title || o.subtitle ? { titleY: top + 30, subtitleY: top + (o.title ? 44 : 0) + 22 } : null,
		footerLines,
		bannerTop,
		bannerBottom
	};
}
