import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { DatasetError, formatIssue } from '$lib/model';
import { decodeText, invalidUtf8Offset } from '$lib/import/decode';
import type { InputFile } from '$lib/import/input-file';
import { openFiles } from '$lib/import/open';

const file = (name: string, text: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(text)
});

function problems(files: InputFile[]): string[] {
	try {
		openFiles(
			files,
			files.some((f) => /\.(gexf|graphml)$/.test(f.name) && !f.name.startsWith('g.'))
				? dom
				: undefined
		);
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return [
			(error as DatasetError).message.split('\n')[0]!,
			...(error as DatasetError).issues.map(formatIssue)
		];
	}
	throw new Error('expected the files to be refused');
}

describe('decodeText', () => {
	it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc9, 0x99]), 'f')).toBe('aə');
		expect(decodeText(new Uint8Array([0x61, 0xc9, 0x99]), 'f')).toBe('aə');
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x59, 0x02]), 'f')).toBe('aə');
		expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x02, 0x59]), 'f')).toBe('aə');
	});

	it('refuses other encodings with the offset of the first bad byte', () => {
		// "Bakı" in Windows-1254 (ı = 0xFD).
		const latin = new Uint8Array([0x42, 0x61, 0x6b, 0xfd]);
		expect(invalidUtf8Offset(latin)).toBe(3);
		expect(() => decodeText(latin, 'x.csv')).toThrow(
			/x\.csv is not valid \(1 problem\):\n {2}byte 3: not UTF-8 text\. Save the file as UTF-8/
		);
		expect(invalidUtf8Offset(new Uint8Array([0x61, 0xc9]))).toBe(1);
	});

	it('refuses overlong forms, surrogates and code points past U+10FFFF, which decoders turn into U+FFFD', () => {
		// Found by decode.property.test.ts: F0 80 90 80 (an overlong form) used to decode to "\ufffd".
		expect(invalidUtf8Offset(new Uint8Array([0xf0, 0x80, 0x90, 0x80]))).toBe(0);
		expect(invalidUtf8Offset(new Uint8Array([0x61, 0xe0, 0x80, 0x80]))).toBe(1);
		expect(invalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
		expect(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
		expect(invalidUtf8Offset(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xed, 0x9f, 0xbf]))).toBe(-1);
		expect(() => decodeText(new Uint8Array([0x61, 0xf0, 0x80, 0x90, 0x80]), 'x.csv')).toThrow(
			/byte 1: not UTF-8 text/
		);
	});
});

