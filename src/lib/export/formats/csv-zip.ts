import { csvFormatRow } from 'd3-dsv';
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../model/types';
import { EDGE_SKIP, NODE_SKIP, record, type Picture, type Scalar } from './records';

/** Every column any row has, in order of first appearance after the leading ones. */
function columns(rows: Record<string, Scalar>[], first: string[]): string[] {
	const seen = new Set(first);
	for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
	return [...seen];
}

function table(rows: Record<string, Scalar>[], first: string[]): string {
	const cols = columns(rows, first);
	const cells = rows.map((r) => cols.map((c) => (Object.hasOwn(r, c) ? String(r[c]) : '')));
	// A BOM so spreadsheets read UTF-8; rows end in CRLF as RFC 4180 has it (breaks inside a quoted
	// cell stay as they are).
	return '\ufeff' + [cols, ...cells].map((r) => csvFormatRow(r) + '\r\n').join('');
}

/** The two tables of a network: nodes.csv (id, label, fields, attributes, x, y, color, size) and edges.csv. */
export function toCsvTables(dataset: Dataset, picture: Picture): { nodes: string; edges: string } {
	const nodes = dataset.nodes.map((n, i) => {
		const r: Record<string, Scalar> = { id: n.id };
		for (const [k, v] of Object.entries(record(n, NODE_SKIP)))
			Object.defineProperty(r, k, {
				value: v,
				enumerable: true,
				writable: true,
				configurable: true
			});
		r['x'] = picture.x(i);
		r['y'] = picture.y(i);
		r['color'] = picture.colour(n);
		r['size'] = picture.size(n);
		return r;
	});
	const edges = dataset.edges.map((e) => {
		const r: Record<string, Scalar> = { id: e.id, source: e.source, target: e.target };
		for (const [k, v] of Object.entries(record(e, EDGE_SKIP)))
			Object.defineProperty(r, k, {
				value: v,
				enumerable: true,
				writable: true,
				configurable: true
			});
		return r;
	});
	return {
		nodes: table(nodes, ['id', 'label']),
		edges: table(edges, ['id', 'source', 'target'])
	};
}

/**
 * nodes.csv and edges.csv in one ZIP (fflate): what Gephi's data laboratory, spreadsheets and our
 * own Open file read. Lists and records (periods, aliases, citations) are JSON text in their cell.
 */
export function toCsvZip(dataset: Dataset, picture: Picture): Uint8Array {
	const { nodes, edges } = toCsvTables(dataset, picture);
	const mtime = new Date(Date.UTC(2020, 0, 1));
	return zipSync({
		'nodes.csv': [strToU8(nodes), { mtime }],
		'edges.csv': [strToU8(edges), { mtime }]
	});
}
