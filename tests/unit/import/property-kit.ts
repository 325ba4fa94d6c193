// Shared pieces of the property-based importer tests: a checker for "a valid graph or the project's
// own error", small generators that write networks the way each tool writes them, and mutations
// of those files. Not a test file itself (vitest collects *.test.ts only).
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import type { Dom } from '$lib/import/xml';
import { reading } from '../work-meter';
import { DatasetError, type Dataset } from '$lib/model';

/** One seed for every property, so a run is the same on every machine; change it to explore. */
export const SEED = 20240505;

/** fast-check settings for a property: seeded, and stopped (not failed) past a time budget. */
export const runs = (numRuns: number) => ({
	seed: SEED,
	numRuns,
	interruptAfterTimeLimit: 4000,
	markInterruptAsFailure: false
});

/**
 * Characters one parse may read (see charactersRead), per character of its input and in all. A parse
 * that reads more goes back over its text again and again: a hang in the making on a larger file.
 * Over the seeded runs the worst is under 7 per character past a fixed 20,000 (error messages and
 * the like on tiny inputs); a scan that rereads the rest of the text at each step is hundreds.
 */
export const READ_PER_CHARACTER = 20;
export const READ_FIXED = 20_000;
/** Past this, reading throws: a loop that never ends fails here, not at the test's timeout. */
const READ_LIMIT = 100_000_000;

/**
 * xmldom standing in for the browser's DOMParser. Browsers refuse any XML that is not well-formed;
 * xmldom only stops at fatal errors and logs the rest, so this one stops at errors too (closer to
 * the browser) and logs nothing (thousands of runs).
 */
class QuietDomParser extends DOMParser {
	constructor() {
		super({ onError: onErrorStopParsing });
	}
}

export const dom: Dom = {
	DOMParser: QuietDomParser as unknown as typeof globalThis.DOMParser,
	Document: new DOMParser().parseFromString('<t/>', 'application/xml')
		.constructor as unknown as typeof Document
};

/** A plain check: vitest's expect costs milliseconds a call, too slow inside thousands of runs. */
function check(ok: boolean, what: string): void {
	if (!ok) throw new Error(`invalid dataset: ${what}`);
}

/** What every importer promises: a usable graph. Fails the property with the first broken rule. */
export function expectValidDataset(dataset: Dataset): void {
	const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
	const nonBlank = (v: unknown) => typeof v === 'string' && v.trim() !== '';
	const plain = (o: object) => Object.getPrototypeOf(o) === Object.prototype;
	check(dataset.nodes.length > 0, 'no nodes');
	check(nonBlank(dataset.title), 'no title');
	const ids = new Set<string>();
	for (const n of dataset.nodes) {
		check(nonBlank(n.id), `node id ${JSON.stringify(n.id)}`);
		check(!ids.has(n.id), `duplicate node id ${n.id}`);
		ids.add(n.id);
		check(nonBlank(n.label), `label of ${n.id}`);
		check(n.x === undefined || finite(n.x), `x of ${n.id}`);
		check(n.y === undefined || finite(n.y), `y of ${n.id}`);
		check(n.type === undefined || dataset.types.some((t) => t.id === n.type), `type of ${n.id}`);
		check(
			n.group === undefined || dataset.groups.some((g) => g.id === n.group),
			`group of ${n.id}`
		);
		check(
			n.aliases.every((a) => typeof a === 'string'),
			`aliases of ${n.id}`
		);
		if (n.period) checkPeriod(n.period, n.id);
		// Attributes are shown and saved: never a prototype trick, never a non-finite number.
		check(plain(n.attributes), `attributes of ${n.id}`);
		for (const [k, v] of Object.entries(n.attributes))
			check(typeof v !== 'number' || finite(v), `attribute ${k} of ${n.id}: ${v}`);
	}
	const edgeIds = new Set<string>();
	for (const e of dataset.edges) {
		check(nonBlank(e.id), `edge id ${JSON.stringify(e.id)}`);
		check(!edgeIds.has(e.id), `duplicate edge id ${e.id}`);
		edgeIds.add(e.id);
		check(ids.has(e.source), `edge ${e.id}: source ${e.source} is not a node`);
		check(ids.has(e.target), `edge ${e.id}: target ${e.target} is not a node`);
		check(finite(e.weight) && e.weight >= 0, `weight of ${e.id}: ${e.weight}`);
		if (e.period) checkPeriod(e.period, e.id);
		check(plain(e.attributes), `attributes of ${e.id}`);
		for (const [k, v] of Object.entries(e.attributes))
			check(typeof v !== 'number' || finite(v), `attribute ${k} of edge ${e.id}: ${v}`);
	}
	for (const list of [dataset.groups, dataset.types])
		check(new Set(list.map((x) => x.id)).size === list.length, 'duplicate group or type id');
}

