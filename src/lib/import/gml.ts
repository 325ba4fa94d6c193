import { DatasetError } from '../model/issues';
import { placeOf } from './doctype';
import { edgeOf, nodeOf } from './attrs';
import { keep } from './fields';

/**
 * GML (Graph Modelling Language) as networkx, igraph, Gephi and yEd write it:
 *
 *   graph [ directed 1  node [ id 1 label "x" graphics [ x 1.5 y 2 fill "#ff0000" ] ]
 *           edge [ source 1 target 2 label "funds" ] ]
 *
 * A list is `key value` pairs; a value is an integer, a real, a "string" or a nested [ list ].
 * Lines starting with # are comments. Strings hold no quote; they may hold HTML character references
 * (&quot; &#34; &#233;), as networkx escapes them. A backslash is text, as the GML spec and networkx have it.
 */

/** Lists nested deeper than this are refused (no tool nests more than a few levels). */
export const MAX_DEPTH = 64;

type Value = number | string | Pair[];
interface Pair {
	key: string;
	value: Value;
	/** Offset of the key in the text, for errors. */
	at: number;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function unescape(s: string): string {
	return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|quot|amp|lt|gt|apos);/gi, (whole, name: string) => {
		if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
		const code =
			name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
		return code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
			? String.fromCodePoint(code)
			: whole;
	});
}

/** Parses GML text into its key/value tree; throws a DatasetError at the line and column of a fault. */
export function parseGmlTree(text: string, name: string): Pair[] {
	let i = 0;
	const fail = (at: number, message: string, fix: string): never => {
		throw new DatasetError([{ pointer: placeOf(text, at), message, fix }], name);
	};
	const skip = () => {
		for (;;) {
			while (i < text.length && /\s/.test(text[i]!)) i++;
			if (text[i] !== '#') return;
			while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
		}
	};
	const list = (depth: number, closing: boolean): Pair[] => {
		const pairs: Pair[] = [];
		for (;;) {
			skip();
			if (i >= text.length) {
				if (closing)
					fail(i, 'a [ list is not closed', 'Add the missing "]", or export the file again.');
				return pairs;
			}
			if (text[i] === ']') {
				if (!closing) fail(i, 'a "]" closes no list', 'Remove the extra "]".');
				i++;
				return pairs;
			}
			const at = i;
			const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))?.[0];
			if (!key)
				fail(
					i,
					`expected a key (a word such as node or label), found "${text.slice(i, i + 12)}"`,
					'Fix the file there: GML is a list of key value pairs.'
				);
			i += key!.length;
			skip();
			if (i >= text.length)
				fail(at, `the key "${key}" has no value`, 'Give it a value, or remove it.');
			const c = text[i]!;
			let value: Value;
			if (c === '[') {
				if (depth >= MAX_DEPTH)
					fail(
						i,
						`lists are nested more than ${MAX_DEPTH} deep`,
						'Flatten the file: no tool nests GML lists this deep.'
					);
				i++;
				value = list(depth + 1, true);
			} else if (c === '"') {
				let j = i + 1;
				while (j < text.length && text[j] !== '"') j++;
				if (j >= text.length) fail(i, 'a string is not closed', 'Add the closing quote (").');
				value = unescape(text.slice(i + 1, j));
				i = j + 1;
			} else {
				const m = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|^[+-]?(inf|nan|infinity)\b/i.exec(
					text.slice(i, i + 64)
				);
				if (!m)
					fail(
						i,
						`the value of "${key}" is not a number, a "string" or a [ list ]`,
						'Quote text values, e.g. label "Baku".'
					);
				const n = Number(m![0].replace(/^([+-]?)inf$/i, '$1Infinity'));
				value = n;
				i += m![0].length;
			}
			pairs.push({ key: key!, value, at });
		}
	};
	return list(0, false);
}

const one = (pairs: Pair[], key: string) => pairs.find((p) => p.key === key)?.value;

/** An element's pairs as attributes: repeated keys become lists, nested lists objects. */
function attributesOf(pairs: Pair[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const { key, value } of pairs) {
		const v = Array.isArray(value) ? attributesOf(value) : value;
		if (!Object.hasOwn(out, key)) keep(out, key, v);
		else {
			const was = out[key];
			keep(out, key, Array.isArray(was) ? [...(was as unknown[]), v] : [was, v]);
		}
	}
	return out;
}

const idText = (v: Value | undefined) =>
	typeof v === 'number' || typeof v === 'string' ? String(v) : undefined;

