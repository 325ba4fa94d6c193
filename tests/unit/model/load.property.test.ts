import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset, parseJson, type LoadResult } from '$lib/model';
import {
	expectValidDataset,
	JSON_ATTRIBUTE_NAMES,
	jsonValueArb,
	mutateText,
	netArb,
	outcome,
	runs,
	textMutationArb,
	toD3Json,
	toNetworkxJson,
	toProjectJson
} from '../import/property-kit';

const NODE_KEYS = ['id', 'label', 'type', 'group', 'aliases', 'description', 'confidence'];
NODE_KEYS.push('period', 'sources', 'x', 'y');
const EDGE_KEYS = ['id', 'source', 'target', 'relation', 'description', 'confidence', 'period'];
EDGE_KEYS.push('sources', 'weight');

const accept = (r: LoadResult) => expectValidDataset(r.dataset);

/** Values a field may hold once a parser is done with it: JSON's, and NaN, ±Infinity, -0, undefined. */
const oddValue = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }),
	fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, '', ' ', 1e308, 2 ** 53 + 1, 1.5)
);
const FIELDS = ['id', 'label', 'type', 'group', 'aliases', 'description', 'confidence', 'period'];
const MORE = ['sources', 'x', 'y', 'source', 'target', 'weight', 'relation', '__proto__', 'from'];
const objectArb = fc.dictionary(fc.constantFrom(...FIELDS, ...MORE), oddValue, { maxKeys: 5 });

/** Dataset-shaped input: right top-level keys, each holding something plausible or odd. */
const shapedArb = fc.record(
	{
		title: oddValue,
		nodes: fc.oneof(fc.array(objectArb, { maxLength: 5 }), oddValue),
		edges: fc.oneof(fc.array(objectArb, { maxLength: 5 }), oddValue),
		links: fc.array(objectArb, { maxLength: 3 }),
		groups: fc.oneof(fc.array(objectArb, { maxLength: 2 }), oddValue),
		types: fc.array(objectArb, { maxLength: 2 }),
		sources: fc.array(objectArb, { maxLength: 2 }),
		events: fc.array(objectArb, { maxLength: 2 })
	},
	{ requiredKeys: ['nodes'] }
);

const validJson = fc.oneof(
	netArb(JSON_ATTRIBUTE_NAMES, jsonValueArb).map(toProjectJson),
	netArb(JSON_ATTRIBUTE_NAMES, jsonValueArb).map(toD3Json),
	fc
		.tuple(
			netArb(JSON_ATTRIBUTE_NAMES, jsonValueArb),
			fc.constantFrom('int' as const, 'string' as const),
			fc.constantFrom('links' as const, 'edges' as const)
		)
		.map(([net, ids, links]) => toNetworkxJson(net, ids, links))
);

describe('loadDataset (property)', () => {
	it('gives a valid dataset or a DatasetError for any JSON value', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
				outcome(() => loadDataset(value, { name: 'f.json' }), accept);
			}),
			runs(300)
		);
	});

	it('gives a valid dataset or a DatasetError for dataset-shaped input with odd fields', () => {
		fc.assert(
			fc.property(shapedArb, fc.boolean(), (value, strict) => {
				outcome(() => loadDataset(value, { name: 'f.json', strict }), accept);
			}),
			runs(1500)
		);
	});

	it('loads every project, d3 and networkx file the generators write, with every node and edge', () => {
		fc.assert(
			fc.property(validJson, (text) => {
				const { dataset } = loadDataset(parseJson(text, 'f.json'), { name: 'f.json' });
				expectValidDataset(dataset);
				type Item = Record<string, unknown>;
				const raw = JSON.parse(text) as { nodes: Item[]; links?: Item[]; edges?: Item[] };
				expect(dataset.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => String(n['id'])));
				const rawEdges = raw.links ?? raw.edges ?? [];
				expect(dataset.edges).toHaveLength(rawEdges.length);
				// Nothing lost: every field the format does not know is kept as an attribute.
				const unknown = (o: Item, known: string[]) =>
					Object.entries(o).filter(([k]) => !known.includes(k));
				dataset.nodes.forEach((n, i) =>
					expect(Object.entries(n.attributes)).toEqual(unknown(raw.nodes[i]!, NODE_KEYS))
				);
				dataset.edges.forEach((e, i) =>
					expect(Object.entries(e.attributes)).toEqual(unknown(rawEdges[i]!, EDGE_KEYS))
				);
			}),
			runs(300)
		);
	});
});

describe('parseJson then loadDataset (property)', () => {
	it('gives a valid dataset or a DatasetError for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
				outcome(() => loadDataset(parseJson(text, 'f.json'), { name: 'f.json' }), accept);
			}),
			runs(500)
		);
	});

	it('gives a valid dataset or a DatasetError for mutated valid files; syntax errors name a line and column', () => {
		fc.assert(
			fc.property(
				validJson,
				fc.array(textMutationArb, { minLength: 1, maxLength: 3 }),
				(text, ms) => {
					const broken = ms.reduce(mutateText, text);
					let syntax = true;
					const result = outcome(() => {
						const value = parseJson(broken, 'f.json');
						syntax = false;
						return loadDataset(value, { name: 'f.json' });
					}, accept);
					if (!result.ok && syntax) {
						const [issue] = result.error.issues;
						const m = /^line (\d+), column (\d+)$/.exec(issue!.pointer);
						expect(m, issue!.pointer).not.toBeNull();
						const lines = broken.split('\n');
						expect(Number(m![1])).toBeLessThanOrEqual(lines.length);
						expect(Number(m![2])).toBeLessThanOrEqual(lines[Number(m![1]) - 1]!.length + 1);
					}
				}
			),
			runs(400)
		);
	});
});
