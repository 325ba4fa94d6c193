import { readFileSync } from 'node:fs';
import {
	converter,
	differenceCiede2000,
	filterDeficiencyDeuter,
	filterDeficiencyProt,
	filterDeficiencyTrit,
	wcagContrast
} from 'culori';
import { describe, expect, it } from 'vitest';
import { analyse } from '$lib/clusters/analysis';
import { assignClusters, type ColourBy } from '$lib/clusters/assign';
import { BACKGROUND, NEUTRAL, PALETTES, type Theme } from '$lib/clusters/palette';
import { loadDataset } from '$lib/model';
import { indexGraph } from '$lib/model/graph-index';

/*
 * The rule for colours in use together: ΔE2000 ≥ 20 in normal vision and ≥ 12 as seen with
 * protanopia, deuteranopia and tritanopia, and 3:1 contrast with the graph's background, within
 * each theme. The simulations are culori's Machado et al. (2009) matrices at full severity, applied
 * to linear RGB as the model defines them (culori's filters alone work on gamma-encoded values),
 * then clipped into the gamut.
 */
const RULE = { normal: 20, protan: 12, deutan: 12, tritan: 12 } as const;
type Vision = keyof typeof RULE;
type Filter = ReturnType<typeof filterDeficiencyProt>;
const toLinear = converter('lrgb');
const clip = (x: number) => Math.min(1, Math.max(0, x));
function onLinear(filter: Filter) {
	return (c: string) => {
		const l = toLinear(c)!;
		const o = filter({ mode: 'rgb', r: l.r, g: l.g, b: l.b });
		return { mode: 'lrgb' as const, r: clip(o.r), g: clip(o.g), b: clip(o.b) };
	};
}
const SEEN: Record<
	Vision,
	(c: string) => string | { mode: 'lrgb'; r: number; g: number; b: number }
> = {
	normal: (c) => c,
	protan: onLinear(filterDeficiencyProt(1)),
	deutan: onLinear(filterDeficiencyDeuter(1)),
	tritan: onLinear(filterDeficiencyTrit(1))
};
const dE = differenceCiede2000();
const THEMES: Theme[] = ['light', 'dark'];

/** The smallest distance between any two of `colours`, as seen with each vision. */
export function minDistances(colours: readonly string[]): Record<Vision, number> {
	const out = { normal: Infinity, protan: Infinity, deutan: Infinity, tritan: Infinity };
	for (const v of Object.keys(RULE) as Vision[]) {
		const seen = colours.map(SEEN[v]);
		for (let i = 0; i < seen.length; i++)
			for (let j = i + 1; j < seen.length; j++) out[v] = Math.min(out[v], dE(seen[i]!, seen[j]!));
	}
	return out;
}

function expectRule(colours: readonly string[], theme: Theme, what: string) {
	const d = minDistances(colours);
	for (const v of Object.keys(RULE) as Vision[])
		expect(d[v], `${what}: ${v} ΔE2000`).toBeGreaterThanOrEqual(RULE[v]);
	for (const c of colours)
		expect(wcagContrast(c, BACKGROUND[theme]), `${what}: ${c} on ${theme}`).toBeGreaterThanOrEqual(
			3
		);
}

describe('minDistances', () => {
	it('finds the closest pair, and red–green pairs close up for protans and deutans', () => {
		const d = minDistances(['#d55e00', '#009e73', '#0000ff']);
		expect(d.normal).toBeGreaterThan(RULE.normal);
		expect(d.protan).toBeLessThan(d.normal / 2);
		expect(d.deutan).toBeLessThan(d.normal / 2);
		// The olive pair the rule was written against fails it.
		expect(minDistances(['#8f9301', '#7f6a01']).normal).toBeLessThan(RULE.normal);
	});
});

describe.each(THEMES)('the %s palette', (theme) => {
	it('keeps every pair of its colours, and each with the ungrouped grey, apart', () => {
		expectRule([...PALETTES[theme], NEUTRAL[theme]], theme, `${theme} palette`);
	});
});

describe('the bundled dataset', () => {
	const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'));
	const { dataset } = loadDataset(raw, { strict: true, name: 'data/azerbaijan-iran.json' });
	const index = indexGraph(dataset);
	const { communities } = analyse(dataset);
	const modes: ColourBy[] = ['group', 'type', 'community'];

	it.each(THEMES.flatMap((t) => modes.map((m) => [t, m] as const)))(
		'%s theme, colour by %s: the colours in use never pair up',
		(theme, mode) => {
			const c = assignClusters(dataset, index, mode, theme, communities);
			// Clusters past the palette share a colour on purpose; their outline tells them apart.
			const colours = [...new Set(c.clusters.map((x) => x.colour))];
			expect(colours.length).toBe(Math.min(c.clusters.length, PALETTES[theme].length + 1));
			expectRule(colours, theme, `${mode} in ${theme}`);
		}
	);

	it('colours the Red Crescent and the Azerbaijani government far apart', () => {
		for (const theme of THEMES) {
			const c = assignClusters(dataset, index, 'group', theme);
			const d = minDistances([c.byId.get('irc')!.colour, c.byId.get('azerbaijan')!.colour]);
			expect(d.normal).toBeGreaterThanOrEqual(RULE.normal);
		}
	});
});
