import { attributeKey, EDGE_KEYS, isConfidence, keep, NODE_KEYS, present } from './fields';

/**
 * Attribute names that carry a field of our format, as Gephi, yEd, igraph, networkx, sigma.js and
 * Cytoscape write them. Shared by every reader whose file holds a bag of attributes per element
 * (GEXF, GraphML, graphology JSON, Cytoscape JSON, GML, Pajek).
 */
export const LABEL = ['label', 'name', 'Label', 'Name'];
export const NODE_FIELDS: Record<string, string[]> = {
	type: ['type', 'Type', 'kind'],
	group: ['group', 'Group', 'modularity_class', 'community', 'cluster'],
	description: ['description', 'Description'],
	confidence: ['confidence']
};
export const EDGE_RELATION = ['relation', 'label', 'Label', 'type', 'kind'];
/** Read as the node's place; `z` is dropped (the picture is flat). */
const PLACE = ['x', 'y', 'z'];

export function pick(attrs: Record<string, unknown>, names: string[]): unknown {
	for (const n of names) if (Object.hasOwn(attrs, n) && present(attrs[n])) return attrs[n];
	return undefined;
}

const USED_BY_NODE = new Set([...LABEL, ...Object.values(NODE_FIELDS).flat(), ...PLACE]);
const USED_BY_EDGE = new Set([...EDGE_RELATION, 'weight']);

/** A number written as a number or as text ("12.5"); undefined for anything else. */
export function numeric(v: unknown): number | undefined {
	if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
	if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
	return undefined;
}

const structured = (v: unknown): unknown => {
	if (typeof v !== 'string' || !/^\s*[[{]/.test(v)) return v;
	try {
		return JSON.parse(v);
	} catch {
		return undefined;
	}
};

/**
 * A period or aliases written as JSON text (as our GEXF, GraphML and CSV writers do, where the
 * format has no lists or records), read back as the field when it is one: `{"from":1992,"to":1999}`
 * with whole years in order, `["IAS","…"]` of texts. Anything else stays an attribute.
 */
export function fieldOf(key: 'period' | 'aliases', value: unknown): unknown {
	const v = structured(value);
	if (key === 'aliases')
		return Array.isArray(v) && v.every((a) => typeof a === 'string') ? v : undefined;
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
	const p = v as Record<string, unknown>;
	const year = (y: unknown) => y === undefined || Number.isInteger(y);
	if (Object.keys(p).some((k) => k !== 'from' && k !== 'to') || !year(p['from']) || !year(p['to']))
		return undefined;
	if (
		p['from'] !== undefined &&
		p['to'] !== undefined &&
		(p['from'] as number) > (p['to'] as number)
	)
		return undefined;
	return { ...p };
}

/** Keeps a file's attribute on a raw node or edge: a period or aliases as the field, else as itself. */
export function keepAttribute(
	obj: Record<string, unknown>,
	key: string,
	value: unknown,
	kind: 'node' | 'edge'
): void {
	if (key === 'period' || (key === 'aliases' && kind === 'node')) {
		const field = fieldOf(key, value);
		if (field !== undefined) return void (obj[key] = field);
	}
	keep(obj, attributeKey(key, kind === 'node' ? NODE_KEYS : EDGE_KEYS), value);
}

/**
 * A raw node of our format from an id and a file's attributes: names like our fields become those
 * fields (the first present name wins), numeric x and y the starting place, and everything else,
 * `size` and `color` included, is kept as an attribute (a clashing name as "name (file)").
 */
export function nodeOf(id: string, attrs: Record<string, unknown>): Record<string, unknown> {
	const node: Record<string, unknown> = { id };
	const label = pick(attrs, LABEL);
	if (label !== undefined) node['label'] = String(label);
	for (const [field, names] of Object.entries(NODE_FIELDS)) {
		const v = pick(attrs, names);
		if (v === undefined) continue;
		if (field === 'confidence' && !isConfidence(v)) keep(node, 'confidence (file)', v);
		else node[field] = String(v);
	}
	// A number that is not finite is passed on, for the loader to refuse with the element's place.
	const place = (v: unknown) => (typeof v === 'number' ? v : numeric(v));
	const x = place(attrs['x']),
		y = place(attrs['y']);
	if (x !== undefined && y !== undefined) {
		node['x'] = x;
		node['y'] = y;
	}
	for (const [k, v] of Object.entries(attrs))
		if (!USED_BY_NODE.has(k) && v !== undefined && v !== null) keepAttribute(node, k, v, 'node');
	return node;
}

/** A raw edge of our format: a relation from its label or type, a weight of zero or more, the rest kept. */
export function edgeOf(
	id: string | undefined,
	source: string,
	target: string,
	attrs: Record<string, unknown>
): Record<string, unknown> {
	const edge: Record<string, unknown> = { source, target };
	if (id !== undefined) edge['id'] = id;
	const relation = pick(attrs, EDGE_RELATION);
	if (relation !== undefined) edge['relation'] = String(relation);
	const weight = numeric(attrs['weight']);
	if (weight !== undefined && weight >= 0) edge['weight'] = weight;
	else if (attrs['weight'] !== undefined) keep(edge, 'weight (file)', attrs['weight']);
	for (const [k, v] of Object.entries(attrs))
		if (!USED_BY_EDGE.has(k) && v !== undefined && v !== null) keepAttribute(edge, k, v, 'edge');
	return edge;
}
