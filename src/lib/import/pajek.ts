import { DatasetError, type DatasetIssue } from '../model/issues';
import { edgeOf, nodeOf } from './attrs';

/**
 * Pajek's .net files, as Pajek, networkx, igraph and Gephi write them:
 *
 *   *Network name
 *   *Vertices 3
 *   1 "Baku" 0.25 0.40 0.5 ic Red
 *   2 "Tehran"
 *   *Arcs                (directed: from to [weight] [l "label"] [c Blue])
 *   1 2 1.5
 *   *Edges               (undirected, drawn here as arcs from the first to the second)
 *   *Arcslist / *Edgeslist   (from followed by all its targets on one line)
 *
 * Lines starting with % are comments. Vertices are numbered 1…n; a vertex without a line of its
 * own is a node labelled by its number. Coordinates are kept as the node's place.
 */

/**
 * The most vertices a *Vertices line may declare. A vertex needs no line of its own, so a file of
 * a few bytes could otherwise ask for a billion nodes; the largest files we open hold ~130,000.
 */
export const MAX_VERTICES = 200_000;

/** Pajek's colour names that are also CSS's, to hex: a node's `ic` gives its file colour. */
const COLOURS: Record<string, string> = {
	black: '#000000',
	white: '#ffffff',
	red: '#ff0000',
	green: '#00ff00',
	blue: '#0000ff',
	yellow: '#ffff00',
	cyan: '#00ffff',
	magenta: '#ff00ff',
	orange: '#ffa500',
	purple: '#800080',
	pink: '#ffc0cb',
	brown: '#a52a2a',
	gray: '#808080',
	grey: '#808080',
	lightgreen: '#90ee90',
	lightblue: '#add8e6'
};

/** A line's words: bare words and "quoted strings" (a quote inside is doubled; a backslash is text). */
function words(line: string): string[] | null {
	const out: string[] = [];
	let i = 0;
	while (i < line.length) {
		if (/\s/.test(line[i]!)) {
			i++;
			continue;
		}
		if (line[i] === '"') {
			let s = '';
			let j = i + 1;
			for (; j < line.length; j++) {
				const c = line[j]!;
				if (c === '"' && line[j + 1] === '"') s += line[++j];
				else if (c === '"') break;
				else s += c;
			}
			if (j >= line.length) return null;
			out.push(s);
			i = j + 1;
		} else {
			let j = i;
			while (j < line.length && !/\s/.test(line[j]!)) j++;
			out.push(line.slice(i, j));
			i = j;
		}
	}
	return out;
}

const isNumber = (w: string | undefined) =>
	w !== undefined && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(w);

/** Whether a text is a Pajek network: its first line that is not a comment starts with *Network or *Vertices. */
export function looksLikePajek(text: string): boolean {
	for (const line of text.slice(0, 4000).split(/\r\n|\r|\n/)) {
		const t = line.trim();
		if (t === '' || t.startsWith('%')) continue;
		return /^\*(network|vertices)\b/i.test(t);
	}
	return false;
}