function checkPeriod(p: { from?: number; to?: number }, of: string) {
	for (const y of [p.from, p.to]) check(y === undefined || Number.isInteger(y), `period of ${of}`);
	check(p.from === undefined || p.to === undefined || p.from <= p.to, `period of ${of}`);
}

/** The user-facing error: a DatasetError listing at least one problem, each with a message and a fix. */
export function expectDatasetError(error: unknown): asserts error is DatasetError {
	if (!(error instanceof DatasetError))
		throw new Error(`a raw exception escaped: ${String(error)}`, { cause: error });
	check(error.issues.length > 0, 'an error without issues');
	for (const issue of error.issues)
		check(
			typeof issue.pointer === 'string' && issue.message.trim() !== '' && issue.fix.trim() !== '',
			`an issue without a place, message or fix: ${JSON.stringify(issue)}`
		);
}

/**
 * Runs a parse and checks the promise: it returns (and `accept` checks what it returned) or throws a
 * DatasetError; and it reads a bounded number of characters per character of its input (counted,
 * not timed: see charactersRead). Returns the outcome for further checks.
 */
export function outcome<T>(
	parse: () => T,
	accept: (value: T) => void
): { ok: true; value: T } | { ok: false; error: DatasetError } {
	let value: { parsed: T } | null = null;
	let error: unknown = null;
	const { read, longest } = reading(() => {
		try {
			value = { parsed: parse() };
		} catch (e) {
			error = e;
		}
	}, READ_LIMIT);
	check(
		read <= READ_PER_CHARACTER * longest + READ_FIXED,
		`one parse read ${read} characters of a text of ${longest}`
	);
	if (value === null) {
		expectDatasetError(error);
		return { ok: false, error };
	}
	accept((value as { parsed: T }).parsed);
	return { ok: true, value: (value as { parsed: T }).parsed };
}

// ---------------------------------------------------------------------------------------------
// Networks, and files that tools write from them.

/** Characters tools put in names: ASCII, Azerbaijani, Persian, CJK, and the ones writers must escape. */
const CHARS = [
	...'abcxyzABZ0189 _-.',
	...'əğışöüçİı',
	...'ایرانباکو',
	'中',
	'😀',
	...`,;:"'<>&/\\|#%`,
	'\t'
];
const char = fc.constantFrom(...CHARS);

/** Text a tool may hold in a field (may be blank, may have spaces around it). */
export const textArb = fc.string({ unit: char, maxLength: 12 });

/** A node id as tools write it: trimmed, not empty. */
const stringId = fc
	.string({ unit: char, minLength: 1, maxLength: 8 })
	.map((s) => s.trim())
	.filter((s) => s !== '');

/** Attribute names tools write, including names the format itself uses for its fields. */
export const ATTRIBUTE_NAMES = [
	'party',
	'founded',
	'Notes',
	'note é',
	'score',
	'id',
	'label',
	'type',
	'group',
	'description',
	'confidence',
	'aliases',
	'period',
	'sources',
	'x',
	'y',
	'weight',
	'source',
	'target',
	'relation',
	'pinned',
	'color',
	'__proto__',
	'constructor'
];

