import { describe, expect, it } from 'vitest';
import {
	BACKGROUND,
	categoryColour,
	clusterVariant,
	contrastRatio,
	FOREGROUND,
	NEUTRAL,
	PALETTE_SIZE,
	PALETTES,
	relativeLuminance,
	type Theme
} from '$lib/clusters/palette';
import { OUTLINE_DASHES, outlineDash } from '$lib/scene/paint';
import {
	deltaE2000,
	deltaE76,
	hueAngle,
	labOf,
	minPairwiseDeltaE,
	simulate,
	srgbToLinear,
	hexToRgb,
	VISIONS,
	type Vec3
} from './colour-science';

const THEMES: Theme[] = ['light', 'dark'];

/*
 * Thresholds, in CIEDE2000 units (1 ≈ a just-noticeable difference between adjacent patches).
 * Node fills are small and usually not adjacent, so a pair needs far more than a JND to be named
 * apart at a glance: 20 in normal vision, 12 under every full-severity simulation. The same rule
 * is checked again with culori in colour-distance.test.ts.
 */
const MIN_NORMAL = 20;
const MIN_CVD = 12;

describe('colour-science helpers', () => {
	// Reference pairs from Sharma, Wu & Dalal (2005), the standard CIEDE2000 test data.
	const sharma: [Vec3, Vec3, number][] = [
		[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
		[[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
		[[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
		[[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
		[[50, 2.5, 0], [73, 25, -18], 27.1492],
		[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
		[[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082]
	];
	it.each(sharma)('ΔE2000 of %j and %j is %d', (a, b, expected) => {
		expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
		expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
	});

	it('converts white, black and sRGB red to the textbook Lab values', () => {
		const white = labOf('#ffffff');
		expect(white[0]).toBeCloseTo(100, 2);
		expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
		expect(labOf('#000000')).toEqual([0, 0, 0]);
		const red = labOf('#ff0000');
		expect(red[0]).toBeCloseTo(53.24, 1);
		expect(red[1]).toBeCloseTo(80.09, 1);
		expect(red[2]).toBeCloseTo(67.2, 1);
	});

	it('computes CIE76 as a Euclidean distance', () => {
		expect(deltaE76([50, 0, 0], [53, 4, 0])).toBeCloseTo(5, 10);
	});

	it('leaves greys unchanged under every simulation', () => {
		for (const vision of VISIONS) {
			const grey = srgbToLinear(hexToRgb('#808080'));
			const seen = simulate(grey, vision);
			for (let i = 0; i < 3; i++) expect(seen[i]).toBeCloseTo(grey[i]!, 2);
		}
	});

	it('makes red and green hard to tell apart for protanopes and deuteranopes only', () => {
		const d = (v: (typeof VISIONS)[number]) => deltaE2000(labOf('#d55e00', v), labOf('#009e73', v));
		expect(d('protanopia')).toBeLessThan(d('normal') / 2);
		expect(d('deuteranopia')).toBeLessThan(d('normal') / 2);
		expect(d('tritanopia')).toBeGreaterThan(d('protanopia'));
	});
});

describe('contrastRatio', () => {
	it('spans 1 to 21 and is symmetric', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
		expect(contrastRatio('#4d8bfc', '#4d8bfc')).toBe(1);
		expect(contrastRatio('#123', '#112233')).toBe(1);
	});

	it('matches known WCAG values', () => {
		// #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(relativeLuminance('#000000')).toBe(0);
	});

	it('rejects strings that are not hex colours', () => {
		expect(() => contrastRatio('red', '#ffffff')).toThrow(/hex/);
	});
});

describe.each(THEMES)('%s palette', (theme) => {
	const palette = PALETTES[theme];

	it('has PALETTE_SIZE distinct #rrggbb colours', () => {
		expect(palette).toHaveLength(PALETTE_SIZE);
		for (const c of palette) expect(c).toMatch(/^#[0-9a-f]{6}$/);
		expect(new Set(palette).size).toBe(PALETTE_SIZE);
	});

	it.each([...palette])('%s has at least 3:1 contrast with the background', (colour) => {
		expect(contrastRatio(colour, BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
	});

	it('keeps body text at least 4.5:1 against the background', () => {
		expect(contrastRatio(FOREGROUND[theme], BACKGROUND[theme])).toBeGreaterThanOrEqual(4.5);
	});

	it.each(VISIONS)('keeps every pair apart in %s vision', (vision) => {
		const min = minPairwiseDeltaE(palette, vision);
		expect(min).toBeGreaterThanOrEqual(vision === 'normal' ? MIN_NORMAL : MIN_CVD);
	});

	it('never looks like the ungrouped colour or like text', () => {
		for (const other of [NEUTRAL[theme], FOREGROUND[theme]])
			for (const c of palette)
				expect(deltaE2000(labOf(c), labOf(other)), `${c} vs ${other}`).toBeGreaterThanOrEqual(12);
	});
});

describe('palette across themes', () => {
	it('gives the i-th cluster the same hue in both themes', () => {
		for (let i = 0; i < PALETTE_SIZE; i++) {
			let d = Math.abs(hueAngle(PALETTES.light[i]!) - hueAngle(PALETTES.dark[i]!));
			if (d > 180) d = 360 - d;
			expect(d, `colour ${i}`).toBeLessThanOrEqual(25);
		}
	});
});

describe('categoryColour and clusterVariant', () => {
	it('cycles colours every PALETTE_SIZE clusters and moves to the next outline variant', () => {
		for (const theme of THEMES) {
			expect(categoryColour(0, theme)).toBe(PALETTES[theme][0]);
			expect(categoryColour(8, theme)).toBe(PALETTES[theme][8]);
			expect(categoryColour(9, theme)).toBe(PALETTES[theme][0]);
			expect(categoryColour(23, theme)).toBe(PALETTES[theme][5]);
		}
		expect([0, 8, 9, 17, 18, 35, 36].map(clusterVariant)).toEqual([0, 0, 1, 1, 2, 3, 4]);
	});

	it('tells apart every cluster up to 36 by colour and outline together', () => {
		const n = PALETTE_SIZE * OUTLINE_DASHES.length;
		expect(n).toBe(36);
		const keys = new Set<string>();
		for (let i = 0; i < n; i++)
			keys.add(`${categoryColour(i, 'light')} ${outlineDash(clusterVariant(i))}`);
		expect(keys.size).toBe(n);
		expect(OUTLINE_DASHES[0]).toBeNull();
	});
});
