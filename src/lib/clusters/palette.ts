export type Theme = 'light' | 'dark';

/**
 * Twelve category colours per theme. They started as the Okabe–Ito and Paul Tol colour-blind-safe
 * sets with lightness moved into range, then a search over sRGB raised the smallest
 * pairwise difference, because twelve hues at one lightness band cannot all survive simulated
 * colour blindness as published. The result:
 * - each keeps at least 3:1 contrast with its background (WCAG's bar for graphical objects);
 * - every pair differs by CIEDE2000 ΔE ≥ 15 in normal vision and ≥ 11.5 under simulated
 *   protanopia, deuteranopia and tritanopia (Machado et al. 2009, full severity), and also differs
 *   from NEUTRAL and FOREGROUND, so grouped nodes never read as ungrouped ones or as text;
 * - light[i] and dark[i] share a hue (within 25°), so a cluster keeps its colour across themes.
 * Greedy farthest-first order: the first eight are the most distinct, because most graphs have
 * only a handful of clusters. tests/unit/clusters/palette.test.ts checks all of this.
 */
export const PALETTES: Record<Theme, readonly string[]> = {
	light: [
		'#4d8bfc',
		'#693c02',
		'#8f9301',
		'#00827b',
		'#5f54bf',
		'#7c9267',
		'#7f6a01',
		'#0b523b',
		'#ab0a49',
		'#623b6f',
		'#a582ad',
		'#dc468a'
	],
	dark: [
		'#8ea1ff',
		'#91740b',
		'#e3db61',
		'#1b8489',
		'#dccfff',
		'#bee1ae',
		'#94a93a',
		'#02b493',
		'#c45461',
		'#8166ce',
		'#b38bb6',
		'#feb6cb'
	]
};

/** The colour of things that belong to no group. */
export const NEUTRAL: Record<Theme, string> = { light: '#6b7683', dark: '#9aa5b1' };

export const BACKGROUND: Record<Theme, string> = { light: '#f6f7f9', dark: '#14181d' };
export const FOREGROUND: Record<Theme, string> = { light: '#1b2430', dark: '#e6eaef' };
export const EDGE_COLOUR: Record<Theme, string> = { light: '#5b6673', dark: '#8d99a6' };

/** Colour for the i-th category; cycles past the palette's end (clusterVariant tells those apart). */
export function categoryColour(i: number, theme: Theme): string {
	const p = PALETTES[theme];
	return p[i % p.length]!;
}

/** Which round of the palette the i-th cluster is in; scene/paint's outlineDash turns it into an outline style. */
export function clusterVariant(i: number): number {
	return Math.floor(i / 12);
}

function channelToLinear(c: number): number {
	// 0.04045 is the sRGB standard's threshold; WCAG 2's 0.03928 differs from it by under 1/255.
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function parseHex(hex: string): [number, number, number] {
	const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) throw new Error(`Not a hex colour: ${hex}`);
	let h = m[1]!;
	if (h.length === 3) h = [...h].map((c) => c + c).join('');
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG relative luminance of a hex colour (#rgb or #rrggbb), from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map(channelToLinear) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours, from 1 (identical) to 21 (black on white); symmetric. */
export function contrastRatio(a: string, b: string): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