/** An attribute value; objects only in the JSON formats, where a field may hold one. */
export type Value = string | number | boolean | { [key: string]: Value };
export const valueArb: fc.Arbitrary<Value> = fc.oneof(
	textArb,
	fc.integer({ min: -5000, max: 5000 }),
	fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
	fc.boolean()
);

export interface NetNode {
	id: string;
	label?: string;
	type?: string;
	group?: string;
	x?: number;
	y?: number;
	color?: [number, number, number];
	attrs: Record<string, Value>;
}
export interface NetEdge {
	source: number;
	target: number;
	relation?: string;
	weight?: number;
	attrs: Record<string, Value>;
}
export interface Net {
	directed: boolean;
	nodes: NetNode[];
	edges: NetEdge[];
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const coordinate = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });

/** A small network; `names` are the attribute names its nodes and edges may carry. */
export function netArb(
	names: string[] = ATTRIBUTE_NAMES,
	values: fc.Arbitrary<Value> = valueArb
): fc.Arbitrary<Net> {
	const attrs = fc.dictionary(fc.constantFrom(...names), values, { maxKeys: 3 });
	return fc
		.record({
			directed: fc.boolean(),
			ids: fc.uniqueArray(stringId, { minLength: 1, maxLength: 7 }),
			nodes: fc.array(
				fc.record({
					label: maybe(textArb),
					type: maybe(textArb),
					group: maybe(textArb),
					position: maybe(fc.tuple(coordinate, coordinate)),
					color: maybe(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255))),
					attrs
				}),
				{ minLength: 7, maxLength: 7 }
			),
			edges: fc.array(
				fc.record({
					source: fc.nat(6),
					target: fc.nat(6),
					relation: maybe(textArb),
					weight: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
					attrs
				}),
				{ maxLength: 10 }
			)
		})
		.map(({ directed, ids, nodes, edges }) => ({
			directed,
			nodes: ids.map((id, i) => {
				const { position, label, type, group, color, attrs } = nodes[i]!;
				const node: NetNode = { id, attrs };
				if (label !== undefined) node.label = label;
				if (type !== undefined) node.type = type;
				if (group !== undefined) node.group = group;
				if (color) node.color = color;
				if (position) [node.x, node.y] = position;
				return node;
			}),
			edges: edges.map((e) => {
				const edge: NetEdge = {
					source: e.source % ids.length,
					target: e.target % ids.length,
					attrs: e.attrs
				};
				if (e.relation !== undefined) edge.relation = e.relation;
				if (e.weight !== undefined) edge.weight = e.weight;
				return edge;
			})
		}));
}

const xml = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\t/g, '&#9;');

/** A column's declared type, as a tool declares it from all the column's values. */
function columnType(values: Value[], names: { int: string; double: string }): string {
	if (values.every((v) => typeof v === 'boolean')) return 'boolean';
	if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return names.int;
	if (values.every((v) => typeof v === 'number')) return names.double;
	return 'string';
}

/** Every attribute name the items carry, with its declared type. */
function columnsOf(
	items: { attrs: Record<string, Value> }[],
	names: { int: string; double: string }
) {
	const values = new Map<string, Value[]>();
	for (const item of items)
		for (const [k, v] of Object.entries(item.attrs)) values.set(k, [...(values.get(k) ?? []), v]);
	return [...values].map(([k, vs]): [string, string] => [k, columnType(vs, names)]);
}

