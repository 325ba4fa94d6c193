import { dsvFormat } from 'd3-dsv';
import { DatasetError, type DatasetIssue } from '../model/issues';
import { keepAttribute, numeric } from './attrs';
import { isConfidence, present } from './fields';

type Row = Record<string, string | undefined>;

/** Records read from a CSV file, each with the spreadsheet row it came from (the header is row 1). */
export interface CsvRecords {
	records: Record<string, unknown>[];
	rows: number[];
	/** The separator the header row was read with. */
	separator?: Separator;
}

export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];
/** How a separator is named to the user. */
export const SEPARATOR_NAMES: Record<Separator, string> = {
	',': 'commas',
	';': 'semicolons (;)',
	'\t': 'tabs'
};

/**
 * The separator of a delimited text: of comma, semicolon and tab, the one the header row (its first
 * line that is not blank) holds most often outside quotes; a comma on a tie or when it holds none.
 * Spreadsheets in locales with a decimal comma write semicolons; "TSV" exports write tabs.
 */
export function detectSeparator(text: string): Separator {
	const header =
		text
			.replace(/^\ufeff/, '')
			.split(/\r\n|\r|\n/)
			.find((l) => l.trim() !== '') ?? '';
	const count = new Map<Separator, number>(SEPARATORS.map((c) => [c, 0]));
	let quoted = false;
	for (const c of header.slice(0, 100_000)) {
		if (c === '"') quoted = !quoted;
		else if (!quoted && count.has(c as Separator))
			count.set(c as Separator, count.get(c as Separator)! + 1);
	}
	let best: Separator = ',';
	for (const c of SEPARATORS) if (count.get(c)! > count.get(best)!) best = c;
	return best;
}

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

/**
 * A number cell. Where cells are separated by semicolons (a spreadsheet in a locale that writes
 * decimal commas), "2,5" is 2.5.
 */
const number = (v: string, separator: Separator) =>
	v.trim() === ''
		? undefined
		: Number(separator === ';' && /^\s*-?\d+,\d+\s*$/.test(v) ? v.replace(',', '.') : v);

export function looksLikeEdges(text: string): boolean {
	const header = text
		.split(/\r?\n/, 1)[0]!
		.toLowerCase()
		.split(detectSeparator(text))
		.map((c) => c.trim().replace(/^"|"$/g, ''));
	return (
		EDGE_FIELDS.source!.some((n) => header.includes(n)) &&
		EDGE_FIELDS.target!.some((n) => header.includes(n))
	);
}

/**
 * Rows as objects keyed by header, with their spreadsheet row numbers (blank rows are skipped but
 * still counted), split at the detected separator. parseRows, not parse: the latter compiles a row converter with
 * `new Function`, which our Content Security Policy (rightly) forbids.
 */
function rows(
	text: string,
	name: string,
	allowEmpty = false
): { rows: Row[]; numbers: number[]; columns: string[]; separator: Separator } {
	const separator = detectSeparator(text);
	const [header = [], ...body] = dsvFormat(separator).parseRows(text.replace(/^\ufeff/, ''));
	const numbers: number[] = [];
	const parsed: Row[] = [];
	body.forEach((r, i) => {
		if (!r.some((cell) => cell.trim() !== '')) return;
		// fromEntries defines properties: a column named "__proto__" stays a column.
		parsed.push(Object.fromEntries(header.map((h, k) => [h, r[k]])) as Row);
		numbers.push(i + 2);
	});
	if (header.length < 1 || (parsed.length === 0 && !allowEmpty))
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
	return { rows: parsed, numbers, columns: header, separator };
}

/**
 * Edges from a CSV edge list; unknown columns become attributes. Rows are numbered as a spreadsheet
 * does. `allowEmpty`: a header alone is no edges (an edges table beside a nodes table).
 */
export function csvEdges(text: string, name: string, allowEmpty = false): CsvRecords {
	const parsed = rows(text, name, allowEmpty);
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
	const records = parsed.rows.map((row: Row, i) => {
		const at = `row ${parsed.numbers[i]}`;
		const edge: Record<string, unknown> = {};
		for (const [col, value] of Object.entries(row)) {
			const field = map.get(col);
			if (!field && DROP_EDGE_COLUMNS.includes(col.trim().toLowerCase())) continue;
			if (field === 'weight') {
				const w = number(value ?? '', parsed.separator);
				if (w !== undefined && !(Number.isFinite(w) && w >= 0))
					problems.push({
						pointer: at,
						message: `weight "${value}" is not a number of zero or more`,
						fix: 'Write the weight as a plain number of zero or more, or leave it empty.'
					});
				else if (w !== undefined) edge['weight'] = w;
			} else if (field && (field !== 'confidence' || isConfidence(value))) {
				if (present(value)) edge[field] = field === 'relation' ? value : value!.trim();
			} else if (present(value)) keepAttribute(edge, col, value, 'edge');
		}
		for (const end of ['source', 'target'])
			if (!edge[end])
				problems.push({
					pointer: at,
					message: `${end} is empty`,
					fix: `Give every row a ${end} node id.`
				});
		return edge;
	});
	if (problems.length) throw new DatasetError(problems, name);
	return { records, rows: parsed.numbers, separator: parsed.separator };
}

/** Nodes from a CSV nodes file (Gephi's Id/Label, or id/label/type/group…). */
export function csvNodes(text: string, name: string): CsvRecords {
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
	const records = parsed.rows.map((row: Row, i) => {
		const node: Record<string, unknown> = {};
		for (const [col, value] of Object.entries(row)) {
			const field = map.get(col);
			if (field && (field !== 'confidence' || isConfidence(value))) {
				if (present(value)) node[field] = field === 'description' ? value : value!.trim();
			} else if (present(value)) keepAttribute(node, col, value, 'node');
		}
		// Numeric x and y columns (as our nodes CSV has them) place the node.
		const x = numeric(row['x']),
			y = numeric(row['y']);
		if (x !== undefined && y !== undefined && map.get('x') === undefined) {
			delete node['x (file)'];
			delete node['y (file)'];
			node['x'] = x;
			node['y'] = y;
		}
		if (!node['id'])
			problems.push({
				pointer: `row ${parsed.numbers[i]}`,
				message: 'id is empty',
				fix: 'Give every row a node id.'
			});
		return node;
	});
	if (problems.length) throw new DatasetError(problems, name);
	return { records, rows: parsed.numbers, separator: parsed.separator };
}

/** Nodes implied by an edge list alone: every endpoint, in order of first appearance, at that row. */
export function nodesOfEdges(edges: CsvRecords): CsvRecords {
	const seen = new Map<string, number>();
	edges.records.forEach((e, i) => {
		for (const end of [e['source'], e['target']])
			if (!seen.has(String(end))) seen.set(String(end), edges.rows[i]!);
	});
	return {
		records: [...seen.keys()].map((id) => ({ id })),
		rows: [...seen.values()],
		...(edges.separator ? { separator: edges.separator } : {})
	};
}
