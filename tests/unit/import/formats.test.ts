import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import { detectKind } from '$lib/import/detect';
import { detectSeparator } from '$lib/import/csv';
import { placeScale } from '$lib/import/places';
import { strToU8, zipSync } from 'fflate';
import { DatasetError } from '$lib/model';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const issues = (name: string, text: string) => {
	try {
		openFiles([file(name, text)]);
	} catch (error) {
		if (error instanceof DatasetError)
			return error.issues.map((i) => `${i.pointer}: ${i.message}. ${i.fix}`);
		throw error;
	}
	throw new Error('expected the file to be refused');
};

const YED_GML = `Creator "yFiles"
Version "2.17"
# a comment line
graph
[
  hierarchic 1
  label "Caspian links"
  directed 1
  node [ id 0 label "Bak&#305;" graphics [ x 10.0 y 20.0 w 30.0 h 30.0 type "ellipse" fill "#FFCC00" ] LabelGraphics [ text "Bak&#305;" ] ]
  node [ id 1 graphics [ x 60 y 20 fill "#3366FF" ] LabelGraphics [ text "Tehran" ] party "A &amp; B" ]
  edge [ source 0 target 1 label "funds" weight 2.5 graphics [ fill "#000000" ] ]
  edge [ source 1 target 7 ]
]
`;

describe('GML', () => {
	it('reads yEd GML: labels from LabelGraphics, places and fills from graphics, entities unescaped', () => {
		const { dataset, warnings } = openFiles([file('caspian.gml', YED_GML)]);
		expect(dataset.title).toBe('Caspian links');
		expect(dataset.nodes.map((n) => [n.id, n.label, n.x, n.y, n.attributes['color']])).toEqual([
			['0', 'Bakı', 10, 20, '#FFCC00'],
			['1', 'Tehran', 60, 20, '#3366FF']
		]);
		expect(dataset.nodes[1]!.attributes['party']).toBe('A & B');
		expect(dataset.nodes[0]!.attributes['size']).toBe(30);
		expect(dataset.edges).toHaveLength(1);
		expect(dataset.edges[0]).toMatchObject({ relation: 'funds', weight: 2.5 });
		// The dangling edge is left out and named by its line and column.
		expect(warnings.map((w) => `${w.pointer}: ${w.message}`)).toEqual([
			'edge at line 12, column 3: edge 1 → 7: target "7" is not a node; the edge was left out'
		]);
	});

	it('names the line and column of a fault and the fix', () => {
		expect(issues('a.gml', 'graph [\n  node [ id 1 label "x" ]\n  node [ id 2 \n')).toEqual([
			'line 4, column 1: a [ list is not closed. Add the missing "]", or export the file again.'
		]);
		expect(issues('a.gml', 'graph [\n  node [ id 1 label x ]\n]')[0]).toMatch(
			/^line 2, column 21: the value of "label" is not a number, a "string" or a \[ list \]/
		);
		expect(issues('a.gml', 'graph [ node [ label "no id" ] ]')[0]).toMatch(
			/^line 1, column 9: a node has no id\. Give every node an id/
		);
		expect(issues('a.gml', 'graph [ ' + 'a [ '.repeat(100) + ' ]'.repeat(100) + ' ]')[0]).toMatch(
			/lists are nested more than 64 deep/
		);
	});
});

