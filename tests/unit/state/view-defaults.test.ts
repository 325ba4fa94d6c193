import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { decodeView, encodeView, knownOf } from '$lib/state/url';
import { viewDefaults } from '$lib/state/view-defaults';
import { DEFAULT_VIEW } from '$lib/state/view-snapshot';

const net = (nodes: Record<string, unknown>[], edges: Record<string, unknown>[] = []) =>
	loadDataset({ nodes, edges }).dataset;
const ring = [
	{ source: 'a', target: 'b' },
	{ source: 'b', target: 'c' }
];

describe('how a network from another tool opens', () => {
	it('coloured by the file’s colours, else groups, else communities; sized by the file’s sizes', () => {
		const plain = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(viewDefaults(net(plain, ring))).toEqual({ colourBy: 'community', sizeBy: 'degree' });
		// Without edges there are no communities to find: one group it is.
		expect(viewDefaults(net(plain))).toEqual({ colourBy: 'group', sizeBy: 'degree' });
		const grouped = [{ id: 'a', group: 'x' }, { id: 'b' }, { id: 'c' }];
		expect(viewDefaults(net(grouped, ring)).colourBy).toBe('group');
		const coloured = [
			{ id: 'a', group: 'x', color: 'rgb(10,20,30)', size: 3 },
			{ id: 'b' },
			{ id: 'c' }
		];
		expect(viewDefaults(net(coloured, ring))).toEqual({ colourBy: 'file', sizeBy: 'file' });
		// A colour that is not one, or a size that is not above zero, counts for nothing.
		const junk = [{ id: 'a', color: 'reddish', size: -2 }, { id: 'b' }, { id: 'c' }];
		expect(viewDefaults(net(junk, ring))).toEqual({ colourBy: 'community', sizeBy: 'degree' });
	});

	it('a link leaves out what is the network’s default and reads it back the same', () => {
		const dataset = net([{ id: 'a', color: '#ff0000', size: 2 }, { id: 'b' }], ring.slice(0, 1));
		const known = knownOf(dataset);
		const defaults = known.defaults;
		expect(defaults).toEqual({ colourBy: 'file', sizeBy: 'file' });
		const opened = decodeView(new URLSearchParams(''), known);
		expect([opened.colourBy, opened.sizeBy]).toEqual(['file', 'file']);
		expect(encodeView(opened, defaults).toString()).toBe('');
		// Group and degree are not this network's defaults: they are written, and read back.
		const other = { ...DEFAULT_VIEW, colourBy: 'group' as const, sizeBy: 'degree' as const };
		const query = encodeView(other, defaults);
		expect(query.toString()).toBe('colour=group&size=degree');
		expect(decodeView(query, known)).toMatchObject({ colourBy: 'group', sizeBy: 'degree' });
		// size=file on a network without sizes is not offered: the default stands.
		const plain = knownOf(net([{ id: 'a' }]));
		expect(plain.sizeModes).toEqual(['degree', 'betweenness']);
		expect(decodeView(new URLSearchParams('size=file'), plain).sizeBy).toBe('degree');
	});
});
