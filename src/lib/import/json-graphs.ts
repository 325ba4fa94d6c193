import { DatasetError, pointer, type DatasetIssue } from '../model/issues';
import { edgeOf, nodeOf } from './attrs';

/**
 * Two JSON shapes other tools save, read into our format:
 *
 * - graphology's serialisation (`graph.export()`, what sigma.js and Gephi Lite save):
 *   `{ attributes?, options?, nodes: [{ key, attributes? }], edges: [{ key?, source, target, attributes? }] }`
 * - Cytoscape.js JSON (`cy.json()`, Cytoscape desktop's .cyjs): `{ elements: { nodes: [{ data, position? }],
 *   edges: [{ data }] } }` or `elements: [{ group: "nodes" | "edges", data, position? }]`.
 *
 * Problems are named by JSON pointer in the file as it is written ("/elements/nodes/3/data/id").
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string | number =>
	(typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

/** graphology's export: nodes carry `key` (not `id`), and no node carries `id`. */
export function isGraphologyJson(json: unknown): json is Obj & { nodes: unknown[] } {
	if (!isObj(json) || !Array.isArray(json['nodes']) || json['nodes'].length === 0) return false;
	const nodes = json['nodes'] as unknown[];
	return nodes.every((n) => isObj(n) && !('id' in n)) && nodes.some((n) => isObj(n) && 'key' in n);
}

/** Cytoscape.js: an `elements` object or list, and no `nodes` of its own. */
export function isCytoscapeJson(json: unknown): json is Obj {
	return (
		isObj(json) &&
		!('nodes' in json) &&
		(isObj(json['elements']) || Array.isArray(json['elements']))
	);
}

export interface Read {
	raw: Obj;
	place: (list: 'nodes' | 'edges', index: number) => string | undefined;
}

const fail = (problems: DatasetIssue[], name: string): never => {
	throw new DatasetError(problems, name);
};

export function readGraphology(json: Obj & { nodes: unknown[] }, name: string): Read {
	const problems: DatasetIssue[] = [];
	const need = (at: string, message: string, fix: string) =>
		problems.push({ pointer: at, message, fix });
	const attributesAt = (item: Obj, at: string): Obj => {
		const a = item['attributes'];
		if (a === undefined) return {};
		if (isObj(a)) return a;
		need(
			`${at}/attributes`,
			'attributes must be an object',
			'Write attributes as { "label": "…", … }, or leave them out.'
		);
		return {};
	};
	const nodes = json.nodes.map((n, i) => {
		const at = pointer('nodes', i);
		if (!isObj(n))
			return (
				need(
					at,
					'a node must be an object { key, attributes }',
					'Write each node as { "key": "a", "attributes": { … } }.'
				),
				{}
			);
		if (!isId(n['key']))
			need(
				`${at}/key`,
				'a node needs a key (text or a number)',
				'Give every node a key, e.g. "key": "a".'
			);
		return nodeOf(String(n['key']), attributesAt(n, at));
	});
	const list = json['edges'] ?? [];
	if (!Array.isArray(list))
		fail(
			[
				{
					pointer: '/edges',
					message: 'edges must be a list',
					fix: 'Write edges as [{ "source": "a", "target": "b" }].'
				}
			],
			name
		);
	const edges = (list as unknown[]).map((e, i) => {
		const at = pointer('edges', i);
		if (!isObj(e))
			return (
				need(
					at,
					'an edge must be an object { source, target }',
					'Write each edge as { "source": "a", "target": "b" }.'
				),
				{}
			);
		for (const end of ['source', 'target'])
			if (!isId(e[end]))
				need(`${at}/${end}`, `an edge needs a ${end} (a node key)`, `Give every edge a ${end}.`);
		return edgeOf(
			isId(e['key']) ? String(e['key']) : undefined,
			String(e['source']),
			String(e['target']),
			attributesAt(e, at)
		);
	});
	if (problems.length) fail(problems, name);
	const attrs = isObj(json['attributes']) ? json['attributes'] : {};
	const title = attrs['title'] ?? attrs['name'] ?? attrs['label'];
	return {
		raw: { title: typeof title === 'string' && title.trim() ? title : undefined, nodes, edges },
		place: (kind, index) => {
			const id = (kind === 'nodes' ? nodes : edges)[index]?.['id'];
			const at = pointer(kind, index);
			return id === undefined
				? at
				: `${at} (${kind === 'nodes' ? 'node' : 'edge'} ${JSON.stringify(id)})`;
		}
	};
}

