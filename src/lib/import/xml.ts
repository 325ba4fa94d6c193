import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { DatasetError } from '../model/issues';
import { checkDoctype } from './doctype';
import { edgeOf, nodeOf } from './attrs';
import { keep } from './fields';

export interface Dom {
	DOMParser: typeof DOMParser;
	Document: typeof Document;
}

/**
 * The parsed document, or the place of its first error: XML parse errors carry "line L at
 * column C" (Chromium) or "line:L,col:C" (xmldom).
 */
function parseXml(text: string, dom: Dom): Document | { place: string } {
	let report: string;
	try {
		const doc = new dom.DOMParser().parseFromString(text, 'application/xml');
		const error = doc.getElementsByTagName('parsererror')[0];
		if (!error) return doc;
		report = error.textContent ?? '';
	} catch (error) {
		// xmldom throws where browsers return a <parsererror> document, with the place beside it.
		const at = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
		if (at?.lineNumber) return { place: `line ${at.lineNumber}, column ${at.columnNumber ?? 1}` };
		report = error instanceof Error ? error.message : String(error);
	}
	const m = /line[: ](\d+)(?:,| at) ?col(?:umn)?[: ](\d+)/.exec(report);
	return { place: m ? `line ${m[1]}, column ${m[2]}` : 'the XML' };
}

/** What yEd keeps in its graphics elements rather than in plain data: label, place and colour. */
interface YedGraphics {
	label?: string;
	x?: number;
	y?: number;
	color?: string;
}

const childrenNamed = (el: Element, local: string) =>
	Array.from(el.getElementsByTagNameNS('*', local));

/**
 * yEd writes keys for ports and for the document (which graphology-graphml cannot read and fails
 * on) and puts a node's label, place and fill inside `yfiles` graphics data. Those keys and their
 * data are taken out of the document here; what they say is returned by node and edge id.
 */
function takeYedGraphics(doc: Document): Record<'node' | 'edge', Map<string, YedGraphics>> {
	// Nodes and edges apart: GraphML lets a node and an edge share an id.
	const found = { node: new Map<string, YedGraphics>(), edge: new Map<string, YedGraphics>() };
	const foreign = new Set<string>();
	for (const key of Array.from(doc.getElementsByTagName('key'))) {
		const domain = key.getAttribute('for') ?? 'all';
		if (
			key.getAttribute('yfiles.type') !== null ||
			!['node', 'edge', 'graph', 'all'].includes(domain)
		) {
			foreign.add(key.getAttribute('id') ?? '');
			key.parentNode?.removeChild(key);
		}
	}
	if (foreign.size === 0) return found;
	for (const data of Array.from(doc.getElementsByTagName('data'))) {
		if (!foreign.has(data.getAttribute('key') ?? '')) continue;
		const owner = data.parentNode as Element | null;
		const id = owner?.getAttribute?.('id');
		if (id && (owner!.localName === 'node' || owner!.localName === 'edge')) {
			const byId = found[owner!.localName as 'node' | 'edge'];
			const g: YedGraphics = byId.get(id) ?? {};
			const text = childrenNamed(data, owner!.localName === 'node' ? 'NodeLabel' : 'EdgeLabel')
				.map((l) => l.textContent?.trim() ?? '')
				.find((t) => t !== '');
			if (text) g.label ??= text;
			const box = childrenNamed(data, 'Geometry')[0];
			const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(box?.getAttribute(a)));
			if (owner!.localName === 'node' && [x, y, w, h].every(Number.isFinite)) {
				g.x = x! + w! / 2;
				g.y = y! + h! / 2;
			}
			const fill = childrenNamed(data, 'Fill')[0]?.getAttribute('color');
			// yEd adds an alpha byte to some colours (#RRGGBBAA): the colour is the first six digits.
			if (fill && /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(fill))
				g.color = fill.slice(0, 7).toLowerCase();
			byId.set(id, g);
		}
		data.parentNode?.removeChild(data);
	}
	return found;
}

/**
 * graphology keeps a node's neighbours in plain objects, where a node id such as "constructor" finds
 * Object.prototype's member and "__proto__" makes it refuse the file: while graphology holds the
 * network, every node id (and edge end) carries a prefix no object member has; `idOf` takes it off.
 */
function keyIds(doc: Document): void {
	const key = (el: Element, name: string) => {
		const v = el.getAttribute(name);
		if (v !== null) el.setAttribute(name, `#${v}`);
	};
	for (const el of Array.from(doc.getElementsByTagName('node'))) key(el, 'id');
	for (const el of Array.from(doc.getElementsByTagName('edge'))) {
		key(el, 'source');
		key(el, 'target');
	}
}
const idOf = (key: string) => key.slice(1);

