import { describe, expect, it } from 'vitest';
import { decodeView, discretePart, encodeView, viewQuery } from '$lib/state/url';
import { DEFAULT_VIEW, type ViewSnapshot } from '$lib/state/view-snapshot';
import { PAN_LIMIT, ZOOM } from '$lib/scene/transform';

const known = {
	nodes: new Set(['a b', 'c', 'x,y']),
	edges: new Set(['e/1'])
};

const full: ViewSnapshot = {
	selection: { kind: 'node', id: 'a b' },
	colourBy: 'community',
	sizeBy: 'betweenness',
	highlighted: ['c2', 'ich'],
	focusHops: 2,
	query: 'Mashhad',
	path: { from: 'x,y', to: 'c' },
	hiddenTypes: ['place'],
	hiddenRelations: ['sits under', 'a,b'],
	years: [1991, 1999],
	statedOnly: true,
	table: true,
	zoom: { x: 12.34, y: -5.67, k: 1.23456 },
	relationLabels: 'all'
};

describe('the view in the URL', () => {
	it('leaves defaults out', () => {
		expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
		expect(decodeView(new URLSearchParams(''), known)).toEqual(DEFAULT_VIEW);
	});

	it('round-trips every part of a view, with commas and spaces in ids', () => {
		const query = encodeView(full).toString();
		const back = decodeView(new URLSearchParams(query), known);
		expect(back).toEqual({ ...full, zoom: { x: 12.3, y: -5.7, k: 1.235 } });
		// Stable: the same view always gives the same URL.
		expect(encodeView(back).toString()).toBe(encodeView(back).toString());
	});

	it('carries "stated by the source only" as stated=1, and only that value turns it on', () => {
		expect(viewQuery({ ...DEFAULT_VIEW, statedOnly: true })).toBe('stated=1');
		expect(decodeView(new URLSearchParams('stated=1'), known).statedOnly).toBe(true);
		expect(decodeView(new URLSearchParams('stated=0'), known).statedOnly).toBe(false);
		expect(decodeView(new URLSearchParams('stated=yes'), known).statedOnly).toBe(false);
	});

	it('carries relation labels as rel=lit or rel=all; anything else is none', () => {
		expect(viewQuery({ ...DEFAULT_VIEW, relationLabels: 'highlighted' })).toBe('rel=lit');
		expect(viewQuery({ ...DEFAULT_VIEW, relationLabels: 'all' })).toBe('rel=all');
		expect(decodeView(new URLSearchParams('rel=lit'), known).relationLabels).toBe('highlighted');
		expect(decodeView(new URLSearchParams('rel=all'), known).relationLabels).toBe('all');
		expect(decodeView(new URLSearchParams('rel=yes'), known).relationLabels).toBe('none');
	});

	it('keeps commas readable, and ids with commas intact', () => {
		const q = viewQuery({ ...DEFAULT_VIEW, highlighted: ['ias', 'ich', 'a,b'] });
		expect(q).toBe('hl=ias,ich,a%252Cb');
		expect(decodeView(new URLSearchParams(q), known).highlighted).toEqual(['ias', 'ich', 'a,b']);
	});

	it('takes colour=file only on a dataset that offers it; elsewhere the default', () => {
		const q = new URLSearchParams(viewQuery({ ...DEFAULT_VIEW, colourBy: 'file' }));
		expect(q.toString()).toBe('colour=file');
		const withColours = { ...known, colourModes: ['group', 'type', 'community', 'file'] as const };
		const without = { ...known, colourModes: ['group', 'type', 'community'] as const };
		expect(decodeView(q, withColours).colourBy).toBe('file');
		expect(decodeView(q, without).colourBy).toBe('group');
		expect(decodeView(new URLSearchParams('colour=type'), without).colourBy).toBe('type');
		expect(decodeView(new URLSearchParams('colour=bogus'), withColours).colourBy).toBe('group');
	});

	it('survives a hand-broken escape and treats years as a continuous part', () => {
		expect(decodeView(new URLSearchParams('hl=a%25'), known).highlighted).toEqual(['a%']);
		expect(decodeView(new URLSearchParams('hl=a%2'), known).highlighted).toEqual(['a%2']);
		expect(discretePart('years=1991-1999&table=1')).toBe('table=1');
	});

	it('reads an edge selection', () => {
		const v = decodeView(
			new URLSearchParams(encodeView({ ...DEFAULT_VIEW, selection: { kind: 'edge', id: 'e/1' } })),
			known
		);
		expect(v.selection).toEqual({ kind: 'edge', id: 'e/1' });
	});

	it('drops what the dataset does not know or the format does not allow', () => {
		const v = decodeView(
			new URLSearchParams(
				'node=zzz&colour=rainbow&size=huge&focus=9&path=a%20b,nope&years=x&z=1,2,-3'
			),
			known
		);
		expect(v).toEqual(DEFAULT_VIEW);
	});

	it('clamps a zoom from a link to the zoom range and the pan limit', () => {
		const z = (q: string) => decodeView(new URLSearchParams(q), known).zoom;
		expect(z('z=1e20,0,1')).toEqual({ x: PAN_LIMIT, y: 0, k: 1 });
		expect(z('z=0,-1e308,1')).toEqual({ x: 0, y: -PAN_LIMIT, k: 1 });
		expect(z('z=5,6,1e300')).toEqual({ x: 5, y: 6, k: ZOOM.max });
		expect(z('z=5,6,1e-300')).toEqual({ x: 5, y: 6, k: ZOOM.min });
		expect(z('z=-0,0,1')).toEqual({ x: -0, y: 0, k: 1 });
	});

	it('ignores a zoom that is not three finite numbers with a positive scale', () => {
		const z = (q: string) => decodeView(new URLSearchParams(q), known).zoom;
		for (const q of [
			'z=NaN,0,1',
			'z=Infinity,0,1',
			'z=0,0,Infinity',
			'z=0,0,0',
			'z=1,2',
			'z=a,b,c'
		])
			expect(z(q), q).toBeNull();
	});

	it('keeps focus only with a selected node and orders reversed years', () => {
		expect(decodeView(new URLSearchParams('focus=2'), known).focusHops).toBe(0);
		expect(decodeView(new URLSearchParams('years=1999-1991'), known).years).toEqual([1991, 1999]);
	});

	it('separates continuous parts (search text, zoom) from the discrete ones', () => {
		const a = encodeView({ ...full, query: 'a', zoom: null }).toString();
		const b = encodeView({ ...full, query: 'ab', zoom: { x: 1, y: 1, k: 2 } }).toString();
		expect(discretePart(a)).toBe(discretePart(b));
		expect(discretePart(a)).not.toBe(
			discretePart(encodeView({ ...full, table: false }).toString())
		);
	});
});
