// Property-based tests of the readers for other tools' files: graphology JSON, Cytoscape.js JSON,
// GML, Pajek .net and CSV with ; or tab separators. Each generator writes a random network as that
// tool does; the reader must give back the same nodes, edges, labels and attributes, and any
// mutation of such a file must open as a valid network or be refused with a placed DatasetError.
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import type { Opened } from '$lib/import/opened';
import {
	dom,
	encode,
	expectValidDataset,
	mutatedArb,
	netArb,
	outcome,
	runs,
	type Net,
	type Value
} from './property-kit';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const accept = (r: Opened) => expectValidDataset(r.dataset);

/** Attribute names valid as GML keys and as JSON keys, some of them named like our fields. */
const NAMES = ['party', 'founded', 'score', 'Notes', '__proto__', 'constructor', 'color'];
const flat = (attrs: Record<string, Value>) =>
	Object.fromEntries(Object.entries(attrs).filter(([, v]) => typeof v !== 'object'));

function toGraphologyJson(net: Net): string {
	return JSON.stringify({
		options: { type: net.directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true },
		attributes: { name: 'G' },
		nodes: net.nodes.map((n) => ({
			key: n.id,
			attributes: {
				...flat(n.attrs),
				...(n.label !== undefined ? { label: n.label } : {}),
				...(n.x !== undefined ? { x: n.x, y: n.y } : {})
			}
		})),
		edges: net.edges.map((e, i) => ({
			key: `e${i}`,
			source: net.nodes[e.source]!.id,
			target: net.nodes[e.target]!.id,
			attributes: { ...flat(e.attrs), ...(e.weight !== undefined ? { weight: e.weight } : {}) }
		}))
	});
}

function toCytoscapeJson(net: Net, form: 'object' | 'array'): string {
	const nodes = net.nodes.map((n) => ({
		group: 'nodes',
		data: { ...flat(n.attrs), id: n.id, ...(n.label !== undefined ? { name: n.label } : {}) },
		...(n.x !== undefined ? { position: { x: n.x, y: n.y } } : {})
	}));
	const edges = net.edges.map((e, i) => ({
		group: 'edges',
		data: {
			...flat(e.attrs),
			id: `e${i}`,
			source: net.nodes[e.source]!.id,
			target: net.nodes[e.target]!.id,
			...(e.relation !== undefined ? { interaction: e.relation } : {})
		}
	}));
	return JSON.stringify({
		data: { name: 'G' },
		elements: form === 'array' ? [...nodes, ...edges] : { nodes, edges }
	});
}

/** GML strings as networkx escapes them: & and " as references, everything else non-ASCII too. */
const gmlString = (s: string) =>
	'"' +
	[...s]
		.map((c) =>
			c === '&'
				? '&amp;'
				: c === '"'
					? '&#34;'
					: c.codePointAt(0)! > 126
						? `&#${c.codePointAt(0)};`
						: c
		)
		.join('') +
	'"';
const gmlValue = (v: Value): string =>
	typeof v === 'number'
		? Number.isInteger(v)
			? String(v)
			: v.toExponential()
		: gmlString(String(v));

/** GML as networkx (integer ids, label) or Gephi (plus graphics with x, y and fill) writes it. */
function toGml(net: Net, tool: 'networkx' | 'gephi'): string {
	const lines = ['Creator "property test"', 'graph [', `  directed ${net.directed ? 1 : 0}`];
	net.nodes.forEach((n, i) => {
		lines.push('  node [', `    id ${i}`, `    label ${gmlString(n.id)}`);
		for (const [k, v] of Object.entries(flat(n.attrs))) lines.push(`    ${k} ${gmlValue(v)}`);
		if (tool === 'gephi' && n.x !== undefined)
			lines.push(
				`    graphics [`,
				`      x ${n.x}`,
				`      y ${n.y}`,
				`      fill "#ff0000"`,
				`    ]`
			);
		lines.push('  ]');
	});
	for (const e of net.edges) {
		lines.push('  edge [', `    source ${e.source}`, `    target ${e.target}`);
		if (e.weight !== undefined) lines.push(`    weight ${gmlValue(e.weight)}`);
		lines.push('  ]');
	}
	return lines.join('\n') + '\n]\n';
}

/** Pajek as networkx and Pajek write it: numbered vertices with quoted labels, coordinates, arcs. */
function toPajek(net: Net): string {
	const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
	const lines = ['% written by a property test', `*Vertices ${net.nodes.length}`];
	net.nodes.forEach((n, i) =>
		lines.push(`${i + 1} ${q(n.id)}${n.x !== undefined ? ` ${n.x} ${n.y} 0.5` : ''}`)
	);
	lines.push(net.directed ? '*Arcs' : '*Edges');
	for (const e of net.edges)
		lines.push(`${e.source + 1} ${e.target + 1}${e.weight !== undefined ? ` ${e.weight}` : ''}`);
	return lines.join('\r\n') + '\r\n';
}

/** An edge list with ; or tab between cells, quoted as the spreadsheet does. */
function toDelimited(net: Net, sep: ';' | '\t'): string {
	const rows = net.edges.map((e) => [
		net.nodes[e.source]!.id,
		net.nodes[e.target]!.id,
		e.relation ?? '',
		String(e.attrs['party'] ?? '')
	]);
	return dsvFormat(sep).formatRows([['Source', 'Target', 'Label', 'party'], ...rows]) + '\n';
}