/**
 * The parsers keep a file's attribute declarations and values in plain objects too, where an
 * attribute named "toString" or "__proto__" is lost: such names carry MARK while graphology reads
 * them, and `unmarked` takes it off again.
 */
const MARK = '\ue000';
const risky = (name: string | null): name is string => name !== null && name in Object.prototype;
function markNames(doc: Document): void {
	const mark = (tag: string, names: string[]) => {
		for (const el of Array.from(doc.getElementsByTagName(tag)))
			for (const n of names) {
				const v = el.getAttribute(n);
				if (risky(v)) el.setAttribute(n, MARK + v);
			}
	};
	mark('attribute', ['id', 'title']);
	mark('attvalue', ['for', 'id']);
	mark('key', ['id', 'attr.name']);
	mark('data', ['key']);
}
function unmarked(attrs: Record<string, unknown>): Record<string, unknown> {
	if (!Object.keys(attrs).some((k) => k.startsWith(MARK))) return attrs;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(attrs)) keep(out, k.startsWith(MARK) ? k.slice(1) : k, v);
	return out;
}

/**
 * A GEXF (Gephi) or GraphML (yEd, igraph, networkx) file as a raw dataset object, through
 * graphology-gexf and graphology-graphml. Attributes named like our fields become those fields
 * (igraph's and yEd's `name` labels a node); every other attribute is kept; viz positions become
 * starting positions and viz colours are kept as a `color` attribute.
 */
export function parseGraphXml(text: string, kind: 'gexf' | 'graphml', name: string, dom: Dom) {
	// Before any parser sees the text: the page's parser would expand declared entities.
	checkDoctype(text, name);
	const doc = parseXml(text, dom);
	if ('place' in doc)
		throw new DatasetError(
			[
				{
					pointer: doc.place,
					message: 'not well-formed XML',
					fix: 'Fix the XML there, or export the file again.'
				}
			],
			name
		);
	const yed =
		kind === 'graphml'
			? takeYedGraphics(doc)
			: { node: new Map<string, YedGraphics>(), edge: new Map<string, YedGraphics>() };
	keyIds(doc);
	markNames(doc);
	let graph: Graph;
	try {
		const parse = (kind === 'gexf' ? createGexfParser : createGraphmlParser)(
			dom.DOMParser,
			dom.Document
		);
		// The graphology parsers refuse a whole file for one edge to a node it lacks; they add such
		// nodes instead, and those are taken out below so the loader drops and reports the edges.
		graph = parse(Graph, doc, { allowUndeclaredAttributes: true, addMissingNodes: true });
	} catch (error) {
		throw new DatasetError(
			[
				{
					pointer: '',
					message: `not a ${kind === 'gexf' ? 'GEXF' : 'GraphML'} file graphology can read (${error instanceof Error ? error.message.replace(/^graphology-\w+\/parser: /, '').replace(/"#/g, '"') : error})`,
					fix: `Export the network again as ${kind === 'gexf' ? 'GEXF 1.2 or 1.3' : 'GraphML'}, or as CSV.`
				}
			],
			name
		);
	}
	const declared = new Set<string>();
	const elements = doc.getElementsByTagName('node');
	for (let i = 0; i < elements.length; i++) {
		const id = elements[i]!.getAttribute('id');
		if (id !== null) declared.add(id);
	}
	const nodes: Record<string, unknown>[] = [];
	graph.forEachNode((key, attrs: Record<string, unknown>) => {
		if (!declared.has(key)) return;
		const id = idOf(key);
		const node = nodeOf(id, unmarked(attrs));
		const g = yed.node.get(id);
		if (g) {
			if (g.label !== undefined) node['label'] ??= g.label;
			if (g.x !== undefined && node['x'] === undefined) Object.assign(node, { x: g.x, y: g.y });
			if (g.color !== undefined && node['color'] === undefined) keep(node, 'color', g.color);
		}
		nodes.push(node);
	});
	const edges = graph.mapEdges((id, attrs: Record<string, unknown>, source, target) => {
		const edge = edgeOf(id, idOf(source), idOf(target), unmarked(attrs));
		const label = yed.edge.get(id)?.label;
		if (label !== undefined) edge['relation'] ??= label;
		return edge;
	});
	const title = graph.getAttribute('title') ?? graph.getAttribute('name');
	// GEXF's <meta><description>, or a GraphML graph's "summary" data (as our writers put it).
	const summary = graph.getAttribute('summary') ?? graph.getAttribute('description');
	return {
		title: typeof title === 'string' && title ? title : undefined,
		...(typeof summary === 'string' && summary.trim() ? { summary } : {}),
		nodes,
		edges
	};
}
