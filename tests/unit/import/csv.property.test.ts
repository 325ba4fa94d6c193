import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvEdges, csvNodes, looksLikeEdges } from '$lib/import/csv';
import { openFiles } from '$lib/import/open';
import type { Opened } from '$lib/import/opened';
import {
	ATTRIBUTE_NAMES,
	expectValidDataset,
	mutateText,
	netArb,
	outcome,
	runs,
	textMutationArb,
	toEdgeCsv,
	toNodeCsv
} from './property-kit';

const accept = (r: Opened) => expectValidDataset(r.dataset);
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

/** Column names the CSV importer reads as fields; any other column is an attribute. */
const EDGE_MAPPED =
	/^(source|from|src|node1|start|target|to|dst|node2|end|relation|label|relationship|kind|weight|value|id|edge id|description|type)$/i;
const NODE_MAPPED =
	/^(id|node|name|key|label|title|type|kind|category|group|cluster|community|modularity_class|description)$/i;
const extraArb = (mapped: RegExp) =>
	fc.uniqueArray(fc.constantFrom(...ATTRIBUTE_NAMES.filter((n) => !mapped.test(n))), {
		maxLength: 3
	});

/** An edge list as Gephi, networkx (to_pandas_edgelist) or a spreadsheet writes it, with edges. */
const edgeListArb = fc
	.tuple(netArb(), fc.constantFrom(0 as const, 1 as const, 2 as const), extraArb(EDGE_MAPPED))
	.filter(([net]) => net.edges.length > 0)
	.map(([net, headers, extra]) => ({ net, text: toEdgeCsv(net, headers, extra) }));

/**
 * A Gephi nodes table and edges table. (A nodes table with both a "source" and a "target" column
 * cannot be told from an edge list, so the generator leaves that out.)
 */
const pairArb = fc
	.tuple(
		netArb(),
		extraArb(NODE_MAPPED).filter((x) => !(x.includes('source') && x.includes('target'))),
		extraArb(EDGE_MAPPED)
	)
	.map(([net, nodeExtra, edgeExtra]) => ({
		net,
		nodes: toNodeCsv(net, nodeExtra),
		edges: toEdgeCsv(net, 0, edgeExtra)
	}));

/** CSV-ish text: cells, quotes, separators and line ends in any order. */
const csvishArb = fc.string({
	unit: fc.constantFrom(
		'a',
		'b',
		'source',
		'target',
		'id',
		',',
		'"',
		'\n',
		'\r\n',
		' ',
		'1',
		'x y'
	),
	maxLength: 30
});

describe('csvEdges and csvNodes (property)', () => {
	it('return rows or a DatasetError for any text', () => {
		fc.assert(
			fc.property(fc.oneof(csvishArb, fc.string({ maxLength: 40 })), (text) => {
				outcome(
					() => csvEdges(text, 'e.csv'),
					(edges) => expect(edges.records).toHaveLength(edges.rows.length)
				);
				outcome(
					() => csvNodes(text, 'n.csv'),
					(nodes) => expect(nodes.records).toHaveLength(nodes.rows.length)
				);
				looksLikeEdges(text);
			}),
			runs(1500)
		);
	});
});

describe('opening CSV files (property)', () => {
	it('opens every edge list the generators write: one edge per row, a node per endpoint', () => {
		fc.assert(
			fc.property(edgeListArb, ({ net, text }) => {
				const { dataset } = openFiles([file('edges.csv', text)]);
				expectValidDataset(dataset);
				expect(dataset.edges).toHaveLength(net.edges.length);
				const ends = new Set(net.edges.flatMap((e) => [e.source, e.target]));
				expect(dataset.nodes).toHaveLength(ends.size);
				dataset.edges.forEach((e, i) => {
					expect(e.source).toBe(net.nodes[net.edges[i]!.source]!.id);
					expect(e.target).toBe(net.nodes[net.edges[i]!.target]!.id);
				});
			}),
			runs(300)
		);
	});

	it('opens every nodes file + edges file pair, in either order', () => {
		fc.assert(
			fc.property(pairArb, fc.boolean(), ({ net, nodes, edges }, swap) => {
				const files = [file('nodes.csv', nodes), file('edges.csv', edges)];
				const { dataset, warnings } = openFiles(swap ? files.reverse() : files);
				expectValidDataset(dataset);
				expect(dataset.nodes.map((n) => n.id)).toEqual(net.nodes.map((n) => n.id));
				expect(dataset.edges).toHaveLength(net.edges.length);
				expect(warnings).toEqual([]);
			}),
			runs(250)
		);
	});

	it('mutated CSV gives a valid dataset or a DatasetError that names a row (or byte) of the file', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					edgeListArb.map(({ text }) => [text]),
					pairArb.map(({ nodes, edges }) => [nodes, edges])
				),
				fc.array(
					textMutationArb.filter((m) => m.kind !== 'nest'),
					{ minLength: 1, maxLength: 3 }
				),
				fc.nat(1),
				(texts, mutations, which) => {
					const at = which % texts.length;
					texts[at] = mutations.reduce(mutateText, texts[at]!);
					const names = texts.length === 1 ? ['edges.csv'] : ['nodes.csv', 'edges.csv'];
					const result = outcome(() => openFiles(texts.map((t, i) => file(names[i]!, t))), accept);
					if (!result.ok)
						for (const issue of result.error.issues)
							expect(issue.pointer).toMatch(/^(row \d+( of (nodes|edges)\.csv)?|byte \d+|)$/);
				}
			),
			runs(600)
		);
	});
});
