import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { analyse, shortestPaths } from '$lib/clusters/analysis';
import type { InputFile } from '$lib/import/input-file';
import { openFiles } from '$lib/import/open';
import { indexGraph } from '$lib/model';

const dom = {
	DOMParser: DOMParser as unknown as typeof globalThis.DOMParser,
	Document: new DOMParser().parseFromString('<t/>', 'application/xml')
		.constructor as unknown as typeof Document
};
const file = (name: string, text: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(text)
});

/** Ids that name members of every plain object, and a self-loop on one of them. */
const IDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const PAIRS: [string, string][] = [
	...IDS.slice(1).map((id, i): [string, string] => [IDS[i]!, id]),
	['__proto__', '__proto__']
];

const FILES: Record<string, InputFile[]> = {
	json: [
		file(
			'odd.json',
			JSON.stringify({
				nodes: IDS.map((id) => ({ id })),
				edges: PAIRS.map(([source, target]) => ({ source, target }))
			})
		)
	],
	'CSV edge list': [file('odd.csv', 'source,target\n' + PAIRS.map((p) => p.join(',')).join('\n'))],
	'CSV nodes and edges': [
		file('nodes.csv', 'id,label\n' + IDS.map((id) => `${id},${id}`).join('\n')),
		file('edges.csv', 'source,target\n' + PAIRS.map((p) => p.join(',')).join('\n'))
	],
	GEXF: [
		file(
			'odd.gexf',
			`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes>${IDS.map((id) => `<node id="${id}" label="${id}"/>`).join('')}</nodes>
<edges>${PAIRS.map(([s, t], i) => `<edge id="e${i}" source="${s}" target="${t}"/>`).join('')}</edges>
</graph></gexf>`
		)
	],
	GraphML: [
		file(
			'odd.graphml',
			`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
${IDS.map((id) => `<node id="${id}"/>`).join('')}
${PAIRS.map(([s, t]) => `<edge source="${s}" target="${t}"/>`).join('')}
</graph></graphml>`
		)
	]
};

describe('node ids named like Object.prototype’s members are plain strings', () => {
	for (const [kind, files] of Object.entries(FILES))
		it(`in ${kind}: every node and edge opens, and the graph algorithms run`, () => {
			const { dataset } = openFiles(files, dom);
			expect(dataset.nodes.map((n) => n.id)).toEqual(IDS);
			expect(dataset.edges.map((e) => [e.source, e.target])).toEqual(PAIRS);
			const index = indexGraph(dataset);
			expect(index.degree.get('__proto__')).toBe(3);
			expect(index.incident.get('constructor')).toHaveLength(1);
			const { communities, betweenness, graph } = analyse(dataset);
			expect(communities.of.size).toBe(IDS.length);
			expect(betweenness.get('__proto__')).toBeGreaterThan(0);
			expect(shortestPaths(graph, 'constructor', 'valueOf')).toEqual([IDS]);
		});
});

describe('graphology’s messages', () => {
	it('name a node by its id as the file writes it', () => {
		const twice = file(
			'twice.gexf',
			`<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"/><node id="a"/></nodes><edges/></graph></gexf>`
		);
		expect(() => openFiles([twice], dom)).toThrow(/"a" node already exist/);
	});
});