const nets = netArb(NAMES);

describe('readers of other tools’ files (property)', () => {
	it('graphology JSON: same keys, labels, attributes, positions and edges', () => {
		fc.assert(
			fc.property(nets, (net) => {
				const { dataset, warnings } = openFiles([file('g.json', toGraphologyJson(net))]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.nodes.map((n) => n.id)).toEqual(net.nodes.map((n) => n.id));
				expect(dataset.edges.map((e) => [e.id, e.source, e.target])).toEqual(
					net.edges.map((e, i) => [`e${i}`, net.nodes[e.source]!.id, net.nodes[e.target]!.id])
				);
				dataset.nodes.forEach((n, i) => {
					const given = net.nodes[i]!;
					if (given.label?.trim()) expect(n.label).toBe(given.label.trim());
					if (Object.hasOwn(given.attrs, 'party') && typeof given.attrs['party'] !== 'object')
						expect(n.attributes['party']).toEqual(given.attrs['party']);
				});
			}),
			runs(150)
		);
	});

	it('Cytoscape.js JSON, object and array forms: same ids, names, interactions and edges', () => {
		fc.assert(
			fc.property(nets, fc.constantFrom('object' as const, 'array' as const), (net, form) => {
				const { dataset, warnings } = openFiles([file('c.cyjs', toCytoscapeJson(net, form))]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.nodes.map((n) => n.id)).toEqual(net.nodes.map((n) => n.id));
				expect(
					dataset.edges.map((e) => [e.source, e.target, e.relation?.trim() || undefined])
				).toEqual(
					net.edges.map((e) => [
						net.nodes[e.source]!.id,
						net.nodes[e.target]!.id,
						e.relation?.trim() || undefined
					])
				);
			}),
			runs(150)
		);
	});

	it('GML from networkx and Gephi: labels unescaped, attributes, places and edges', () => {
		fc.assert(
			fc.property(nets, fc.constantFrom('networkx' as const, 'gephi' as const), (net, tool) => {
				const { dataset, warnings } = openFiles([file('g.gml', toGml(net, tool))]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.nodes.map((n) => n.label)).toEqual(net.nodes.map((n) => n.id.trim()));
				expect(dataset.edges.map((e) => [e.source, e.target])).toEqual(
					net.edges.map((e) => [String(e.source), String(e.target)])
				);
				dataset.nodes.forEach((n, i) => {
					const party = net.nodes[i]!.attrs['party'];
					if (typeof party === 'number') expect(n.attributes['party']).toBeCloseTo(party, 6);
					if (typeof party === 'string' && party !== '') expect(n.attributes['party']).toBe(party);
					// The graphics fill is the colour unless the node has a color attribute of its own.
					if (
						tool === 'gephi' &&
						net.nodes[i]!.x !== undefined &&
						!('color' in net.nodes[i]!.attrs)
					)
						expect(n.attributes['color']).toBe('#ff0000');
				});
			}),
			runs(150)
		);
	});

	it('Pajek: vertices labelled, arcs and edges between the right vertices', () => {
		fc.assert(
			fc.property(nets, (net) => {
				const { dataset, warnings } = openFiles([file('g.net', toPajek(net))]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.nodes.map((n) => n.label)).toEqual(net.nodes.map((n) => n.id.trim()));
				expect(dataset.edges.map((e) => [e.source, e.target, e.weight])).toEqual(
					net.edges.map((e) => [String(e.source + 1), String(e.target + 1), e.weight ?? 1])
				);
			}),
			runs(150)
		);
	});

	it('CSV with ; or tab: the separator is found and named, the edges are the same', () => {
		fc.assert(
			fc.property(
				netArb(NAMES).filter((n) => n.edges.length > 0),
				fc.constantFrom(';' as const, '\t' as const),
				(net, sep) => {
					const { dataset } = openFiles([file('e.csv', toDelimited(net, sep))]);
					expectValidDataset(dataset);
					expect(dataset.summary).toContain(sep === ';' ? 'semicolons' : 'tabs');
					expect(dataset.edges.map((e) => [e.source, e.target])).toEqual(
						net.edges.map((e) => [net.nodes[e.source]!.id.trim(), net.nodes[e.target]!.id.trim()])
					);
				}
			),
			runs(150)
		);
	});

	it('any mutation of these files opens as a valid network or is refused with its place', () => {
		const valid = fc.oneof(
			nets.map((n) => ['g.json', toGraphologyJson(n)] as const),
			nets.map((n) => ['c.json', toCytoscapeJson(n, 'array')] as const),
			nets.map((n) => ['g.gml', toGml(n, 'gephi')] as const),
			nets.map((n) => ['g.net', toPajek(n)] as const),
			nets.map((n) => ['g.txt', toDelimited(n, ';')] as const)
		);
		fc.assert(
			fc.property(
				valid.chain(([name, text]) => mutatedArb(fc.constant(text)).map((m) => ({ name, ...m }))),
				({ name, text, bytes }) => {
					outcome(() => openFiles([{ name, bytes: encode(text, bytes) }], dom), accept);
				}
			),
			runs(400)
		);
	});
});
