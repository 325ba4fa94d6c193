export type Theme = 'light' | 'dark';

/**
 * Category colours derived from the Okabe–Ito colour-blind-safe set, darkened for the light theme
 * and lightened for the dark one so each keeps at least 3:1 contrast with its background
 * (WCAG's bar for graphical objects). The order puts the most distinct hues first.
 */
export const PALETTES: Record<Theme, readonly string[]> = {
	light: [
		'#0069a8',
		'#c44e00',
		'#00805c',
		'#a8457f',
		'#8a6500',
		'#6a51a3',
		'#2f7c8f',
		'#8c3b3b',
		'#52606d'
	],
	dark: [
		'#5bb8ee',
		'#ff8c45',
		'#34c9a0',
		'#eb9bcf',
		'#e6c14a',
		'#b7a3f0',
		'#6fd0e0',
		'#f08b8b',
		'#a7b4c2'
	]
};

/** The colour of things that belong to no group. */
export const NEUTRAL: Record<Theme, string> = { light: '#6b7683', dark: '#9aa5b1' };

export const BACKGROUND: Record<Theme, string> = { light: '#f6f7f9', dark: '#14181d' };
export const FOREGROUND: Record<Theme, string> = { light: '#1b2430', dark: '#e6eaef' };
export const EDGE_COLOUR: Record<Theme, string> = { light: '#5b6673', dark: '#8d99a6' };

/** Colour for the i-th category; cycles past the palette's end (issue 3 separates those by shape). */
export function categoryColour(i: number, theme: Theme): string {
	const p = PALETTES[theme];
	return p[i % p.length]!;
}
