// Writes the test files for the readers of other tools' formats into tests/fixtures/formats/:
// - arctic-like.gexf: a network shaped like the sample Gephi ships (several hundred nodes in
//   communities, each drawn in its community's colour, sized by degree, placed by a layout), made
//   here from a fixed seed. Nothing is downloaded; run `node scripts/make-format-fixtures.mjs`.
// - one small file in each format the dashboard opens besides its own.
import { mkdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../tests/fixtures/formats/', import.meta.url);
mkdirSync(dir, { recursive: true });

/** Numerical Recipes' LCG, as src/lib/model/random.ts: the same file on every machine. */
function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(1664525, state) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}
const random = seeded(20261206);
const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

// Colours of the kind Gephi's palette gives communities.
const COLOURS = [
	[229, 115, 115],
	[100, 181, 246],
	[129, 199, 132],
	[255, 183, 77],
	[186, 104, 200],
	[77, 208, 225],
	[240, 98, 146],
	[161, 136, 127],
	[174, 213, 129]
];
const NAMES = [
	'Tundra',
	'Fjord',
	'Floe',
	'Polar',
	'Boreal',
	'Glacier',
	'Aurora',
	'Permafrost',
	'Skerry'
];
const N = 420;
const nodes = Array.from({ length: N }, (_, i) => {
	const c = Math.min(COLOURS.length - 1, Math.floor(random() * random() * 1.6 * COLOURS.length));
	return { id: String(i), label: `${NAMES[c]} ${i + 1}`, c, degree: 0 };
});
const edges = [];
const seen = new Set();
for (let k = 0; k < N * 2.4; k++) {
	const a = nodes[Math.floor(random() * N)];
	// Mostly within the community, a few across; hubs attract (a skewed pick).
	const pool = random() < 0.85 ? nodes.filter((n) => n.c === a.c) : nodes;
	const b = pool[Math.floor(random() ** 2 * pool.length)];
	const key = `${a.id}-${b.id}`;
	if (a === b || seen.has(key)) continue;
	seen.add(key);
	a.degree++;
	b.degree++;
	edges.push([a.id, b.id]);
}
// Communities around a ring, members scattered about their centre, wider for larger ones.
const centres = COLOURS.map((_, c) => [
	1600 * Math.cos((2 * Math.PI * c) / COLOURS.length),
	1600 * Math.sin((2 * Math.PI * c) / COLOURS.length)
]);
const r1 = (v) => Math.round(v * 10) / 10;
const nodeXml = nodes
	.map((n) => {
		const [cx, cy] = centres[n.c];
		const [r, g, b] = COLOURS[n.c];
		return `      <node id="${n.id}" label="${n.label}">
        <attvalues><attvalue for="modularity_class" value="${n.c}"/><attvalue for="Degree" value="${n.degree}"/></attvalues>
        <viz:size value="${r1(10 + 2.5 * n.degree)}"/>
        <viz:position x="${r1(cx + 330 * gauss())}" y="${r1(cy + 330 * gauss())}" z="0.0"/>
        <viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>
      </node>`;
	})
	.join('\n');
const edgeXml = edges
	.map(([s, t], i) => `      <edge id="${i}" source="${s}" target="${t}" weight="1.0"/>`)
	.join('\n');
writeFileSync(
	new URL('arctic-like.gexf', dir),
	`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2026-12-06">
    <creator>Gephi 0.10.1 (made by scripts/make-format-fixtures.mjs)</creator>
    <description>A seeded stand-in for Gephi's arctic sample</description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="Degree" title="Degree" type="integer"/>
    </attributes>
    <nodes>
${nodeXml}
    </nodes>
    <edges>
${edgeXml}
    </edges>
  </graph>
</gexf>
`
);

// The same small network (a triangle with a tail) in each other format.
writeFileSync(
	new URL('sigma.json', dir),
	JSON.stringify(
		{
			attributes: { name: 'Saved by sigma.js' },
			options: { type: 'directed', multi: false, allowSelfLoops: true },
			nodes: [
				{ key: 'baku', attributes: { label: 'Baku', x: 0, y: 0, size: 12, color: '#e57373' } },
				{
					key: 'tehran',
					attributes: { label: 'Tehran', x: 120, y: 60, size: 20, color: '#64b5f6' }
				},
				{ key: 'tabriz', attributes: { label: 'Tabriz', x: 60, y: 140, size: 6, color: '#64b5f6' } }
			],
			edges: [
				{ key: 'r1', source: 'tehran', target: 'baku', attributes: { label: 'funds' } },
				{ key: 'r2', source: 'tehran', target: 'tabriz', attributes: {} },
				{ key: 'r3', source: 'tabriz', target: 'baku', attributes: {} },
				{ key: 'r4', source: 'baku', target: 'nowhere', attributes: {} }
			]
		},
		null,
		2
	) + '\n'
);
writeFileSync(
	new URL('cytoscape.cyjs', dir),
	JSON.stringify(
		{
			data: { name: 'From Cytoscape' },
			elements: {
				nodes: [
					{ data: { id: 'n1', name: 'Baku', SUID: 101 }, position: { x: 0, y: 0 } },
					{ data: { id: 'n2', name: 'Tehran', SUID: 102 }, position: { x: 160, y: 40 } },
					{ data: { id: 'n3', name: 'Tabriz', SUID: 103 }, position: { x: 80, y: 150 } }
				],
				edges: [
					{ data: { id: 'e1', source: 'n2', target: 'n1', interaction: 'funds' } },
					{ data: { id: 'e2', source: 'n2', target: 'n3', interaction: 'pp' } }
				]
			}
		},
		null,
		2
	) + '\n'
);
writeFileSync(
	new URL('caspian.gml', dir),
	`Creator "networkx"
graph [
  directed 1
  label "Caspian (GML)"
  node [ id 0 label "Baku" group "Azerbaijan" ]
  node [ id 1 label "Tehran" group "Iran" ]
  node [ id 2 label "Tabriz" group "Iran" ]
  node [ id 3 label "Ganja" group "Azerbaijan" ]
  edge [ source 1 target 0 label "funds" ]
  edge [ source 1 target 2 ]
  edge [ source 2 target 0 ]
  edge [ source 3 target 0 ]
]
`
);
writeFileSync(
	new URL('caspian.net', dir),
	[
		'*Network "Caspian (Pajek)"',
		'*Vertices 4',
		'1 "Baku"',
		'2 "Tehran"',
		'3 "Tabriz"',
		'4 "Ganja"',
		'*Arcs',
		'2 1 2',
		'2 3',
		'*Edges',
		'3 1',
		'4 1',
		''
	].join('\r\n')
);
writeFileSync(
	new URL('semicolon.csv', dir),
	'Source;Target;Label;Weight\r\nTehran;Baku;funds;2,5\r\nTehran;Tabriz;;\r\nTabriz;Baku;;\r\n'
);
writeFileSync(
	new URL('tabs.tsv', dir),
	'source\ttarget\trelation\nTehran\tBaku\tfunds\nTehran\tTabriz\t\nTabriz\tBaku\t\n'
);
console.log(
	`tests/fixtures/formats: arctic-like.gexf (${N} nodes, ${edges.length} edges) and six small files`
);