/** GEXF as Gephi writes it (1.3, or 1.2draft as Gephi 0.9 did): attribute columns, viz colour/position/size. */
export function toGexf(net: Net, version: '1.2' | '1.3'): string {
	const ns = version === '1.3' ? 'http://gexf.net/1.3' : 'http://www.gexf.net/1.2draft';
	const nodeCols = columnsOf(net.nodes, { int: 'integer', double: 'double' });
	const edgeCols = columnsOf(net.edges, { int: 'integer', double: 'double' });
	const declare = (cls: string, cols: [string, string][]) =>
		cols.length === 0
			? ''
			: `    <attributes class="${cls}" mode="static">\n` +
				cols
					.map(([k, t], i) => `      <attribute id="${i}" title="${xml(k)}" type="${t}"/>\n`)
					.join('') +
				'    </attributes>\n';
	const values = (cols: [string, string][], attrs: Record<string, Value>) => {
		const cells = cols
			.map(([k], i) =>
				Object.hasOwn(attrs, k) ? `<attvalue for="${i}" value="${xml(String(attrs[k]))}"/>` : ''
			)
			.join('');
		return cells ? `<attvalues>${cells}</attvalues>` : '';
	};
	const nodes = net.nodes
		.map((n) => {
			const viz = [
				n.color ? `<viz:color r="${n.color[0]}" g="${n.color[1]}" b="${n.color[2]}"/>` : '',
				n.x !== undefined ? `<viz:position x="${n.x}" y="${n.y}" z="0.0"/>` : '',
				'<viz:size value="10.0"/>'
			].join('');
			const label = xml(n.label ?? n.id);
			return `      <node id="${xml(n.id)}" label="${label}">${values(nodeCols, n.attrs)}${viz}</node>\n`;
		})
		.join('');
	const edges = net.edges
		.map((e, i) => {
			const label = e.relation ? ` label="${xml(e.relation)}"` : '';
			const weight = ` weight="${e.weight ?? 1.0}"`;
			return `      <edge id="${i}" source="${xml(net.nodes[e.source]!.id)}" target="${xml(net.nodes[e.target]!.id)}"${label}${weight}>${values(edgeCols, e.attrs)}</edge>\n`;
		})
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${ns}" xmlns:viz="${ns}/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="${version}">
  <meta lastmodifieddate="2024-05-05">
    <creator>Gephi 0.10.1</creator>
    <description></description>
  </meta>
  <graph defaultedgetype="${net.directed ? 'directed' : 'undirected'}" mode="static">
${declare('node', nodeCols)}${declare('edge', edgeCols)}    <nodes>
${nodes}    </nodes>
    <edges>
${edges}    </edges>
  </graph>
</gexf>
`;
}

/**
 * GraphML as networkx writes it (`write_graphml`: keys d0, d1…, node ids as given) or as igraph
 * does (keys v_name/e_weight, ids n0, n1… and the label in `name`).
 */
export function toGraphml(net: Net, tool: 'networkx' | 'igraph'): string {
	const nodeAttrs = net.nodes.map((n) => {
		const attrs: Record<string, Value> = { ...n.attrs };
		if (tool === 'igraph') attrs['name'] = n.id;
		else if (n.label !== undefined) attrs['label'] = n.label;
		return { attrs };
	});
	const edgeAttrs = net.edges.map((e) => ({
		attrs: e.weight === undefined ? e.attrs : { ...e.attrs, weight: e.weight }
	}));
	const types = { int: 'long', double: 'double' };
	const keys = [
		...columnsOf(nodeAttrs, types).map(([name, type]) => ({ for: 'node' as const, name, type })),
		...columnsOf(edgeAttrs, types).map(([name, type]) => ({ for: 'edge' as const, name, type }))
	].map((k, i) => ({ ...k, id: tool === 'igraph' ? `${k.for[0]}_${k.name}` : `d${i}` }));
	const data = (kind: 'node' | 'edge', attrs: Record<string, Value>) =>
		Object.entries(attrs)
			.map(([k, v]) => {
				const key = keys.find((c) => c.for === kind && c.name === k)!;
				return `<data key="${xml(key.id)}">${xml(String(v))}</data>`;
			})
			.join('');
	const nodeId = (i: number) => (tool === 'igraph' ? `n${i}` : net.nodes[i]!.id);
	const nodes = nodeAttrs
		.map((n, i) => `    <node id="${xml(nodeId(i))}">${data('node', n.attrs)}</node>\n`)
		.join('');
	const edges = net.edges
		.map(
			(e, i) =>
				`    <edge source="${xml(nodeId(e.source))}" target="${xml(nodeId(e.target))}">${data('edge', edgeAttrs[i]!.attrs)}</edge>\n`
		)
		.join('');
	const head = keys
		.map(
			(k) =>
				`  <key id="${xml(k.id)}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>\n`
		)
		.join('');
	return `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${head}  <graph edgedefault="${net.directed ? 'directed' : 'undirected'}">
${nodes}${edges}  </graph>
</graphml>
`;
}

