import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignClusters, colourModes, UNASSIGNED } from '$lib/clusters/assign';
import { fileColourOf, hasFileColours, parseFileColour } from '$lib/clusters/file-colours';
import { NEUTRAL } from '$lib/clusters/palette';
import { createStyleContext, nodeStyle } from '$lib/scene/style';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { indexGraph, loadDataset } from '$lib/model';
import { dataset as plain, index as plainIndex } from './fixture';

describe('parseFileColour', () => {
	it('reads hex and rgb()/rgba() colours as GEXF and GraphML tools write them, as #rrggbb', () => {
		expect(parseFileColour('rgb(200,20,20)')).toBe('#c81414');
		expect(parseFileColour('rgb( 0 , 128 ,255 )')).toBe('#0080ff');
		expect(parseFileColour('RGBA(1,2,3,0.5)')).toBe('#010203');
		expect(parseFileColour('rgba(1,2,3,1)')).toBe('#010203');
		expect(parseFileColour('#C81414')).toBe('#c81414');
		expect(parseFileColour(' #abc ')).toBe('#aabbcc');
	});

	it('refuses anything else: names, other syntaxes, out-of-range channels, markup', () => {
		for (const value of [
			'red',
			'transparent',
			'#abcd',
			'#c81414aa',
			'#gggggg',
			'rgb(256,0,0)',
			'rgb(-1,0,0)',
			'rgb(1.5,0,0)',
			'rgb(1,2)',
			'rgba(1,2,3,2)',
			'rgb(null,null,null)',
			'hsl(0,100%,50%)',
			'var(--x)',
			'url(#x)',
			'#c81414" onload="alert(1)',
			'rgb(1,2,3);fill:red',
			'',
			' ',
			'#'.padEnd(50, 'a'),
			undefined,
			null,
			12,
			{ r: 1 }
		])
			expect(parseFileColour(value), JSON.stringify(value)).toBeNull();
	});

	it('gives #rrggbb or null for any input, never the input itself', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 30 }),
					fc
						.tuple(fc.integer({ min: -5, max: 300 }), fc.nat(255), fc.nat(255))
						.map(([r, g, b]) => `rgb(${r},${g},${b})`)
				),
				(value) => {
					const colour = parseFileColour(value);
					if (colour !== null) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
				}
			),
			{ seed: 7, numRuns: 1000 }
		);
	});
});

const coloured = loadDataset({
	nodes: [
		{ id: 'a', color: 'rgb(200,20,20)' },
		{ id: 'b', color: '#C81414' },
		{ id: 'c', color: 'rgb(0,128,255)' },
		{ id: 'd' },
		{ id: 'e', color: 'not a colour' }
	],
	edges: [
		{ source: 'a', target: 'b' },
		{ source: 'b', target: 'c' }
	]
}).dataset;
const colouredIndex = indexGraph(coloured);

describe('colouring by the file’s colours', () => {
	it('offers "file" only for a dataset whose nodes carry colours', () => {
		expect(hasFileColours(coloured)).toBe(true);
		expect(hasFileColours(plain)).toBe(false);
		expect(colourModes(coloured)).toEqual(['group', 'type', 'community', 'file']);
		expect(colourModes(plain)).toEqual(['group', 'type', 'community']);
		expect(fileColourOf(coloured.nodes[4]!)).toBeNull();
	});

	it('makes one cluster per distinct colour, most used first, and a neutral one for the rest', () => {
		const c = assignClusters(coloured, colouredIndex, 'file', 'light');
		expect(c.mode).toBe('file');
		expect(c.clusters.map((x) => [x.id, x.label, x.colour, x.variant, x.members])).toEqual([
			['#c81414', '#c81414', '#c81414', 0, ['b', 'a']],
			['#0080ff', '#0080ff', '#0080ff', 0, ['c']],
			[UNASSIGNED, 'No colour in the file', NEUTRAL.light, 0, ['d', 'e']]
		]);
	});

	it('fills each node with its file colour, the same in both themes', () => {
		for (const theme of ['light', 'dark'] as const) {
			const clustering = assignClusters(coloured, colouredIndex, 'file', theme);
			const ctx = createStyleContext(coloured, colouredIndex, theme, clustering);
			const em = computeEmphasis(NO_INPUT, coloured, colouredIndex, clustering);
			expect(coloured.nodes.map((n) => nodeStyle(n, ctx, em).fill)).toEqual([
				'#c81414',
				'#c81414',
				'#0080ff',
				NEUTRAL[theme],
				NEUTRAL[theme]
			]);
			expect(coloured.nodes.map((n) => nodeStyle(n, ctx, em).outlineDash)).toEqual(
				Array(5).fill(null)
			);
		}
	});

	it('falls back to groups on a dataset without file colours', () => {
		const c = assignClusters(plain, plainIndex, 'file', 'light');
		expect(c.mode).toBe('group');
		expect(c).toEqual(assignClusters(plain, plainIndex, 'group', 'light'));
	});
});