describe('Pajek', () => {
	it('reads vertices with labels, coordinates and ic colours, arcs with weights and labels, and lists', () => {
		const text = [
			'*Network caspian',
			'*Vertices 4',
			'1 "Baku" 0.1 0.2 0.5 ic Red',
			'2 "Iranian Culture House" 0.5 0.5 0.5',
			'3 Tehran 0.9 0.8 0.5',
			'4 "Ganja" 0.2 0.9 0.5',
			'*Arcs',
			'1 2 2 l "funds"',
			'*Edgeslist',
			'3 1 4',
			'*Arcs',
			'2 9'
		].join('\n');
		const { dataset, warnings } = openFiles([file('caspian.net', text)]);
		expect(dataset.title).toBe('caspian');
		expect(dataset.nodes.map((n) => n.label)).toEqual([
			'Baku',
			'Iranian Culture House',
			'Tehran',
			'Ganja'
		]);
		expect(dataset.nodes[0]!.attributes['color']).toBe('#ff0000');
		expect(dataset.edges.map((e) => [e.source, e.target, e.weight, e.relation])).toEqual([
			['1', '2', 2, 'funds'],
			['3', '1', 1, undefined],
			['3', '4', 1, undefined]
		]);
		expect(warnings.map((w) => `${w.pointer}: ${w.message}`)).toEqual([
			'line 12: edge 2 → 9: target "9" is not a node; the edge was left out'
		]);
		// Coordinates in 0…1 are scaled by one factor and the summary says so.
		const k = placeScale([0.1, 0.5, 0.9, 0.2].map((x, i) => ({ x, y: [0.2, 0.5, 0.8, 0.9][i]! })));
		expect(k).toBeGreaterThan(10);
		expect(dataset.nodes[2]!.x).toBeCloseTo(0.9 * k, 9);
		expect(dataset.summary).toMatch(/positions were scaled by/);
	});

	it('names the line of a fault', () => {
		expect(issues('a.net', '*Vertices 2\n1 "a"\n3 "c"\n')).toEqual([
			'line 3: "3" is not a vertex number from 1 to 2. Number the vertices 1, 2, 3… up to the count given after *Vertices.'
		]);
		expect(issues('a.net', '*Vertices 2\n1 "a\n')[0]).toMatch(
			/^line 2: a quoted label is not closed/
		);
		expect(issues('a.net', '*Vertices 999999999\n')[0]).toMatch(
			/^line 1: .*more than 200,000 vertices/
		);
	});
});

describe('graphology and Cytoscape.js JSON', () => {
	it('reads graphology’s export, naming faults and dangling edges by pointer', () => {
		const g = {
			attributes: { name: 'Sigma graph' },
			options: { type: 'directed' },
			nodes: [
				{ key: 'a', attributes: { label: 'Alpha', x: 1, y: 2, size: 12, color: '#ff0000' } },
				{ key: 'b', attributes: { label: 'Beta', x: 5, y: 9, size: 3 } }
			],
			edges: [
				{ key: 'ab', source: 'a', target: 'b', attributes: { label: 'funds', size: 2 } },
				{ source: 'a', target: 'ghost' }
			]
		};
		const { dataset, warnings } = openFiles([file('sigma.json', JSON.stringify(g))]);
		expect(dataset.title).toBe('Sigma graph');
		expect(dataset.nodes.map((n) => [n.id, n.label, n.x, n.attributes['size']])).toEqual([
			['a', 'Alpha', 1, 12],
			['b', 'Beta', 5, 3]
		]);
		expect(dataset.edges.map((e) => [e.id, e.relation])).toEqual([['ab', 'funds']]);
		expect(warnings[0]!.pointer).toBe('/edges/1');
		const bad = { nodes: [{ key: 'a' }, { key: null }], edges: [{ source: 'a' }] };
		expect(issues('g.json', JSON.stringify(bad))).toEqual([
			'/nodes/1/key: a node needs a key (text or a number). Give every node a key, e.g. "key": "a".',
			'/edges/0/target: an edge needs a target (a node key). Give every edge a target.'
		]);
	});

	it('reads Cytoscape.js JSON in both forms, with positions and Cytoscape desktop’s interaction', () => {
		const cy = {
			data: { name: 'From Cytoscape' },
			elements: {
				nodes: [
					{ data: { id: 'n1', name: 'Baku', SUID: 52 }, position: { x: 10, y: 40 } },
					{ data: { id: 'n2', name: 'Tehran' }, position: { x: 90, y: 40 } }
				],
				edges: [{ data: { id: 'x', source: 'n1', target: 'n2', interaction: 'pp' } }]
			}
		};
		const { dataset } = openFiles([file('net.cyjs', JSON.stringify(cy))]);
		expect(dataset.title).toBe('From Cytoscape');
		expect(dataset.nodes.map((n) => [n.id, n.label, n.x, n.y])).toEqual([
			['n1', 'Baku', 10, 40],
			['n2', 'Tehran', 90, 40]
		]);
		expect(dataset.nodes[0]!.attributes).not.toHaveProperty('SUID');
		expect(dataset.edges[0]).toMatchObject({ id: 'x', relation: 'pp' });
		const array = {
			elements: [
				{ group: 'nodes', data: { id: 'a' } },
				{ data: { source: 'a', target: 'a' } },
				{ data: {} }
			]
		};
		expect(issues('c.json', JSON.stringify(array))).toEqual([
			'/elements/2/data/id: a node needs an id (text or a number). Give every node data an "id".'
		]);
	});
});