const EDGE_HEADERS = [
	['Source', 'Target', 'Type', 'Id', 'Label', 'Weight'], // Gephi's data laboratory
	['source', 'target', 'relation', 'weight'],
	['from', 'to', 'label', 'value']
] as const;

/** A CSV edge list with one of the header sets tools write; cells quoted as RFC 4180 says. */
export function toEdgeCsv(net: Net, headers: 0 | 1 | 2, extra: string[]): string {
	const head = [...EDGE_HEADERS[headers], ...extra];
	const rows = net.edges.map((e, i) => {
		const s = net.nodes[e.source]!.id;
		const t = net.nodes[e.target]!.id;
		const w = e.weight === undefined ? '' : String(e.weight);
		const fixed =
			headers === 0
				? [s, t, net.directed ? 'Directed' : 'Undirected', String(i), e.relation ?? '', w]
				: [s, t, e.relation ?? '', w];
		return [...fixed, ...extra.map((k) => (Object.hasOwn(e.attrs, k) ? String(e.attrs[k]) : ''))];
	});
	return csvFormatRows([head, ...rows]) + '\n';
}

/** A nodes CSV as Gephi writes it (Id, Label, then the attribute columns). */
export function toNodeCsv(net: Net, extra: string[]): string {
	const head = ['Id', 'Label', ...extra];
	const rows = net.nodes.map((n) => [
		n.id,
		n.label ?? '',
		...extra.map((k) => (Object.hasOwn(n.attrs, k) ? String(n.attrs[k]) : ''))
	]);
	return csvFormatRows([head, ...rows]) + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// Mutations: what a bad disk, a bad copy-paste or a bad exporter does to a file.

export type TextMutation =
	| { kind: 'truncate'; at: number }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'replace'; at: number; text: string }
	| { kind: 'duplicate'; at: number; length: number }
	| { kind: 'number'; at: number; value: string }
	| { kind: 'nest'; depth: number };

/** Text that breaks parsers: structure characters, odd numbers, control characters, huge nesting. */
const nasty = fc.oneof(
	fc.string({ maxLength: 6 }),
	fc.constantFrom(
		'{',
		'}',
		'[',
		']',
		'"',
		',',
		':',
		'<',
		'>',
		'</',
		'/>',
		'&',
		'&amp;',
		'&#0;',
		'<!--',
		'<![CDATA[',
		'\n',
		'\r\n',
		'\u0000',
		'\ufeff',
		'\ud800',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e999',
		'-0',
		'null',
		'true',
		'"__proto__"',
		'"id"',
		' ',
		'\\',
		'\\u00',
		'"nodes"'
	)
);

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
	{ arbitrary: fc.record({ kind: fc.constant('truncate'), at: fc.nat() }), weight: 2 },
	{
		arbitrary: fc.record({
			kind: fc.constant('delete'),
			at: fc.nat(),
			length: fc.integer({ min: 1, max: 40 })
		}),
		weight: 2
	},
	{ arbitrary: fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: nasty }), weight: 3 },
	{ arbitrary: fc.record({ kind: fc.constant('replace'), at: fc.nat(), text: nasty }), weight: 3 },
	{
		arbitrary: fc.record({
			kind: fc.constant('duplicate'),
			at: fc.nat(),
			length: fc.integer({ min: 1, max: 200 })
		}),
		weight: 2
	},
	{
		arbitrary: fc.record({
			kind: fc.constant('number'),
			at: fc.nat(),
			value: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1', '0x10', '', '1.5.2')
		}),
		weight: 2
	},
	{
		arbitrary: fc.record({
			kind: fc.constant('nest'),
			depth: fc.integer({ min: 300, max: 3000 })
		}),
		weight: 1
	}
);

