import { csvParseRows } from 'd3-dsv';

type Row = Record<string, string | undefined>;
import { DatasetError, type DatasetIssue } from '../model/issues';

/** Header names tools write for each field (Gephi, networkx, spreadsheets), compared lower-cased. */
const EDGE_FIELDS: Record<string, string[]> = {
	source: ['source', 'from', 'src', 'node1', 'start'],
	target: ['target', 'to', 'dst', 'node2', 'end'],
	relation: ['relation', 'label', 'relationship', 'kind'],
	weight: ['weight', 'value'],
	id: ['id', 'edge id'],
	description: ['description'],
	confidence: ['confidence']
};
const NODE_FIELDS: Record<string, string[]> = {
	id: ['id', 'node', 'name', 'key'],
	label: ['label', 'title'],
	type: ['type', 'kind', 'category'],
	group: ['group', 'cluster', 'community', 'modularity_class'],
	description: ['description'],
	confidence: ['confidence']
};
/** Gephi writes "Type" = Directed/Undirected on edges: that is not a relation. */
const DROP_EDGE_COLUMNS = ['type'];

function mapColumns(columns: string[], fields: Record<string, string[]>) {
	const map = new Map<string, string>();
	for (const [field, names] of Object.entries(fields)) {
		const col = columns.find((c) => names.includes(c.trim().toLowerCase()) && !map.has(c));
		if (col !== undefined) map.set(col, field);
	}
	return map;
}

const number = (v: string) => (v.trim() === '' ? undefined : Number(v));

export function looksLikeEdges(text: string): boolean {
	const header = text
		.split(/\r?\n/, 1)[0]!
		.toLowerCase()
		.split(',')
		.map((c) => c.trim().replace(/^"|"$/g, ''));
	return (
		EDGE_FIELDS.source!.some((n) => header.includes(n)) &&
		EDGE_FIELDS.target!.some((n) => header.includes(n))
	);
}

/**
 * Rows as objects keyed by header. csvParseRows, not csvParse: the latter compiles a row converter
 * with `new Function`, which our Content Security Policy (rightly) forbids.
 */
function rows(text: string, name: string): Row[] & { columns: string[] } {
	const [header = [], ...body] = csvParseRows(text.replace(/^\ufeff/, ''));
	const parsed = Object.assign(
		body
			.filter((r) => r.some((cell) => cell.trim() !== ''))
			.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as Row),
		{ columns: header }
	);
	if (parsed.columns.length < 1 || parsed.length === 0)
		throw new DatasetError(
			[
				{
					pointer: 'row 1',
					message: 'no data rows',
					fix: 'Put a header row and at least one row of data in the file.'
				}
			],
			name
		);
	return parsed;
}

/** Edges from a CSV edge list; unknown columns become attributes. Rows are numbered as a spreadsheet does. */
export function csvEdges(text: string, name: string): Record<string, unknown>[] {
	const parsed = rows(text, name);
	const map = mapColumns(parsed.columns, EDGE_FIELDS);
	const fields = new Set(map.values());
	if (!fields.has('source') || !fields.has('target'))
		throw new DatasetError(
			[
				{
					pointer: 'row 1',
					message: `no source and target columns among: ${parsed.columns.join(', ')}`,
					fix: 'Name the columns source and target (or from/to, Source/Target as Gephi writes them).'
				}
			],
			name
		);
	const problems: DatasetIssue[] = [];
	const edges = parsed.map((row: Row, i) => {
		const edge: Record<string, unknown> = {};
		for (const [col, value] of Object.entries(row)) {
			const field = map.get(col);
			if (!field && DROP_EDGE_COLUMNS.includes(col.trim().toLowerCase())) continue;
			if (field === 'weight') {
				const w = number(value ?? '');
				if (w !== undefined && !Number.isFinite(w))
					problems.push({
						pointer: `row ${i + 2}`,
						message: `weight "${value}" is not a number`,
						fix: 'Write the weight as a plain number, or leave it empty.'
					});
				else if (w !== undefined) edge['weight'] = w;
			} else if (field) {
				if (value) edge[field] = value;
			} else if (value !== undefined && value !== '') edge[col] = value;
		}
		for (const end of ['source', 'target'])
			if (!edge[end])
				problems.push({
					pointer: `row ${i + 2}`,
					message: `${end} is empty`,
					fix: `Give every row a ${end} node id.`
				});
		return edge;
	});
	if (problems.length) throw new DatasetError(problems, name);
	return edges;
}

/** Nodes from a CSV nodes file (Gephi's Id/Label, or id/label/type/group…). */
export function csvNodes(text: string, name: string): Record<string, unknown>[] {
	const parsed = rows(text, name);
	const map = mapColumns(parsed.columns, NODE_FIELDS);
	if (![...map.values()].includes('id'))
		throw new DatasetError(
			[
				{
					pointer: 'row 1',
					message: `no id column among: ${parsed.columns.join(', ')}`,
					fix: 'Name the column of node ids "id" (or Id, name).'
				}
			],
			name
		);
	const problems: DatasetIssue[] = [];
	const nodes = parsed.map((row: Row, i) => {
		const node: Record<string, unknown> = {};
		for (const [col, value] of Object.entries(row)) {
			const field = map.get(col);
			if (field) {
				if (value) node[field] = value;
			} else if (value !== undefined && value !== '') node[col] = value;
		}
		if (!node['id'])
			problems.push({
				pointer: `row ${i + 2}`,
				message: 'id is empty',
				fix: 'Give every row a node id.'
			});
		return node;
	});
	if (problems.length) throw new DatasetError(problems, name);
	return nodes;
}

/** Nodes implied by an edge list alone: every endpoint, in order of first appearance. */
export function nodesOfEdges(edges: Record<string, unknown>[]): { id: string }[] {
	const seen = new Set<string>();
	for (const e of edges) for (const end of [e['source'], e['target']]) seen.add(String(end));
	return [...seen].map((id) => ({ id }));
}
