import type { Slide } from '../../model/story';
import { slug } from '../options';

/** One page of a deck: the slide's picture as SVG text, with what goes beside it. */
export interface DeckPage {
	/** "01-overview.svg": the place in the story, then the title. */
	name: string;
	title: string;
	caption: string;
	notes: string;
	svg: string;
	/** The SVG's size in its own units (pixels at 96 per inch). */
	width: number;
	height: number;
}

/** The size an SVG page declares. */
export function svgSize(svg: string): { width: number; height: number } {
	const head = svg.slice(0, 600);
	const w = /\swidth="([\d.]+)"/.exec(head),
		h = /\sheight="([\d.]+)"/.exec(head);
	return { width: w ? Number(w[1]) : 1920, height: h ? Number(h[1]) : 1080 };
}

/** Every slide of the story as a page, in order, drawn by `draw`. */
export function deckPages(slides: readonly Slide[], draw: (slide: Slide) => string): DeckPage[] {
	const digits = Math.max(2, String(slides.length).length);
	return slides.map((s, i) => {
		const svg = draw(s);
		return {
			name: `${String(i + 1).padStart(digits, '0')}-${slug(s.title)}.svg`,
			title: s.title,
			caption: s.caption,
			notes: s.notes,
			svg,
			...svgSize(svg)
		};
	});
}

/** UTF-8 text as base64, for data URLs. */
export function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(out);
}