export function mutateText(text: string, m: TextMutation): string {
	const at = 'at' in m ? m.at % (text.length + 1) : 0;
	switch (m.kind) {
		case 'truncate':
			return text.slice(0, at);
		case 'delete':
			return text.slice(0, at) + text.slice(at + m.length);
		case 'insert':
			return text.slice(0, at) + m.text + text.slice(at);
		case 'replace':
			return text.slice(0, at) + m.text + text.slice(at + m.text.length);
		case 'duplicate':
			// Duplicates a stretch in place: a node, an edge or a row given twice (duplicate ids).
			return (
				text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
			);
		case 'number': {
			// Replaces the n-th number in the file (wrapping around) with a bad one.
			const numbers = [...text.matchAll(/-?\d+(\.\d+)?(e[+-]?\d+)?/gi)];
			if (numbers.length === 0) return text;
			const hit = numbers[m.at % numbers.length]!;
			return text.slice(0, hit.index) + m.value + text.slice(hit.index + hit[0].length);
		}
		case 'nest': {
			// Deep nesting where a value goes: [[[[…]]]] in JSON, <a><a>… in XML, "" elsewhere.
			const xmlish = text.trimStart().startsWith('<');
			const open = xmlish ? '<n>' : '[';
			const close = xmlish ? '</n>' : ']';
			const cut = xmlish ? text.indexOf('<node') : text.indexOf('"id"');
			if (cut < 0) return open.repeat(m.depth) + close.repeat(m.depth);
			const deep = open.repeat(m.depth) + close.repeat(m.depth);
			return xmlish
				? text.slice(0, cut) + deep + text.slice(cut)
				: text.slice(0, cut) + `"deep": ${deep}, ` + text.slice(cut);
		}
	}
}

export type ByteMutation =
	| { kind: 'utf8' }
	| { kind: 'utf8-bom' }
	| { kind: 'utf16le' }
	| { kind: 'utf16be' }
	| { kind: 'utf16-no-bom' }
	| { kind: 'latin1' }
	| { kind: 'flip'; at: number; bit: number }
	| { kind: 'byte'; at: number; value: number };

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
	{ arbitrary: fc.constant({ kind: 'utf8' as const }), weight: 6 },
	{
		arbitrary: fc.constantFrom(
			{ kind: 'utf8-bom' as const },
			{ kind: 'utf16le' as const },
			{ kind: 'utf16be' as const },
			{ kind: 'utf16-no-bom' as const },
			{ kind: 'latin1' as const }
		),
		weight: 3
	},
	{
		arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
		weight: 2
	},
	{
		arbitrary: fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
		weight: 2
	}
);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	const view = new DataView(out.buffer);
	let i = 0;
	if (bom) view.setUint16((i++, 0), 0xfeff, littleEndian);
	for (let k = 0; k < text.length; k++)
		view.setUint16(2 * (i + k), text.charCodeAt(k), littleEndian);
	return out;
}

/** The file's bytes: encoded one way or another, perhaps damaged. */
export function encode(text: string, m: ByteMutation): Uint8Array {
	const utf8 = () => new TextEncoder().encode(text);
	switch (m.kind) {
		case 'utf8':
			return utf8();
		case 'utf8-bom':
			return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8()]);
		case 'utf16le':
			return utf16(text, true, true);
		case 'utf16be':
			return utf16(text, false, true);
		case 'utf16-no-bom':
			return utf16(text, true, false);
		case 'latin1':
			return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
		case 'flip':
		case 'byte': {
			const bytes = utf8();
			if (bytes.length === 0) return bytes;
			const at = m.at % bytes.length;
			bytes[at] = m.kind === 'flip' ? bytes[at]! ^ (1 << m.bit) : m.value;
			return bytes;
		}
	}
}

