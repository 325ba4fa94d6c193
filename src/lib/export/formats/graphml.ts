import type { Dataset } from '../../model/types';
import { EDGE_SKIP, NODE_SKIP, record, xmlText, type Picture, type Scalar } from './records';

/** Escaped for an attribute value or text: tabs and line breaks as references, so they survive. */
const esc = (s: string) =>
	xmlText(s)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\t/g, '&#9;')
		.replace(/\n/g, '&#10;')
		.replace(/\r/g, '&#13;');

type KeyType = 'boolean' | 'long' | 'double' | 'string';

/** A column's GraphML type from all its values: one type for all, else text. */
function typeOf(values: Scalar[]): KeyType {
	if (values.every((v) => typeof v === 'boolean')) return 'boolean';
	if (values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
	if (values.every((v) => typeof v === 'number')) return 'double';
	return 'string';
}

interface Key {
	id: string;
	name: string;
	type: KeyType;
}

function keysOf(rows: Record<string, Scalar>[], domain: 'n' | 'e'): Map<string, Key> {
	const values = new Map<string, Scalar[]>();
	for (const r of rows)
		for (const [k, v] of Object.entries(r)) {
			const list = values.get(k);
			if (list) list.push(v);
			else values.set(k, [v]);
		}
	const keys = new Map<string, Key>();
	let i = 0;
	for (const [name, vs] of values)
		keys.set(name, { id: `${domain}${i++}`, name, type: typeOf(vs) });
	return keys;
}

/**
 * The network as GraphML, as networkx and igraph write it: one `<key>` per field or attribute (typed
 * boolean, long, double or string), and `<data>` for each value. A node's label is `label`, its place
 * `x` and `y`, its size `size`, its colour `r`, `g`, `b` (0–255): what graphology, networkx and yEd's
 * Properties Mapper read. Periods, aliases and citations are JSON text. Edges are directed.
 */
export function toGraphml(dataset: Dataset, picture: Picture): string {
	const nodeRows = dataset.nodes.map((n, i) => {
		const r = record(n, NODE_SKIP);
		delete r['color'];
		delete r['size'];
		const hex = picture.colour(n);
		return {
			...r,
			x: picture.x(i),
			y: picture.y(i),
			size: picture.size(n),
			r: parseInt(hex.slice(1, 3), 16),
			g: parseInt(hex.slice(3, 5), 16),
			b: parseInt(hex.slice(5, 7), 16)
		} as Record<string, Scalar>;
	});
	const edgeRows = dataset.edges.map((e) => record(e, EDGE_SKIP));
	const nodeKeys = keysOf(nodeRows, 'n');
	const edgeKeys = keysOf(edgeRows, 'e');
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
		'  <key id="g0" for="graph" attr.name="title" attr.type="string"/>',
		'  <key id="g1" for="graph" attr.name="summary" attr.type="string"/>'
	];
	for (const [domain, keys] of [
		['node', nodeKeys],
		['edge', edgeKeys]
	] as const)
		for (const k of keys.values())
			out.push(
				`  <key id="${k.id}" for="${domain}" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`
			);
	out.push('  <graph id="G" edgedefault="directed">');
	out.push(`    <data key="g0">${esc(dataset.title)}</data>`);
	if (dataset.summary) out.push(`    <data key="g1">${esc(dataset.summary)}</data>`);
	const data = (row: Record<string, Scalar>, keys: Map<string, Key>) =>
		Object.entries(row)
			.map(([k, v]) => {
				const key = keys.get(k)!;
				return `<data key="${key.id}">${esc(String(v))}</data>`;
			})
			.join('');
	dataset.nodes.forEach((n, i) =>
		out.push(`    <node id="${esc(n.id)}">${data(nodeRows[i]!, nodeKeys)}</node>`)
	);
	dataset.edges.forEach((e, i) =>
		out.push(
			`    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">${data(edgeRows[i]!, edgeKeys)}</edge>`
		)
	);
	out.push('  </graph>', '</graphml>', '');
	return out.join('\n');
}
