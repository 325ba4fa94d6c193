import type { Dataset } from '../../model/types';
import { EDGE_SKIP, NODE_SKIP, record, type Picture, type Scalar } from './records';

/** A key networkx, igraph and Gephi all read: a letter, then letters, digits and underscores. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A GML string: ASCII only, as the format asks. `"`, `&` and every character outside printable
 * ASCII (line breaks and tabs included) are character references, as networkx writes and reads them.
 */
function gmlString(s: string): string {
	let out = '"';
	for (const c of s.replace(LONE_SURROGATE, '\ufffd')) {
		const code = c.codePointAt(0)!;
		out +=
			c === '"' ? '&quot;' : c === '&' ? '&amp;' : code < 0x20 || code > 0x7e ? `&#${code};` : c;
	}
	return out + '"';
}

/** A number as GML has them: an integer, or a real with a decimal point (networkx needs it). */
function gmlNumber(v: number): string {
	if (!Number.isFinite(v)) return gmlString(String(v));
	const s = String(v);
	return Number.isSafeInteger(v) || s.includes('.') ? s : s.replace(/^(-?\d+)/, '$1.0');
}

/** Booleans have no GML type: they are written as text. */
const gmlValue = (v: Scalar) => (typeof v === 'number' ? gmlNumber(v) : gmlString(String(v)));

/**
 * The GML key of each field or attribute name: itself where it is one, else its letters, digits
 * and underscores (another character becomes `_`, a name not starting with a letter gets `a`
 * before it), numbered where two names meet. `reserved` are the keys the writer uses itself.
 */
function keysOf(rows: Record<string, Scalar>[], reserved: string[]): Map<string, string> {
	const keys = new Map<string, string>();
	const taken = new Set(reserved);
	for (const row of rows)
		for (const name of Object.keys(row)) {
			if (keys.has(name)) continue;
			let key = KEY.test(name) ? name : name.replace(/[^A-Za-z0-9_]/g, '_');
			if (!/^[A-Za-z]/.test(key)) key = `a${key}`;
			let free = key;
			for (let i = 2; taken.has(free); i++) free = `${key}_${i}`;
			taken.add(free);
			keys.set(name, free);
		}
	return keys;
}

const pairs = (row: Record<string, Scalar>, keys: Map<string, string>, indent: string) =>
	Object.entries(row).map(([k, v]) => `${indent}${keys.get(k)!} ${gmlValue(v)}`);

/**
 * The network as GML, as networkx, igraph, Gephi and yEd read it: each node's `id` is its number in
 * the file and `name` its id here (igraph's vertex name; networkx: `read_gml(path, label="name")`),
 * `label` its label, and `graphics` its place, size (`w`, `h`) and colour (`fill`). Every other field
 * or attribute is a key of its own (see keysOf); periods, aliases and citations are JSON text, a
 * yes/no is text. Edges are directed; `multigraph 1` where two go the same way between two nodes.
 */
export function toGml(dataset: Dataset, picture: Picture): string {
	const nodeRows = dataset.nodes.map((n) => {
		const r = record(n, NODE_SKIP);
		delete r['color'];
		delete r['size'];
		return r;
	});
	const edgeRows = dataset.edges.map((e) => record(e, EDGE_SKIP));
	const nodeKeys = keysOf(nodeRows, ['id', 'name', 'graphics', 'x', 'y', 'color', 'size']);
	const edgeKeys = keysOf(edgeRows, ['id', 'source', 'target', 'key']);
	const number = new Map(dataset.nodes.map((n, i) => [n.id, i]));
	const ends = new Set<string>();
	const multi = dataset.edges.some((e) => {
		const pair = `${number.get(e.source)} ${number.get(e.target)}`;
		return ends.has(pair) || !ends.add(pair);
	});
	const out = ['Creator "Influence Map"', 'graph [', '  directed 1'];
	if (multi) out.push('  multigraph 1');
	out.push(`  label ${gmlString(dataset.title)}`);
	if (dataset.summary) out.push(`  summary ${gmlString(dataset.summary)}`);
	dataset.nodes.forEach((n, i) => {
		const size = gmlNumber(picture.size(n));
		out.push(
			'  node [',
			`    id ${i}`,
			`    name ${gmlString(n.id)}`,
			...pairs(nodeRows[i]!, nodeKeys, '    '),
			`    graphics [ x ${gmlNumber(picture.x(i))} y ${gmlNumber(picture.y(i))} w ${size} h ${size} type "ellipse" fill ${gmlString(picture.colour(n))} ]`,
			'  ]'
		);
	});
	dataset.edges.forEach((e, j) =>
		out.push(
			'  edge [',
			`    id ${gmlString(e.id)}`,
			`    source ${number.get(e.source)}`,
			`    target ${number.get(e.target)}`,
			...pairs(edgeRows[j]!, edgeKeys, '    '),
			'  ]'
		)
	);
	out.push(']', '');
	return out.join('\n');
}