describe('openFiles', () => {
	it('opens d3 node-link JSON and names it after the file', () => {
		const { dataset } = openFiles([
			file(
				'miserables.json',
				JSON.stringify({
					nodes: [
						{ id: 'a', group: 1 },
						{ id: 'b', group: 2 }
					],
					links: [{ source: 'a', target: 'b', value: 3 }]
				})
			)
		]);
		expect(dataset.title).toBe('miserables');
		expect(dataset.edges).toHaveLength(1);
		expect(dataset.groups.map((g) => g.id)).toEqual(['1', '2']);
	});

	it('opens networkx node_link_data with integer ids and "edges", as networkx 3.4 writes it', () => {
		// json.dumps(nx.node_link_data(nx.karate_club_graph())), cut to three nodes.
		const { dataset } = openFiles([
			file(
				'karate.json',
				JSON.stringify({
					directed: false,
					multigraph: false,
					graph: { name: "Zachary's Karate Club" },
					nodes: [
						{ club: 'Mr. Hi', id: 0 },
						{ club: 'Mr. Hi', id: 1 },
						{ club: 'Officer', id: 33 }
					],
					edges: [
						{ weight: 4, source: 0, target: 1 },
						{ weight: 2, source: 1, target: 33 }
					]
				})
			)
		]);
		expect(dataset.nodes.map((n) => [n.id, n.attributes['club']])).toEqual([
			['0', 'Mr. Hi'],
			['1', 'Mr. Hi'],
			['33', 'Officer']
		]);
		expect(dataset.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
			['0', '1', 4],
			['1', '33', 2]
		]);
	});

	it('opens networkx node_link_data whose ids are tuples (grid_2d_graph), naming them as Python does', () => {
		// Found by open.property.test.ts: ids written as lists were refused ("must be text or a number").
		const { dataset } = openFiles([
			file(
				'grid.json',
				JSON.stringify({
					directed: false,
					multigraph: false,
					graph: {},
					nodes: [{ id: [0, 0] }, { id: [0, 1] }, { id: ['a', true, null] }, { id: [7] }],
					links: [
						{ source: [0, 0], target: [0, 1] },
						{ source: [0, 1], target: ['a', true, null] }
					]
				})
			)
		]);
		expect(dataset.nodes.map((n) => n.id)).toEqual([
			'(0, 0)',
			'(0, 1)',
			"('a', True, None)",
			'(7,)'
		]);
		expect(dataset.edges.map((e) => [e.source, e.target])).toEqual([
			['(0, 0)', '(0, 1)'],
			['(0, 1)', "('a', True, None)"]
		]);
		// The project's own format stays strict.
		expect(problems([file('p.json', '{"nodes": [{"id": [0, 0]}]}')])[1]).toMatch(
			/^\/nodes\/0\/id: a node id must be text or a number/
		);
	});

	it('gives the line and column of a JSON syntax error', () => {
		expect(problems([file('bad.json', '{\n  "nodes": [\n    {"id": "a"},,\n  ]\n}')])).toEqual([
			'bad.json is not valid (1 problem):',
			expect.stringMatching(/^line 3, column 17: not valid JSON \(.+\)\. Fix the JSON syntax there/)
		]);
	});

	it('gives the JSON pointer of a schema problem', () => {
		expect(problems([file('x.json', '{"nodes": [{"id": "a"}, {"id": "a"}]}')])[1]).toMatch(
			/^\/nodes\/1\/id: "a" is already the id/
		);
	});

	it('opens a CSV edge list with Gephi headers, dropping Gephi’s Type column', () => {
		const { dataset } = openFiles([
			file(
				'edges.csv',
				'Source,Target,Type,Id,Label,Weight\nA,B,Directed,0,funds,2\nB,C,Directed,1,runs,\n'
			)
		]);
		expect(dataset.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
		expect(dataset.edges.map((e) => [e.id, e.source, e.relation, e.target, e.weight])).toEqual([
			['0', 'A', 'funds', 'B', 2],
			['1', 'B', 'runs', 'C', 1]
		]);
		expect(dataset.edges[0]!.attributes).toEqual({});
	});

	it('opens a nodes file and an edges file chosen together, in either order', () => {
		const nodes = file('people.csv', 'Id,Label,party,group\n1,Ann,blue,x\n2,Bob,red,y\n');
		const edges = file('links.csv', 'from,to,since\n1,2,1999\n2,9,2001\n');
		for (const files of [
			[nodes, edges],
			[edges, nodes]
		]) {
			const { dataset, warnings } = openFiles(files);
			expect(dataset.title).toBe('people');
			expect(dataset.nodes.map((n) => [n.id, n.label, n.group, n.attributes])).toEqual([
				['1', 'Ann', 'x', { party: 'blue' }],
				['2', 'Bob', 'y', { party: 'red' }]
			]);
			expect(dataset.edges[0]!.attributes).toEqual({ since: '1999' });
			// The edge to a missing node is dropped and reported by its endpoints.
			expect(warnings.map((w) => w.message)).toEqual([
				'edge 2 → 9: target "9" is not a node; the edge was left out'
			]);
		}
	});

	it('names the CSV row of a problem', () => {
		expect(problems([file('e.csv', 'source,target,weight\na,b,1\n,c,2\nd,e,lots\n')])).toEqual([
			'e.csv is not valid (2 problems):',
			'row 3: source is empty. Give every row a source node id.',
			'row 4: weight "lots" is not a number of zero or more. Write the weight as a plain number of zero or more, or leave it empty.'
		]);
		expect(problems([file('e.csv', 'a,b\n1,2\n')])[1]).toMatch(
			/^row 1: no source and target columns among: a, b\. Name the columns source and target/
		);
	});

	it('counts blank rows when it names a row, and names rows for problems the loader finds', () => {
		// Found by csv.property.test.ts: problems the loader found were named by JSON pointer
		// ("/edges/0/period"), which a CSV has not. (Found reading the code: row numbers skipped
		// blank rows.)
		expect(problems([file('e.csv', 'source,target,weight\n\na,b,1\n\nc,d,-2\n')])[1]).toMatch(
			/^row 5: weight "-2" is not a number of zero or more/
		);
		expect(
			problems([
				file('n.csv', 'Id,Label\na,A\n\na,again\n'),
				file('e.csv', 'Source,Target,Id\na,a,1\na,a,1\n')
			]).slice(1)
		).toEqual([
			expect.stringMatching(/^row 4 of n\.csv: "a" is already the id of node 0/),
			expect.stringMatching(/^row 3 of e\.csv: "1" is already the id of another edge/)
		]);
	});

	it('keeps a column named like a field of the format as an attribute, and ignores blank cells', () => {
		// Found by csv.property.test.ts: a Gephi column "period" (or "sources", "x", "aliases"…) was
		// read as the format's field and refused; a label of spaces was refused as empty.
		const { dataset } = openFiles([
			file('n.csv', 'Id,Label,period,sources,x,type\n a ,  ,1990s,Reuters,3, \n'),
			file('e.csv', 'Source,Target,period\na, a,2001\n')
		]);
		expect(dataset.nodes[0]).toMatchObject({
			id: 'a',
			label: 'a',
			attributes: { 'period (file)': '1990s', 'sources (file)': 'Reuters', 'x (file)': '3' }
		});
		expect(dataset.nodes[0]!.type).toBeUndefined();
		expect(dataset.edges[0]).toMatchObject({ source: 'a', target: 'a' });
		expect(dataset.edges[0]!.attributes).toEqual({ 'period (file)': '2001' });
	});

	it('opens a nodes table beside an edges table that has a header and no rows', () => {
		// Found by csv.property.test.ts: Gephi writes an edgeless network's edges table so.
		const { dataset } = openFiles([
			file('n.csv', 'Id,Label\na,A\n'),
			file('e.csv', 'Source,Target,Type,Id,Label,Weight\n')
		]);
		expect([dataset.nodes.length, dataset.edges.length]).toEqual([1, 0]);
	});

	it('refuses what it cannot open, saying why', () => {
		expect(problems([file('g.gexf', '<?xml version="1.0"?><gexf/>')])[1]).toMatch(
			/XML files need a browser to open/
		);
		expect(problems([file('a.json', '{}'), file('b.json', '{}')])[1]).toMatch(
			/two files can only be a nodes CSV and an edges CSV/
		);
		expect(problems([{ name: 'huge.json', bytes: new Uint8Array(129 * 1024 * 1024) }])[1]).toMatch(
			/the file is 129\.0 MB, over the limit of 128 MB/
		);
		expect(problems([file('empty.json', '{"nodes": []}')])[1]).toMatch(
			/^\/nodes: nodes must hold at least one node/
		);
	});
});

