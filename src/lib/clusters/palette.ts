export type Theme = 'light' | 'dark';

/**
 * Nine category colours per theme, found by a max–min search over sRGB under these rules, which
 * tests/unit/clusters/colour-distance.test.ts checks with culori:
 * - each keeps at least 3:1 contrast with its theme's background (WCAG's bar for graphical objects);
 * - within a theme, every pair, and each colour with NEUTRAL, differs by CIEDE2000 ΔE ≥ 20 in normal
 *   vision and ≥ 12 under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
 *   full severity, on linear RGB), so a group never reads as another, nor as ungrouped;
 * - light[i] and dark[i] share a hue (within 25°), so a cluster keeps its colour across themes.
 * Nine is as many as the rules allow in the light theme's band of lightness (enough for the
 * bundled network's nine types); the tenth cluster on reuses the colours with a dashed outline
 * (clusterVariant). Greedy farthest-first order: the
 * first ones are the most distinct, because most graphs have only a handful of clusters.
 */
export const PALETTES: Record<Theme, readonly string[]> = {
	light: [
		'#fc3c00',
		'#3c0ccc',
		'#0090fc',
		'#3c483c',
		'#6c3c00',
		'#fc18c0',
		'#909060',
		'#60486c',
		'#187854'
	],
	dark: [
		'#cc0c24',
		'#fcccfc',
		'#3c60c0',
		'#00fc00',
		'#e46c00',
		'#905478',
		'#c0c090',
		'#fc54fc',
		'#24906c'
	]
};

/** How many clusters get a colour of their own before colours repeat with another outline. */
export const PALETTE_SIZE = 9;

/** The colour of things that belong to no group. */
export const NEUTRAL: Record<Theme, string> = { light: '#70747a', dark: '#9aa5b1' };

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
	return Math.floor(i / PALETTE_SIZE);
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
