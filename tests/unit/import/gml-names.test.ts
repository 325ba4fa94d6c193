import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';

const open = (text: string) =>
	openFiles([{ name: 'g.gml', bytes: new TextEncoder().encode(text) }]).dataset;

describe('GML: a node’s name as its id', () => {
	it('where every node has a distinct text name, names are the ids and edge ends follow them', () => {
		const d = open(
			'graph [ label "T" summary "S" node [ id 0 name "baku" label "Baku" ] node [ id 1 name "tehran" ] edge [ source 1 target 0 relation "funds" ] ]'
		);
		expect(d.nodes.map((n) => [n.id, n.label])).toEqual([
			['baku', 'Baku'],
			['tehran', 'tehran']
		]);
		expect(d.nodes[0]!.attributes['name']).toBeUndefined();
		expect(d.edges.map((e) => [e.source, e.target, e.relation])).toEqual([
			['tehran', 'baku', 'funds']
		]);
		expect([d.title, d.summary]).toEqual(['T', 'S']);
	});

	it('where a name is missing or shared, the GML ids stay the ids', () => {
		for (const second of ['name "a"', '', 'name 7']) {
			const d = open(
				`graph [ node [ id 0 name "a" label "A" ] node [ id 1 ${second} label "B" ] edge [ source 0 target 1 ] ]`
			);
			expect(d.nodes.map((n) => n.id)).toEqual(['0', '1']);
			expect(d.nodes.map((n) => n.label)).toEqual(['A', 'B']);
			expect(d.edges.map((e) => [e.source, e.target])).toEqual([['0', '1']]);
		}
	});
});