/** A raw dataset object (and each element's place) from a GML file. */
export function parseGml(text: string, name: string) {
	const tree = parseGmlTree(text, name);
	const graph = tree.find((p) => p.key === 'graph');
	if (!graph || !Array.isArray(graph.value))
		throw new DatasetError(
			[
				{
					pointer: 'line 1, column 1',
					message: 'no graph [ … ] list',
					fix: 'A GML file holds one graph [ node [ id 1 ] … ] list.'
				}
			],
			name
		);
	const problems: { pointer: string; message: string; fix: string }[] = [];
	const named = namesAsIds(graph.value);
	const nodes: Record<string, unknown>[] = [];
	const edges: Record<string, unknown>[] = [];
	const places = { nodes: [] as number[], edges: [] as number[] };
	for (const p of graph.value) {
		if (p.key !== 'node' && p.key !== 'edge') continue;
		if (!Array.isArray(p.value)) {
			problems.push({
				pointer: placeOf(text, p.at),
				message: `${p.key} is not a [ list ]`,
				fix: `Write it as ${p.key} [ … ].`
			});
			continue;
		}
		const attrs = attributesOf(p.value);
		if (p.key === 'node') {
			const id = idText(one(p.value, 'id'));
			if (id === undefined) {
				problems.push({
					pointer: placeOf(text, p.at),
					message: 'a node has no id',
					fix: 'Give every node an id, e.g. node [ id 1 label "Baku" ].'
				});
				continue;
			}
			delete attrs['id'];
			if (named) delete attrs['name'];
			nodes.push(nodeOf(named?.get(id) ?? id, flatGraphics(attrs)));
			places.nodes.push(p.at);
		} else {
			const s = idText(one(p.value, 'source')),
				t = idText(one(p.value, 'target'));
			if (s === undefined || t === undefined) {
				problems.push({
					pointer: placeOf(text, p.at),
					message: `an edge has no ${s === undefined ? 'source' : 'target'}`,
					fix: 'Give every edge a source and a target node id.'
				});
				continue;
			}
			const id = idText(one(p.value, 'id'));
			for (const k of ['id', 'source', 'target', 'graphics', 'LabelGraphics']) delete attrs[k];
			edges.push(edgeOf(id, named?.get(s) ?? s, named?.get(t) ?? t, attrs));
			places.edges.push(p.at);
		}
	}
	if (problems.length) throw new DatasetError(problems, name);
	const title = one(graph.value, 'label') ?? one(graph.value, 'name');
	const summary = one(graph.value, 'summary');
	return {
		raw: {
			title: typeof title === 'string' && title ? title : undefined,
			...(typeof summary === 'string' && summary ? { summary } : {}),
			nodes,
			edges
		},
		place: (list: 'nodes' | 'edges', index: number) => {
			const at = places[list][index];
			return at === undefined
				? undefined
				: `${list === 'nodes' ? 'node' : 'edge'} at ${placeOf(text, at)}`;
		}
	};
}

/**
 * Each node's `name` by its GML id, where every node has a text name and no two share one (igraph
 * writes a vertex's name there, Influence Map a node's id): those names are the nodes' ids, and an
 * edge's ends, given as GML ids, are read as them. Otherwise null: the GML ids are the ids.
 */
function namesAsIds(pairs: Pair[]): Map<string, string> | null {
	const names = new Map<string, string>();
	const seen = new Set<string>();
	for (const p of pairs) {
		if (p.key !== 'node' || !Array.isArray(p.value)) continue;
		const id = idText(one(p.value, 'id'));
		const name = one(p.value, 'name');
		if (id === undefined || typeof name !== 'string' || name === '' || seen.has(name)) return null;
		if (names.has(id)) return null;
		seen.add(name);
		names.set(id, name);
	}
	return names.size ? names : null;
}

/**
 * A node's `graphics` (Gephi, yEd, igraph) gives its place, fill and size; yEd's `LabelGraphics`
 * its label. They become x, y, color and size when the node has none of its own.
 */
function flatGraphics(attrs: Record<string, unknown>): Record<string, unknown> {
	const g = attrs['graphics'];
	const lg = attrs['LabelGraphics'];
	const out = { ...attrs };
	delete out['graphics'];
	delete out['LabelGraphics'];
	if (g && typeof g === 'object' && !Array.isArray(g)) {
		const gr = g as Record<string, unknown>;
		for (const k of ['x', 'y'] as const)
			if (out[k] === undefined && gr[k] !== undefined) out[k] = gr[k];
		if (out['color'] === undefined && typeof gr['fill'] === 'string') out['color'] = gr['fill'];
		const size = gr['size'] ?? gr['w'];
		if (out['size'] === undefined && typeof size === 'number') out['size'] = size;
	}
	if (lg && typeof lg === 'object' && !Array.isArray(lg)) {
		const text = (lg as Record<string, unknown>)['text'];
		if (out['label'] === undefined && typeof text === 'string') out['label'] = text;
	}
	return out;
}
