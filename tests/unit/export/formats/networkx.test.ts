// Gephi's and networkx's readers must take what we write. networkx is at hand on Debian
// (python3-networkx, installed by scripts/ensure-test-tools.mjs): it reads our GEXF, GraphML and GML of
// the bundled network here and reports counts and attributes. Without it the test fails, unless
// this machine cannot install Debian packages at all: then it is skipped, saying so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGexf } from '$lib/export/formats/gexf';
import { toGraphml } from '$lib/export/formats/graphml';
import { toGml } from '$lib/export/formats/gml';
import type { Picture } from '$lib/export/formats/records';
import { openFiles } from '$lib/import/open';

const PYTHON = '/usr/bin/python3';
const hasNetworkx =
	existsSync(PYTHON) &&
	spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
const canInstall = existsSync('/usr/bin/apt-get');
if (!hasNetworkx && !canInstall)
	console.warn(
		'networkx round trip SKIPPED: /usr/bin/python3 cannot import networkx and this machine has no apt-get to install python3-networkx.'
	);

const READ = `
import json, sys, networkx as nx
out = {}
for kind, path in (("gexf", sys.argv[1]), ("graphml", sys.argv[2]), ("gml", sys.argv[6])):
    g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path) if kind == "graphml" else nx.read_gml(path, label="name")
    node = sys.argv[3]
    data = g.nodes[node]
    s, t = sys.argv[4], sys.argv[5]
    found = g.get_edge_data(s, t) or {}
    found = next(iter(found.values()), {}) if g.is_multigraph() else found
    out[kind] = {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "node": {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool, dict))},
        "edge": {"source": s, "target": t, "found": bool(found), **{k: v for k, v in found.items() if isinstance(v, (str, int, float))}},
    }
print(json.dumps(out))
`;

describe.skipIf(!hasNetworkx && !canInstall)('networkx reads what we write', () => {
	it('GEXF, GraphML and GML of the bundled network: counts, labels, groups, places, colours', () => {
		expect(
			hasNetworkx,
			`${PYTHON} cannot import networkx: run node scripts/ensure-test-tools.mjs as root`
		).toBe(true);
		const bytes = readFileSync('data/azerbaijan-iran.json');
		const { dataset } = openFiles([{ name: 'azerbaijan-iran.json', bytes: new Uint8Array(bytes) }]);
		const picture: Picture = {
			x: (i) => i * 10,
			y: (i) => i * 5,
			colour: (n) => (n.group === dataset.nodes[0]!.group ? '#0069a8' : '#808080'),
			size: () => 9
		};
		const dir = mkdtempSync(join(tmpdir(), 'im-nx-'));
		writeFileSync(join(dir, 'n.gexf'), toGexf(dataset, picture));
		writeFileSync(join(dir, 'n.graphml'), toGraphml(dataset, picture));
		writeFileSync(join(dir, 'n.gml'), toGml(dataset, picture));
		const first = dataset.nodes[0]!;
		const e = dataset.edges[0]!;
		const result = JSON.parse(
			execFileSync(
				PYTHON,
				[
					'-c',
					READ,
					join(dir, 'n.gexf'),
					join(dir, 'n.graphml'),
					first.id,
					e.source,
					e.target,
					join(dir, 'n.gml')
				],
				{
					encoding: 'utf8'
				}
			)
		);
		for (const kind of ['gexf', 'graphml', 'gml'] as const) {
			const r = result[kind];
			expect(r.directed).toBe(true);
			expect(r.nodes).toBe(dataset.nodes.length);
			expect(r.edges).toBe(dataset.edges.length);
			expect(r.node.label).toBe(first.label);
			expect(r.node.group).toBe(first.group);
			expect(r.node.description).toBe(first.description);
			expect(JSON.parse(r.node.sources)).toEqual(first.sources);
		}
		// GEXF: networkx gathers the viz elements in one dict.
		expect(result.gexf.node.viz).toMatchObject({
			position: { x: 0, y: 0 },
			size: 9,
			color: { r: 0, g: 105, b: 168 }
		});
		// GraphML: place, size and colour are plain typed data.
		expect(result.graphml.node).toMatchObject({ x: 0, y: 0, size: 9, r: 0, g: 105, b: 168 });
		// GML: place, size and colour in the node's graphics list.
		expect(result.gml.node.graphics).toMatchObject({ x: 0, y: 0, w: 9, fill: '#0069a8' });
		expect(result.gml.edge).toMatchObject({ found: true, id: e.id, weight: e.weight });
		if (e.relation) expect(result.gml.edge.relation).toBe(e.relation);
		expect(result.gexf.edge.found).toBe(true);
		expect(result.graphml.edge).toMatchObject({
			source: e.source,
			target: e.target,
			weight: e.weight
		});
		if (e.relation) expect(result.graphml.edge.relation).toBe(e.relation);
	});
});
