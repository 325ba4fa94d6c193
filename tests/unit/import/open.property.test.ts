import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import type { Opened } from '$lib/import/opened';
import {
	dom,
	encode,
	expectValidDataset,
	JSON_ATTRIBUTE_NAMES,
	jsonValueArb,
	mutatedArb,
	netArb,
	outcome,
	runs,
	toD3Json,
	toEdgeCsv,
	toGexf,
	toGraphml,
	toNetworkxJson,
	toNodeCsv,
	toProjectJson
} from './property-kit';

const accept = (r: Opened) => expectValidDataset(r.dataset);
const NAMES = ['f.json', 'f.csv', 'f.gexf', 'f.graphml', 'f.xml', 'f.txt', 'f', 'nodes.csv'];

/** Every format the dashboard opens, each with the file name a user's file would have. */
const anyFormatArb = fc.oneof(
	netArb(JSON_ATTRIBUTE_NAMES, jsonValueArb).map((n) => ({
		name: 'p.json',
		text: toProjectJson(n)
	})),
	netArb(JSON_ATTRIBUTE_NAMES).map((n) => ({ name: 'miserables.json', text: toD3Json(n) })),
	fc
		.tuple(
			netArb(JSON_ATTRIBUTE_NAMES),
			fc.constantFrom('int' as const, 'string' as const, 'tuple' as const)
		)
		.map(([n, ids]) => ({ name: 'nx.json', text: toNetworkxJson(n, ids, 'links') })),
	netArb()
		.filter((n) => n.edges.length > 0)
		.map((n) => ({ name: 'edges.csv', text: toEdgeCsv(n, 0, ['party']) })),
	netArb().map((n) => ({ name: 'g.gexf', text: toGexf(n, '1.3') })),
	netArb().map((n) => ({ name: 'g.graphml', text: toGraphml(n, 'networkx') }))
);

describe('openFiles (property)', () => {
	it('gives a valid dataset or a DatasetError for any bytes under any name', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						name: fc.constantFrom(...NAMES),
						bytes: fc.oneof(
							fc.uint8Array({ maxLength: 64 }),
							fc.string({ unit: 'binary', maxLength: 64 }).map((s) => new TextEncoder().encode(s))
						)
					}),
					{ maxLength: 3 }
				),
				(files) => {
					outcome(() => openFiles(files, dom), accept);
				}
			),
			runs(1000)
		);
	});

	it('opens every format the generators write, networkx tuple ids included', () => {
		fc.assert(
			fc.property(anyFormatArb, ({ name, text }) => {
				const { dataset } = openFiles([{ name, bytes: new TextEncoder().encode(text) }], dom);
				expectValidDataset(dataset);
			}),
			runs(300)
		);
	});

	it('gives a valid dataset or a DatasetError for mutated files of every format, under any name', () => {
		fc.assert(
			fc.property(
				mutatedArb(anyFormatArb.map(({ text }) => text)),
				fc.constantFrom(...NAMES),
				({ text, bytes }, name) => {
					outcome(() => openFiles([{ name, bytes: encode(text, bytes) }], dom), accept);
				}
			),
			runs(500)
		);
	});

	it('opens a nodes and edges CSV pair, whatever damage one of them took, or says what is wrong', () => {
		fc.assert(
			fc.property(
				netArb(),
				mutatedArb(fc.constant('')).map((m) => m.bytes),
				(net, bytes) => {
					const files = [
						{ name: 'nodes.csv', bytes: encode(toNodeCsv(net, ['party']), bytes) },
						{ name: 'edges.csv', bytes: encode(toEdgeCsv(net, 0, []), { kind: 'utf8' }) }
					];
					outcome(() => openFiles(files, dom), accept);
				}
			),
			runs(300)
		);
	});
});

describe('openFiles keeps its promise on sizes', () => {
	it('refuses more than two files and nothing at all', () => {
		const f = { name: 'a.csv', bytes: new Uint8Array() };
		for (const files of [[], [f, f, f]])
			outcome(
				() => openFiles(files, dom),
				() => expect.unreachable()
			);
	});
});