describe('CSV separators and detection', () => {
	it('finds the separator in the header, outside quotes', () => {
		expect(detectSeparator('source;target;"a,b"\n1;2;3')).toBe(';');
		expect(detectSeparator('\ufeffsource\ttarget\n1\t2')).toBe('\t');
		expect(detectSeparator('"x;y",source,target\n')).toBe(',');
		expect(detectSeparator('source\n')).toBe(',');
	});

	it('opens a semicolon edge list with decimal commas quoted, and says which separator it read', () => {
		const { dataset } = openFiles([
			file('links.txt', 'Source;Target;Weight;note\nA;B;2,5;"x;y"\nB;C;;z\n')
		]);
		expect(dataset.edges.map((e) => [e.source, e.target, e.weight, e.attributes['note']])).toEqual([
			// A decimal comma, as spreadsheets that write semicolons write numbers.
			['A', 'B', 2.5, 'x;y'],
			['B', 'C', 1, 'z']
		]);
		expect(dataset.summary).toBe('links.txt: columns separated by semicolons (;).');
	});

	it('tells formats apart by content when the extension says nothing', () => {
		expect(detectKind('a.txt', '% pajek\n*Vertices 3\n')).toBe('pajek');
		expect(detectKind('a', '# comment\ngraph [ node [ id 1 ] ]')).toBe('gml');
		expect(detectKind('a.dat', '{"elements": []}')).toBe('json');
		expect(detectKind('a.txt', 'from\tto\nA\tB\n')).toBe('csv');
		expect(detectKind('a.json', '<?xml version="1.0"?><gexf/>')).toBe('xml');
		expect(detectKind('a.net', 'anything')).toBe('pajek');
	});
});

describe('a ZIP of CSV files', () => {
	const zip = (files: Record<string, string>) =>
		zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
	it('opens a nodes CSV and an edges CSV inside, naming rows by entry', () => {
		const bytes = zip({
			'nodes.csv': 'id,label,x,y\na,Alpha,1,2\nb,Beta,3,4\n',
			'edges.csv': 'source,target\na,b\na,ghost\n',
			'readme.txt': 'ignored'
		});
		const { dataset, warnings } = openFiles([{ name: 'net.zip', bytes }]);
		expect(dataset.nodes.map((n) => [n.id, n.label, n.x, n.y])).toEqual([
			['a', 'Alpha', 1, 2],
			['b', 'Beta', 3, 4]
		]);
		expect(warnings.map((w) => w.pointer)).toEqual(['row 3 of net.zip/edges.csv']);
	});

	it('refuses an archive without one or two CSVs, or one that is not a ZIP, saying what to do', () => {
		const three = zip({ 'a.csv': 'source,target\n', 'b.csv': 'id\n', 'c.csv': 'id\n' });
		expect(() => openFiles([{ name: 'x.zip', bytes: three }])).toThrow(
			/the archive holds 3 CSV files\. A ZIP must hold one CSV edge list, or a nodes CSV and an edges CSV/
		);
		const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
		expect(() => openFiles([{ name: 'x.zip', bytes: broken }])).toThrow(
			/not a ZIP archive we can read .*Unpack it and open the CSV files inside/
		);
	});
});