const dom = {
	DOMParser: DOMParser as unknown as typeof globalThis.DOMParser,
	Document: new DOMParser().parseFromString('<t/>', 'application/xml')
		.constructor as unknown as typeof Document
};

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="modularity_class" type="integer"/>
      <attribute id="1" title="founded" type="integer"/>
    </attributes>
    <nodes>
      <node id="n0" label="Bakı"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="1806"/></attvalues>
        <viz:color r="200" g="20" b="20"/><viz:position x="10.5" y="-4" z="0"/></node>
      <node id="n1" label="Gəncə"><attvalues><attvalue for="0" value="2"/></attvalues>
        <viz:position x="-3" y="7" z="0"/></node>
    </nodes>
    <edges><edge id="e0" source="n0" target="n1" weight="2.5" label="road"/></edges>
  </graph>
</gexf>`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="party" attr.type="string"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Ann</data><data key="d1">blue</data></node>
    <node id="1"><data key="d0">Bob</data></node>
    <edge source="0" target="1"><data key="d2">3</data></edge>
  </graph>
</graphml>`;

describe('GEXF and GraphML', () => {
	it('opens GEXF as Gephi writes it: labels, attributes, viz colour and position', () => {
		const { dataset } = openFiles([file('cities.gexf', GEXF)], dom);
		expect(dataset.title).toBe('cities');
		const [baki, gence] = dataset.nodes;
		expect(baki).toMatchObject({ id: 'n0', label: 'Bakı', group: '1', x: 10.5, y: -4 });
		expect(baki!.attributes).toMatchObject({ founded: 1806, color: 'rgb(200,20,20)' });
		expect(gence).toMatchObject({ label: 'Gəncə', group: '2' });
		expect(dataset.edges[0]).toMatchObject({
			source: 'n0',
			target: 'n1',
			relation: 'road',
			weight: 2.5
		});
	});

	it('opens GraphML as igraph and networkx write it, with "name" as the label', () => {
		const { dataset } = openFiles([file('people.graphml', GRAPHML)], dom);
		expect(dataset.nodes.map((n) => [n.id, n.label, n.attributes])).toEqual([
			['0', 'Ann', { party: 'blue' }],
			['1', 'Bob', {}]
		]);
		expect(dataset.edges[0]).toMatchObject({ source: '0', target: '1', weight: 3 });
	});

	it('opens GraphML as yEd writes it: labels, places and fills from its graphics, groups as nodes', () => {
		// yEd's port and document keys made graphology-graphml fail on every file yEd saves.
		const { dataset, warnings } = openFiles(
			[{ name: 'yed.graphml', bytes: readFileSync('tests/fixtures/yed.graphml') }],
			dom
		);
		expect(warnings).toEqual([]);
		expect(dataset.nodes.map((n) => [n.id, n.label, n.x, n.y, n.attributes['color']])).toEqual([
			['n0', 'Baku', 115, 65, '#ffcc00'],
			['n1', 'Gəncə', 215, 95, '#99ccff'],
			['n2', 'Nakhchivan', 380, 80, '#f5f5f5'],
			['n2::n0', 'Culture House', 360, 85, '#ff0000']
		]);
		expect(dataset.nodes[0]!.description).toBe('Capital city');
		expect(dataset.edges.map((e) => [e.source, e.target, e.relation])).toEqual([
			['n0', 'n1', 'road'],
			['n2::n0', 'n0', undefined]
		]);
	});

	it('keeps a yEd node and an edge that share an id apart', () => {
		const text = readFileSync('tests/fixtures/yed.graphml', 'utf8').replace('id="e0"', 'id="n1"');
		const { dataset } = openFiles(
			[{ name: 'y.graphml', bytes: new TextEncoder().encode(text) }],
			dom
		);
		expect(dataset.nodes.find((n) => n.id === 'n1')!.label).toBe('Gəncə');
		expect(dataset.edges.find((e) => e.source === 'n0')!.relation).toBe('road');
	});

	it('keeps attributes named like fields of the format (igraph "id", "source", "period") as attributes', () => {
		// Found by xml.property.test.ts: an edge attribute "source" replaced the edge's source, and a
		// node attribute "id" would replace the node's id; a numeric "confidence" refused the file.
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="v_id" for="node" attr.name="id" attr.type="double"/>
  <key id="v_conf" for="node" attr.name="confidence" attr.type="double"/>
  <key id="v_period" for="node" attr.name="period" attr.type="string"/>
  <key id="e_source" for="edge" attr.name="source" attr.type="boolean"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="v_id">7</data><data key="v_conf">0.8</data><data key="v_period">1990s</data></node>
    <node id="n1"><data key="v_id">7</data></node>
    <edge source="n0" target="n1"><data key="e_source">false</data></edge>
  </graph>
</graphml>`;
		const { dataset } = openFiles([file('igraph.graphml', text)], dom);
		expect(dataset.nodes.map((n) => n.id)).toEqual(['n0', 'n1']);
		expect(dataset.nodes[0]!.attributes).toEqual({
			'id (file)': 7,
			'confidence (file)': 0.8,
			'period (file)': '1990s'
		});
		expect(dataset.nodes[0]!.confidence).toBeUndefined();
		expect(dataset.edges[0]).toMatchObject({
			source: 'n0',
			target: 'n1',
			attributes: { 'source (file)': false }
		});
	});

	it('drops an edge to a node the file lacks and reports it, in GEXF and in GraphML', () => {
		// graphology's parsers refuse the whole file for such an edge; like JSON and CSV, the network
		// opens without it.
		const gexf = GEXF.replace(
			'</edges>',
			'<edge id="e1" source="n1" target="ghost"/><edge id="e2" source="nobody" target="n0"/></edges>'
		);
		const opened = openFiles([file('cities.gexf', gexf)], dom);
		expect(opened.dataset.nodes.map((n) => n.id)).toEqual(['n0', 'n1']);
		expect(opened.dataset.edges.map((e) => e.id)).toEqual(['e0']);
		expect(opened.warnings.map((w) => `${w.pointer}: ${w.message}`)).toEqual([
			'edge "e1": edge n1 → ghost: target "ghost" is not a node; the edge was left out',
			'edge "e2": edge nobody → n0: source "nobody" is not a node; the edge was left out'
		]);
		const graphml = GRAPHML.replace('</graph>', '<edge source="1" target="7"/></graph>');
		const { dataset, warnings } = openFiles([file('people.graphml', graphml)], dom);
		expect(dataset.nodes.map((n) => n.id)).toEqual(['0', '1']);
		expect(dataset.edges).toHaveLength(1);
		expect(warnings.map((w) => w.message)).toEqual([
			'edge 1 → 7: target "7" is not a node; the edge was left out'
		]);
	});

	it('names a bad value in an XML file by the id of its element', () => {
		const text = GEXF.replace('<viz:position x="-3"', '<viz:position x="NaN"');
		expect(problems([file('cities.gexf', text)])[1]).toMatch(
			/^node "n1": x must be a number\. Use a plain finite number/
		);
	});

	it('refuses malformed XML, naming the file', () => {
		const [head, issue] = problems([
			file('bad.graphml', '<graphml>\n<graph><node id="a"></graph>')
		]);
		expect(head).toBe('bad.graphml is not valid (1 problem):');
		expect(issue).toMatch(
			/^(line \d+, column \d+|the XML): not well-formed XML\. Fix the XML there/
		);
	});
});