/** A valid file mutated a few times, then encoded (perhaps badly). */
export function mutatedArb(valid: fc.Arbitrary<string>) {
	return fc
		.tuple(valid, fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), byteMutationArb)
		.map(([text, mutations, bytes]) => ({
			text: mutations.reduce(mutateText, text),
			mutations,
			bytes
		}));
}

// JSON formats. Their field names are the format's own, so a network written as JSON carries only
// attribute names the format does not use (in JSON, "sources" *is* the citation list).
export const JSON_ATTRIBUTE_NAMES = [
	'party',
	'founded',
	'Notes',
	'note é',
	'score',
	'pinned',
	'__proto__',
	'constructor',
	'toString'
];

/** Attribute values in JSON: what CSV and XML hold, and objects. */
export const jsonValueArb: fc.Arbitrary<Value> = fc.oneof(
	valueArb,
	fc.dictionary(fc.constantFrom('x', 'label', 'a'), valueArb, { maxKeys: 2 })
);

/** The project's own format, every optional part filled in somewhere. */
export function toProjectJson(net: Net): string {
	return JSON.stringify(
		{
			title: 'Generated',
			summary: 'A network made by a property test.',
			sources: [{ id: 's1', title: 'A source', publisher: 'Someone' }],
			groups: [{ id: 'g', label: 'G', color: '#1f77b4' }],
			nodes: net.nodes.map((n, i) => ({
				id: n.id,
				...(n.label?.trim() ? { label: n.label } : {}),
				...(n.type?.trim() ? { type: n.type } : {}),
				group: 'g',
				description: `node ${i}`,
				confidence: i % 2 ? 'stated' : 'inferred',
				period: { from: 1990 + i, to: 2000 + i },
				sources: [{ source: 's1', locator: `¶${i}` }],
				...(n.x !== undefined ? { x: n.x, y: n.y } : {}),
				...n.attrs
			})),
			edges: net.edges.map((e) => ({
				source: net.nodes[e.source]!.id,
				target: net.nodes[e.target]!.id,
				...(e.relation !== undefined ? { relation: e.relation } : {}),
				...(e.weight !== undefined ? { weight: e.weight } : {}),
				...e.attrs
			})),
			events: [{ date: '1992-02', label: 'An event' }]
		},
		null,
		2
	);
}

/** d3's node-link JSON (miserables.json): numeric groups, `links`, `value` weights. */
export function toD3Json(net: Net): string {
	return JSON.stringify({
		nodes: net.nodes.map((n, i) => ({ id: n.id, group: i % 3, ...n.attrs })),
		links: net.edges.map((e) => ({
			source: net.nodes[e.source]!.id,
			target: net.nodes[e.target]!.id,
			value: Math.round(e.weight ?? 1)
		}))
	});
}

/**
 * networkx's `node_link_data`: `directed`, `multigraph`, `graph`, then `nodes` and `links` (or
 * `edges`, networkx ≥ 3.4 with edges="edges"). Ids are whatever Python objects the graph used:
 * integers (`convert_node_labels_to_integers`), strings, or tuples written as lists (`grid_2d_graph`).
 */
export function toNetworkxJson(
	net: Net,
	ids: 'int' | 'string' | 'tuple',
	links: 'links' | 'edges'
): string {
	const id = (i: number) =>
		ids === 'int' ? i : ids === 'tuple' ? [i % 3, Math.floor(i / 3)] : net.nodes[i]!.id;
	return JSON.stringify({
		directed: net.directed,
		multigraph: false,
		graph: { name: 'G' },
		nodes: net.nodes.map((n, i) => ({ ...n.attrs, id: id(i) })),
		[links]: net.edges.map((e) => ({
			...e.attrs,
			...(e.weight !== undefined ? { weight: e.weight } : {}),
			source: id(e.source),
			target: id(e.target)
		}))
	});
}
