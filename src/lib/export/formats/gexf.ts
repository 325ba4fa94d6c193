import { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/browser/writer.js';
import type { Dataset } from '../../model/types';
import { EDGE_SKIP, NODE_SKIP, record, xmlText, type Picture, type Scalar } from './records';

/**
 * graphology-gexf keeps the attribute model in a plain object, where a name such as "toString" or
 * "__proto__" finds Object.prototype's member and is dropped: such names carry MARK through the
 * writer, taken off the text it returns.
 */
const MARK = '\ue000';
const safe = (name: string) => (name in Object.prototype ? MARK + name : name);

const clean = (r: Record<string, Scalar>) => {
	const out: Record<string, Scalar> = {};
	for (const [k, v] of Object.entries(r))
		Object.defineProperty(out, safe(xmlText(k)), {
			value: typeof v === 'string' ? xmlText(v) : v,
			enumerable: true,
			writable: true,
			configurable: true
		});
	return out;
};

/**
 * graphology-gexf declares one type per column from its values and casts the rest to it: a column
 * holding both numbers and booleans (or texts) would be written as numbers it cannot read back.
 * Such a column is written as text throughout.
 */
function oneTypePerColumn(rows: Record<string, Scalar>[]): void {
	const types = new Map<string, Set<string>>();
	for (const r of rows)
		for (const [k, v] of Object.entries(r)) {
			const t = types.get(k) ?? new Set<string>();
			t.add(typeof v);
			types.set(k, t);
		}
	for (const r of rows)
		for (const k of Object.keys(r)) if (types.get(k)!.size > 1) r[k] = String(r[k]);
}

/**
 * The network as GEXF 1.2, written by graphology-gexf: each node's label, its place, colour and size
 * as `viz:position`, `viz:color` and `viz:size`, every other field and attribute as an attvalue
 * (periods, aliases and citations as JSON text); each edge's relation as its label and its weight.
 * The title and summary go in `<meta>`. Gephi, networkx and our reader open it.
 */
export function toGexf(dataset: Dataset, picture: Picture): string {
	// MARK is ours alone in the text: any in the data is replaced first (xmlText keeps it otherwise).
	dataset = JSON.parse(JSON.stringify(dataset).replaceAll(MARK, '\ufffd')) as Dataset;
	const graph = new MultiDirectedGraph({ allowSelfLoops: true });
	graph.setAttribute('creator', 'Influence Map');
	graph.setAttribute('title', xmlText(dataset.title));
	if (dataset.summary) graph.setAttribute('description', xmlText(dataset.summary));
	const nodeRows = dataset.nodes.map((n) => {
		const r = clean(record(n, NODE_SKIP));
		// Colour and size are the viz elements.
		delete r['color'];
		delete r['size'];
		return r;
	});
	const edgeRows = dataset.edges.map((e) => clean(record(e, EDGE_SKIP)));
	oneTypePerColumn(nodeRows);
	oneTypePerColumn(edgeRows);
	dataset.nodes.forEach((n, i) => {
		const { label, ...rest } = nodeRows[i]!;
		graph.addNode(xmlText(n.id), {
			label: String(label ?? n.id),
			attributes: rest,
			viz: { x: picture.x(i), y: picture.y(i), size: picture.size(n), color: picture.colour(n) }
		});
	});
	dataset.edges.forEach((e, i) => {
		const { relation, weight, ...rest } = edgeRows[i]!;
		graph.addEdgeWithKey(xmlText(e.id), xmlText(e.source), xmlText(e.target), {
			label: relation === undefined ? undefined : String(relation),
			weight,
			attributes: rest
		});
	});
	// The attributes are laid out above: the formatters pass them through as they are.
	const pass = (_key: string, a: Record<string, unknown>) => a;
	// GEXF 1.2, which Gephi, networkx (which does not read 1.3) and igraph read; graphology-gexf
	// names its viz namespace wrongly ("http:///…/1.1draft/viz"): it is written as the 1.2 schema has it.
	return writeGexf(graph, { version: '1.2', formatNode: pass, formatEdge: pass })
		.replace(
			'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
			'xmlns:viz="http://www.gexf.net/1.2draft/viz"'
		)
		.replaceAll(MARK, '');
}