/** A raw dataset object (and each element's line) from a Pajek .net file. */
export function parsePajek(text: string, name: string) {
	const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	const problems: DatasetIssue[] = [];
	const problem = (line: number, message: string, fix: string) =>
		problems.push({ pointer: `line ${line}`, message, fix });
	let title: string | undefined;
	let count = 0;
	const vertexLine = new Map<number, number>();
	const vertices = new Map<number, Record<string, unknown>>();
	const edges: Record<string, unknown>[] = [];
	const edgeLines: number[] = [];
	let section: 'none' | 'vertices' | 'arcs' | 'edges' | 'arcslist' | 'edgeslist' | 'other' = 'none';
	lines.forEach((raw, k) => {
		const at = k + 1;
		const line = raw.trim();
		if (line === '' || line.startsWith('%')) return;
		if (line.startsWith('*')) {
			const [head = '', ...rest] = line.slice(1).split(/\s+/);
			const h = head.toLowerCase();
			if (h === 'network') title = rest.join(' ').replace(/^"|"$/g, '') || undefined;
			else if (h === 'vertices') {
				const n = Number(rest[0]);
				if (!Number.isInteger(n) || n < 0)
					problem(
						at,
						`"*Vertices ${rest[0] ?? ''}" does not give a number of vertices`,
						'Write *Vertices followed by how many vertices there are, e.g. *Vertices 12.'
					);
				else if (n > MAX_VERTICES)
					problem(
						at,
						`"*Vertices ${n}" declares more than ${MAX_VERTICES.toLocaleString('en')} vertices`,
						'Open a smaller extract of the network.'
					);
				else count = n;
				section = 'vertices';
			} else if (['arcs', 'edges', 'arcslist', 'edgeslist'].includes(h))
				section = h as typeof section;
			// *Matrix, *Partition, *Vector…: read past, their lines are not the network's.
			else section = 'other';
			return;
		}
		const w = words(line);
		if (w === null)
			return void problem(at, 'a quoted label is not closed', 'Add the closing quote (").');
		if (section === 'vertices') {
			const n = Number(w[0]);
			if (!Number.isInteger(n) || n < 1 || n > count)
				return void problem(
					at,
					`"${w[0]}" is not a vertex number from 1 to ${count}`,
					'Number the vertices 1, 2, 3… up to the count given after *Vertices.'
				);
			if (vertices.has(n))
				return void problem(
					at,
					`vertex ${n} is listed twice (first at line ${vertexLine.get(n)})`,
					'List each vertex once.'
				);
			const attrs: Record<string, unknown> = {};
			if (w[1] !== undefined) attrs['label'] = w[1];
			let i = 2;
			if (isNumber(w[2]) && isNumber(w[3])) {
				attrs['x'] = Number(w[2]);
				attrs['y'] = Number(w[3]);
				i = isNumber(w[4]) ? 5 : 4;
			}
			for (; i + 1 < w.length; i += 2) {
				const key = w[i]!;
				const v = w[i + 1]!;
				if (key === 'ic') {
					attrs['ic'] = v;
					const hex = COLOURS[v.toLowerCase()];
					if (hex) attrs['color'] = hex;
				} else if (key === 'x_fact' || key === 's_size') attrs['size'] = Number(v);
				else attrs[key] = isNumber(v) ? Number(v) : v;
			}
			vertices.set(n, attrs);
			vertexLine.set(n, at);
		} else if (section === 'arcs' || section === 'edges') {
			if (w.length < 2)
				return void problem(
					at,
					'an arc or edge needs two vertex numbers',
					'Write the two vertex numbers, e.g. 1 2.'
				);
			const attrs: Record<string, unknown> = {};
			let i = 2;
			if (isNumber(w[2])) {
				attrs['weight'] = Number(w[2]);
				i = 3;
			}
			for (; i + 1 < w.length; i += 2) {
				const key = w[i]!;
				const v = w[i + 1]!;
				attrs[key === 'l' ? 'label' : key] = isNumber(v) && key !== 'l' ? Number(v) : v;
			}
			edges.push(edgeOf(undefined, w[0]!, w[1]!, attrs));
			edgeLines.push(at);
		} else if (section === 'arcslist' || section === 'edgeslist') {
			for (const t of w.slice(1)) {
				edges.push(edgeOf(undefined, w[0]!, t, {}));
				edgeLines.push(at);
			}
		} else if (section === 'none')
			problem(
				at,
				'the network starts before *Vertices',
				'Begin the file with *Vertices and the number of vertices.'
			);
	});
	if (count === 0 && problems.length === 0)
		problem(
			1,
			'no *Vertices line, or none with vertices',
			'A Pajek file begins *Vertices n, n being the number of vertices.'
		);
	if (problems.length) throw new DatasetError(problems, name);
	const nodes: Record<string, unknown>[] = [];
	const nodeLines: number[] = [];
	for (let n = 1; n <= count; n++) {
		nodes.push(nodeOf(String(n), vertices.get(n) ?? {}));
		nodeLines.push(vertexLine.get(n) ?? 0);
	}
	return {
		raw: { title, nodes, edges },
		place: (list: 'nodes' | 'edges', index: number) => {
			const line = (list === 'nodes' ? nodeLines : edgeLines)[index];
			if (list === 'nodes')
				return line ? `vertex ${index + 1} (line ${line})` : `vertex ${index + 1}`;
			return line === undefined ? undefined : `line ${line}`;
		}
	};
}