export function readCytoscape(json: Obj, name: string): Read {
	const problems: DatasetIssue[] = [];
	const need = (at: string, message: string, fix: string) =>
		problems.push({ pointer: at, message, fix });
	const elements = json['elements'];
	const items: { item: unknown; at: string; group?: string }[] = [];
	if (Array.isArray(elements))
		elements.forEach((item, i) => items.push({ item, at: pointer('elements', i) }));
	else if (isObj(elements))
		for (const group of ['nodes', 'edges'] as const) {
			const list = elements[group] ?? [];
			if (!Array.isArray(list))
				need(
					pointer('elements', group),
					`${group} must be a list`,
					`Write elements.${group} as a list of { "data": { … } }.`
				);
			else
				list.forEach((item, i) => items.push({ item, at: pointer('elements', group, i), group }));
		}
	const nodes: Obj[] = [];
	const edges: Obj[] = [];
	const at = { nodes: [] as string[], edges: [] as string[] };
	for (const { item, at: where, group } of items) {
		if (!isObj(item) || !isObj(item['data'])) {
			need(
				where,
				'an element must be an object with a data object',
				'Write each element as { "data": { "id": "a" } }.'
			);
			continue;
		}
		const data = item['data'];
		const kind =
			group ??
			(item['group'] === 'edges' ||
			(item['group'] === undefined && 'source' in data && 'target' in data)
				? 'edges'
				: 'nodes');
		if (kind === 'nodes') {
			if (!isId(data['id'])) {
				need(
					`${where}/data/id`,
					'a node needs an id (text or a number)',
					'Give every node data an "id".'
				);
				continue;
			}
			const attrs: Obj = { ...data };
			delete attrs['id'];
			const pos = item['position'];
			if (isObj(pos) && attrs['x'] === undefined && attrs['y'] === undefined)
				Object.assign(attrs, { x: pos['x'], y: pos['y'] });
			// Cytoscape desktop's internal numbers and the compound parent are not the network's.
			for (const k of ['SUID', 'selected']) delete attrs[k];
			nodes.push(nodeOf(String(data['id']), attrs));
			at.nodes.push(where);
		} else {
			for (const end of ['source', 'target'])
				if (!isId(data[end]))
					need(
						`${where}/data/${end}`,
						`an edge needs a ${end} (a node id)`,
						`Give every edge data a "${end}".`
					);
			if (!isId(data['source']) || !isId(data['target'])) continue;
			const attrs: Obj = { ...data };
			for (const k of ['id', 'source', 'target', 'SUID', 'selected']) delete attrs[k];
			// Cytoscape desktop calls the relation "interaction".
			if (attrs['interaction'] !== undefined && attrs['relation'] === undefined) {
				attrs['relation'] = attrs['interaction'];
				delete attrs['interaction'];
			}
			edges.push(
				edgeOf(
					isId(data['id']) ? String(data['id']) : undefined,
					String(data['source']),
					String(data['target']),
					attrs
				)
			);
			at.edges.push(where);
		}
	}
	if (nodes.length === 0 && problems.length === 0)
		need('/elements', 'no nodes', 'Put at least one node in elements.');
	if (problems.length) fail(problems, name);
	const data = isObj(json['data']) ? json['data'] : {};
	const title = data['name'] ?? data['title'];
	return {
		raw: { title: typeof title === 'string' && title.trim() ? title : undefined, nodes, edges },
		place: (kind, index) => at[kind][index]
	};
}
