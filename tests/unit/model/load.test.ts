import { describe, expect, it } from 'vitest';
import { DatasetError, formatIssue, loadDataset } from '$lib/model';

function problems(input: unknown, strict = false): string[] {
	try {
		loadDataset(input, { strict });
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as DatasetError).issues.map(formatIssue);
	}
	throw new Error('expected the dataset to be rejected');
}

const minimal = { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b' }] };

describe('loadDataset: valid input', () => {
	it('fills defaults for a minimal dataset', () => {
		const { dataset, warnings } = loadDataset(minimal);
		expect(warnings).toEqual([]);
		expect(dataset.title).toBe('Untitled network');
		expect(dataset.nodes[0]).toEqual({
			id: 'a',
			label: 'a',
			aliases: [],
			sources: [],
			attributes: {}
		});
		expect(dataset.edges[0]).toMatchObject({ id: 'e0', source: 'a', target: 'b', weight: 1 });
		expect(dataset.groups).toEqual([]);
		expect(dataset.events).toEqual([]);
	});

	it('reads d3 node-link JSON: `links`, numeric groups and `value` kept as an attribute', () => {
		const { dataset } = loadDataset({
			nodes: [
				{ id: 'Myriel', group: 1 },
				{ id: 'Napoleon', group: 1 }
			],
			links: [{ source: 'Napoleon', target: 'Myriel', value: 1 }]
		});
		expect(dataset.edges).toHaveLength(1);
		expect(dataset.edges[0]!.attributes).toEqual({ value: 1 });
		expect(dataset.nodes[0]!.group).toBe('1');
		expect(dataset.groups).toEqual([{ id: '1', label: '1' }]);
	});

	it('reads networkx node_link_data with numeric ids and keeps top-level fields', () => {
		const { dataset } = loadDataset({
			directed: true,
			multigraph: false,
			graph: { name: 'karate' },
			nodes: [{ id: 0 }, { id: 1, club: 'Officer' }],
			links: [{ source: 0, target: 1, weight: 4 }]
		});
		expect(dataset.nodes.map((n) => n.id)).toEqual(['0', '1']);
		expect(dataset.nodes[1]!.attributes).toEqual({ club: 'Officer' });
		expect(dataset.edges[0]).toMatchObject({ source: '0', target: '1', weight: 4 });
		expect(dataset.attributes).toEqual({
			directed: true,
			multigraph: false,
			graph: { name: 'karate' }
		});
	});

	it('keeps fields named __proto__, constructor and prototype as attributes, prototypes untouched', () => {
		// Found by load.property.test.ts: an edge field "__proto__": {} was dropped and became the
		// prototype of the edge's attributes; "constructor" was dropped (the schema skips these keys).
		const { dataset } = loadDataset(
			JSON.parse(
				'{"prototype": 1, "nodes": [{"id": "a", "constructor": "c", "__proto__": {"x": "oops"}}],' +
					' "edges": [{"source": "a", "target": "a", "__proto__": {}}]}'
			)
		);
		const [node] = dataset.nodes;
		expect(Object.getPrototypeOf(node!.attributes)).toBe(Object.prototype);
		expect(Object.entries(node!.attributes)).toEqual([
			['constructor', 'c'],
			['__proto__', { x: 'oops' }]
		]);
		expect(node!.x).toBeUndefined();
		expect(Object.entries(dataset.edges[0]!.attributes)).toEqual([['__proto__', {}]]);
		expect(Object.entries(dataset.attributes)).toEqual([['prototype', 1]]);
	});

	it('gives repeated generated edge ids a suffix instead of failing', () => {
		const { dataset } = loadDataset({
			nodes: [{ id: 'a' }, { id: 'b' }],
			edges: [
				{ source: 'a', target: 'b', id: 'e1' },
				{ source: 'b', target: 'a' }
			]
		});
		expect(dataset.edges.map((e) => e.id)).toEqual(['e1', 'e1-1']);
	});

	it('sorts events by date and keeps their citations', () => {
		const { dataset } = loadDataset({
			...minimal,
			sources: [{ id: 's', title: 'T' }],
			events: [
				{ date: '2007-04', label: 'later', sources: [{ source: 's', locator: '¶6' }] },
				{ date: '1991', label: 'earlier' }
			]
		});
		expect(dataset.events.map((e) => e.label)).toEqual(['earlier', 'later']);
		expect(dataset.events[1]!.sources).toEqual([{ source: 's', locator: '¶6' }]);
	});

	it("keeps an event's nodes, once each, and warns about an unknown one by its place", () => {
		const { dataset, warnings } = loadDataset({
			...minimal,
			events: [
				{ date: '1992', label: 'plain' },
				{ date: '1993', label: 'named', nodes: ['b', 'ghost', 'a', 'b'] }
			]
		});
		expect(dataset.events[0]!.nodes).toEqual([]);
		expect(dataset.events[1]!.nodes).toEqual(['b', 'a']);
		expect(warnings.map(formatIssue)).toEqual([
			'/events/1/nodes/1: event "named": "ghost" is not the id of any node; it was left out of the event. Use the id of a node in "nodes", or remove it from the event.'
		]);
	});

	it("rejects an event's nodes that are not a list of ids", () => {
		const [p] = problems({ ...minimal, events: [{ date: '1992', label: 'x', nodes: 'a' }] });
		expect(p).toMatch(/^\/events\/0\/nodes: an event's nodes must be a list of node ids/);
	});

	it('drops an edge to a missing node with a warning when not strict', () => {
		const { dataset, warnings } = loadDataset({
			nodes: [{ id: 'a' }],
			edges: [{ source: 'a', target: 'ghost' }]
		});
		expect(dataset.edges).toEqual([]);
		expect(warnings.map(formatIssue)).toEqual([
			'/edges/0/target: edge a → ghost: target "ghost" is not a node; the edge was left out. Point the edge at node ids that exist, or add the missing node.'
		]);
	});
});

describe('loadDataset: invalid input names the place and the fix', () => {
	it('rejects something that is not an object', () => {
		expect(problems([1, 2])[0]).toMatch(/^\(the whole file\): .*object.*docs\/data-format\.md/i);
	});

	it('rejects a missing nodes list', () => {
		expect(problems({ edges: [] })).toEqual([
			'/nodes: "nodes" is missing. Add a "nodes" list of objects, each with an "id", e.g. "nodes": [{ "id": "a" }].'
		]);
	});

	it('rejects an empty nodes list', () => {
		expect(problems({ nodes: [] })[0]).toContain('/nodes: nodes must hold at least one node');
	});

	it('rejects a node without an id', () => {
		expect(problems({ nodes: [{ id: 'a' }, { label: 'x' }] })).toEqual([
			'/nodes/1/id: "id" is missing. Give every node an "id" (text or a number) that no other node uses.'
		]);
	});

	it('rejects duplicate node ids, pointing at the first one', () => {
		expect(problems({ nodes: [{ id: 'a' }, { id: 'a' }] })).toEqual([
			'/nodes/1/id: "a" is already the id of node 0 (/nodes/0). Give every node its own id, or merge the two entries.'
		]);
	});

	it('rejects an unknown confidence', () => {
		const [p] = problems({ nodes: [{ id: 'a', confidence: 'likely' }] });
		expect(p).toBe(
			'/nodes/0/confidence: confidence must be one of: stated, reported, inferred. Use "stated", "reported" or "inferred", or leave the field out.'
		);
	});

	it('rejects non-finite coordinates', () => {
		const [p] = problems({ nodes: [{ id: 'a', x: Number.NaN }] });
		expect(p).toMatch(/^\/nodes\/0\/x: x must be a number\. Use a plain finite number/);
	});

	it('refuses a coordinate past ±1,000,000, naming the node, the value and the limit', () => {
		expect(
			problems({
				nodes: [
					{ id: 'a', x: 1e20, y: 0 },
					{ id: 'b', y: -1000000.5 }
				]
			})
		).toEqual([
			'/nodes/0/x: x must be within ±1,000,000 (it is 1e+20). Use a plain finite number within ±1,000,000 (not text, NaN or Infinity): divide every x and y by the same number if they are larger, or leave them out to let the layout place the nodes.',
			expect.stringMatching(/^\/nodes\/1\/y: y must be within ±1,000,000 \(it is -1000000\.5\)\. /)
		]);
		expect(problems({ nodes: [{ id: 'a', x: -Number.MAX_VALUE }] })).toEqual([
			expect.stringMatching(
				/^\/nodes\/0\/x: x must be within ±1,000,000 \(it is -1\.7976931348623157e\+308\)/
			)
		]);
	});

	it('accepts coordinates up to ±1,000,000', () => {
		const { dataset } = loadDataset({
			nodes: [
				{ id: 'a', x: 1e6, y: -1e6 },
				{ id: 'b', x: -0 }
			]
		});
		expect(dataset.nodes.map((n) => [n.x, n.y])).toEqual([
			[1e6, -1e6],
			[-0, undefined]
		]);
	});

	it('rejects a non-finite number among the attributes (JSON 1e999 overflows to Infinity)', () => {
		// Found by load.property.test.ts: `"party": 1e999` was kept as an attribute holding Infinity.
		const input = JSON.parse(
			'{"score": -1e999, "nodes": [{"id": "a", "party": 1e999}], "edges": [{"source": "a", "target": "a", "w": 1e999}]}'
		);
		expect(problems(input)).toEqual([
			'/nodes/0/party: "party" is not a finite number. Write a number within ±1e308 (there is no NaN or Infinity), or write it as text.',
			expect.stringMatching(/^\/edges\/0\/w: "w" is not a finite number/),
			expect.stringMatching(/^\/score: "score" is not a finite number/)
		]);
	});

	it('rejects a period that ends before it starts', () => {
		const [p] = problems({ nodes: [{ id: 'a', period: { from: 1999, to: 1992 } }] });
		expect(p).toMatch(
			/^\/nodes\/0\/period: period\.from must not be later than period\.to\. Write years/
		);
	});

	it('rejects both edges and links', () => {
		expect(problems({ nodes: [{ id: 'a' }], edges: [], links: [] })[0]).toContain(
			'use either "edges" or "links", not both'
		);
	});

	it('rejects an edge without a target', () => {
		expect(problems({ nodes: [{ id: 'a' }], edges: [{ source: 'a' }] })).toEqual([
			'/edges/0/target: "target" is missing. Set "target" to the id of a node in "nodes".'
		]);
	});

	it('rejects a malformed event date', () => {
		const [p] = problems({ nodes: [{ id: 'a' }], events: [{ date: 'April 2007', label: 'x' }] });
		expect(p).toMatch(/^\/events\/0\/date: an event date must look like 1992.*YYYY-MM-DD/);
	});

	it('escapes JSON pointer segments', () => {
		const [p] = problems({ nodes: [{ id: 'a', sources: [{ locator: '¶1' }] }] });
		expect(p).toMatch(/^\/nodes\/0\/sources\/0\/source: "source" is missing\. Cite as/);
	});

	it('reports every problem at once, in file order', () => {
		const list = problems({ nodes: [{ id: 'a', confidence: 'x' }, { label: 'no id' }] });
		expect(list.map((p) => p.split(':')[0])).toEqual(['/nodes/0/confidence', '/nodes/1/id']);
	});

	describe('strict mode (bundled datasets)', () => {
		const base = {
			sources: [{ id: 'src', title: 'Source' }],
			groups: [{ id: 'g', label: 'G' }],
			types: [{ id: 't', label: 'T' }]
		};

		it('fails on a dangling edge', () => {
			expect(
				problems({ ...base, nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'b' }] }, true)[0]
			).toMatch(/^\/edges\/0\/target: edge a → b: target "b" is not a node/);
		});

		it('fails on an event naming an unknown node', () => {
			expect(
				problems(
					{
						...base,
						nodes: [{ id: 'a' }],
						events: [{ date: '2007', label: 'e', nodes: ['a', 'b'] }]
					},
					true
				)
			).toEqual([
				'/events/0/nodes/1: event "e": "b" is not the id of any node; it was left out of the event. Use the id of a node in "nodes", or remove it from the event.'
			]);
		});

		it('fails on a citation of an unknown source', () => {
			expect(
				problems({ ...base, nodes: [{ id: 'a', sources: [{ source: 'nope' }] }] }, true)
			).toEqual([
				'/nodes/0/sources/0/source: "nope" is not the id of any entry in the top-level "sources". Use one of: src, or add that source to "sources".'
			]);
		});

		it('fails on an undeclared group or type', () => {
			const list = problems({ ...base, nodes: [{ id: 'a', group: 'h', type: 'u' }] }, true);
			expect(list).toEqual([
				'/nodes/0/type: type "u" is not declared in "types". Add it to "types" or correct the spelling.',
				'/nodes/0/group: group "h" is not declared in "groups". Add it to "groups" or correct the spelling.'
			]);
		});
	});

	it('rejects duplicate group, type and source ids', () => {
		expect(
			problems({
				sources: [
					{ id: 's', title: 'A' },
					{ id: 's', title: 'B' }
				],
				groups: [{ id: 'g' }, { id: 'g' }],
				types: [{ id: 't' }],
				nodes: [{ id: 'a' }]
			})
		).toEqual([
			'/sources/1/id: "s" is already the id of /sources/0. Give every entry of "sources" its own id, or merge the two.',
			'/groups/1/id: "g" is already the id of /groups/0. Give every entry of "groups" its own id, or merge the two.'
		]);
	});

	it('rejects a negative weight', () => {
		expect(
			problems({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'a', weight: -2 }] })[0]
		).toMatch(/^\/edges\/0\/weight: weight must not be negative\. /);
	});

	it('names the file in the error message', () => {
		expect(() => loadDataset({ nodes: [] }, { name: 'data/x.json' })).toThrow(
			/^data\/x\.json is not valid \(1 problem\):\n {2}\/nodes: /
		);
	});
});
