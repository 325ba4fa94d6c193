import { describe, expect, it } from 'vitest';
import { UNASSIGNED } from '$lib/clusters/assign';
import { loadDataset } from '$lib/model';
import { decodeView, knownOf } from '$lib/state/url';

const { dataset } = loadDataset({
	groups: [
		{ id: 'g1', label: 'One' },
		{ id: 'empty', label: 'No members' }
	],
	types: [
		{ id: 'org', label: 'Organisation' },
		{ id: 'unused', label: 'Unused' }
	],
	nodes: [
		{ id: 'a', group: 'g1', type: 'org', color: '#ff0000' },
		{ id: 'b', type: 'org' },
		{ id: '__proto__', group: 'g1' }
	],
	edges: [
		{ id: 'e1', source: 'a', target: 'b', relation: 'funds' },
		{ id: 'e2', source: 'b', target: '__proto__' }
	]
});
const known = knownOf(dataset);
const decode = (query: string) => decodeView(new URLSearchParams(query), known);
const many = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) => prefix + i).join(',');

describe('a link names only what the network holds', () => {
	it('drops thousands of unknown types and relations, and keeps the known ones once', () => {
		const v = decode(
			`hide-type=${many('t', 5000)},org,org,unused&hide-rel=${many('r', 5000)},funds,,funds`
		);
		// An unused type has no checkbox to show it again: it is not a filter either.
		expect(v.hiddenTypes).toEqual(['org']);
		expect(v.hiddenRelations).toEqual(['funds', '']);
	});

	it('keeps highlighted clusters only if the colour mode has them', () => {
		const hl = `${many('x', 5000)},g1,g1,empty,${encodeURIComponent(UNASSIGNED)},org,c1,c4`;
		// Node a carries a colour, so this network opens coloured by file colours: group is asked for.
		expect(decode(`colour=group&hl=${hl}`).highlighted).toEqual(['g1', UNASSIGNED]);
		expect(decode(`colour=type&hl=${hl}`).highlighted).toEqual([UNASSIGNED, 'org']);
		// Communities are numbered 1 to at most the number of nodes; they are found later.
		expect(decode(`colour=community&hl=${hl},c0,c01,c1e3`).highlighted).toEqual(['c1']);
		expect(decode(`colour=file&hl=${hl},%23ff0000`).highlighted).toEqual([UNASSIGNED, '#ff0000']);
	});

	it('takes ids named like Object.prototype’s members as plain strings', () => {
		expect(decode('node=__proto__').selection).toEqual({ kind: 'node', id: '__proto__' });
		expect(decode('node=constructor').selection).toBeNull();
		expect(decode('hide-type=constructor,toString&hl=__proto__,constructor')).toMatchObject({
			hiddenTypes: [],
			highlighted: []
		});
		expect(decode('path=__proto__,a').path).toEqual({ from: '__proto__', to: 'a' });
	});
});
