import { rawOf } from './edit-ops.ts';
import { loadDataset, type LoadResult } from './load.ts';
import type { Citation, Dataset, GraphEdge, GraphNode, Source, TimelineEvent } from './types.ts';

/** How entities of the two networks are found to be the same. */
export interface MergeOptions {
	/** Also the same when a label or alias matches, case and accents aside (ids always count). */
	byLabel: boolean;
}

/** A field the two networks give differently for one entity: the user keeps one. */
export interface Conflict {
	/** Unique within a plan, e.g. "node:baku:description". */
	key: string;
	kind: 'node' | 'edge';
	/** The entity's id in the open network. */
	id: string;
	/** What to call it: a node's label, an edge's "a → b". */
	name: string;
	field: string;
	ours: unknown;
	theirs: unknown;
}

/** What merging `incoming` into `base` would do, before the user settles the conflicts. */
export interface MergePlan {
	/** Incoming node id → the open network's node it is the same as. */
	sameNodes: Map<string, string>;
	/** Incoming edge id → the open network's edge it is the same as. */
	sameEdges: Map<string, string>;
	/** Incoming source ids that clash with a different source of the open network → new id. */
	renamedSources: Map<string, string>;
	conflicts: Conflict[];
	/** How many nodes, edges and sources the merge adds. */
	adds: { nodes: number; edges: number; sources: number };
}

/** Which side each conflict keeps, by its key; a conflict not named keeps the open network's. */
export type Choices = Record<string, 'ours' | 'theirs'>;

/** A label folded for comparison: case, accents and spacing aside. */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase('en')
		.replace(/\s+/g, ' ')
		.trim();
}

const NODE_FIELDS = ['label', 'type', 'group', 'description', 'confidence', 'period'] as const;
const EDGE_FIELDS = ['description', 'confidence', 'period', 'weight'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameSource = (a: Source, b: Source) =>
	same({ ...a, id: '' }, { ...b, id: '' }) || (a.title === b.title && a.url === b.url);

function unique(base: string, taken: Set<string>): string {
	let k = 2;
	while (taken.has(`${base}-${k}`)) k++;
	return `${base}-${k}`;
}

/** The key of an edge for matching: its ends (in the open network's ids) and its relation. */
const edgeKey = (source: string, target: string, relation: string | undefined) =>
	JSON.stringify([source, target, relation ?? '']);

/** Finds what the two networks share and where they differ. */
export function planMerge(base: Dataset, incoming: Dataset, options: MergeOptions): MergePlan {
	const baseIds = new Set(base.nodes.map((n) => n.id));
	const byName = new Map<string, string>();
	if (options.byLabel)
		for (const n of base.nodes)
			for (const name of [n.label, ...n.aliases])
				if (!byName.has(fold(name))) byName.set(fold(name), n.id);
	const sameNodes = new Map<string, string>();
	const taken = new Set<string>();
	for (const n of incoming.nodes) {
		let match: string | undefined = baseIds.has(n.id) ? n.id : undefined;
		if (match === undefined && options.byLabel)
			match = [n.label, ...n.aliases].map((name) => byName.get(fold(name))).find(Boolean);
		// Two incoming nodes never merge into one: the second is added as its own.
		if (match !== undefined && !taken.has(match)) {
			sameNodes.set(n.id, match);
			taken.add(match);
		}
	}
	const baseNode = new Map(base.nodes.map((n) => [n.id, n]));
	const conflicts: Conflict[] = [];
	for (const n of incoming.nodes) {
		const id = sameNodes.get(n.id);
		if (id === undefined) continue;
		const ours = baseNode.get(id)!;
		for (const field of NODE_FIELDS) {
			const [a, b] = [ours[field], n[field]];
			// Labels that differ only in case, accents or spacing are the same name.
			if (field === 'label' && fold(ours.label) === fold(n.label)) continue;
			if (a !== undefined && b !== undefined && !same(a, b))
				conflicts.push({
					key: `node:${id}:${field}`,
					kind: 'node',
					id,
					name: ours.label,
					field,
					ours: a,
					theirs: b
				});
		}
	}

	const endOf = (id: string) => sameNodes.get(id) ?? id;
	const baseEdges = new Map(base.edges.map((e) => [edgeKey(e.source, e.target, e.relation), e]));
	const label = (id: string) => baseNode.get(id)?.label ?? id;
	const sameEdges = new Map<string, string>();
	for (const e of incoming.edges) {
		const ours = baseEdges.get(edgeKey(endOf(e.source), endOf(e.target), e.relation));
		if (!ours || [...sameEdges.values()].includes(ours.id)) continue;
		sameEdges.set(e.id, ours.id);
		for (const field of EDGE_FIELDS) {
			const [a, b] = [ours[field], e[field]];
			if (a !== undefined && b !== undefined && !same(a, b))
				conflicts.push({
					key: `edge:${ours.id}:${field}`,
					kind: 'edge',
					id: ours.id,
					name: `${label(ours.source)} → ${label(ours.target)}`,
					field,
					ours: a,
					theirs: b
				});
		}
	}

	const sourceIds = new Set([...base.sources, ...incoming.sources].map((s) => s.id));
	const renamedSources = new Map<string, string>();
	let newSources = 0;
	for (const s of incoming.sources) {
		const ours = base.sources.find((b) => b.id === s.id);
		if (!ours) newSources++;
		else if (!sameSource(ours, s)) {
			const id = unique(s.id, sourceIds);
			sourceIds.add(id);
			renamedSources.set(s.id, id);
			newSources++;
		}
	}
	return {
		sameNodes,
		sameEdges,
		renamedSources,
		conflicts,
		adds: {
			nodes: incoming.nodes.length - sameNodes.size,
			edges: incoming.edges.length - sameEdges.size,
			sources: newSources
		}
	};
}

/** Citations of both, the incoming ones under their renamed sources, each once. */
function bothCitations(ours: Citation[], theirs: Citation[], rename: Map<string, string>) {
	const out = [...ours];
	for (const c of theirs) {
		const cited: Citation = { ...c, source: rename.get(c.source) ?? c.source };
		if (!out.some((o) => o.source === cited.source && o.locator === cited.locator)) out.push(cited);
	}
	return out;
}

/** Sets the fields a conflict resolved to the incoming side, and fills those the open one lacks. */
function settle<T extends object>(
	ours: T,
	theirs: T,
	fields: readonly string[],
	kept: (field: string) => 'ours' | 'theirs'
): T {
	const out = { ...ours } as Record<string, unknown>;
	const them = theirs as Record<string, unknown>;
	for (const field of fields) {
		if (them[field] === undefined) continue;
		if (out[field] === undefined || kept(field) === 'theirs') out[field] = them[field];
	}
	return out as T;
}

/**
 * The open network with the incoming one merged in as `plan` found it and `choices` settle it:
 * same entities become one (fields as chosen, aliases, citations and attributes of both), the
 * rest is added; every source of both is kept, an incoming source whose id clashes under a new id.
 * The result is read again by the same rules as an opened file: a problem throws a DatasetError,
 * and what it repaired comes back as warnings.
 */
export function applyMerge(
	base: Dataset,
	incoming: Dataset,
	plan: MergePlan,
	choices: Choices
): LoadResult {
	const rename = plan.renamedSources;
	const choice = (kind: string, id: string) => (field: string) =>
		choices[`${kind}:${id}:${field}`] ?? 'ours';
	const nodes: GraphNode[] = base.nodes.map((n) => n);
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const takenIds = new Set(nodes.map((n) => n.id));
	const endOf = new Map<string, string>();
	for (const n of incoming.nodes) {
		const cited = n.sources.map((c) => ({ ...c, source: rename.get(c.source) ?? c.source }));
		const match = plan.sameNodes.get(n.id);
		if (match === undefined) {
			const id = takenIds.has(n.id) ? unique(n.id, takenIds) : n.id;
			takenIds.add(id);
			endOf.set(n.id, id);
			nodes.push({ ...n, id, sources: cited });
			continue;
		}
		endOf.set(n.id, match);
		const i = index.get(match)!;
		const ours = nodes[i]!;
		const merged = settle(ours, n, NODE_FIELDS, choice('node', match));
		const other = merged.label === ours.label ? n.label : ours.label;
		const aliases = [...ours.aliases, ...n.aliases, other].filter(
			(a, k, all) =>
				fold(a) !== fold(merged.label) && all.findIndex((b) => fold(b) === fold(a)) === k
		);
		nodes[i] = {
			...merged,
			aliases,
			sources: bothCitations(ours.sources, n.sources, rename),
			attributes: { ...n.attributes, ...ours.attributes }
		};
	}

	const edges: GraphEdge[] = base.edges.map((e) => e);
	const edgeIndex = new Map(edges.map((e, j) => [e.id, j]));
	const edgeIds = new Set(edges.map((e) => e.id));
	for (const e of incoming.edges) {
		const match = plan.sameEdges.get(e.id);
		if (match === undefined) {
			const id = edgeIds.has(e.id) ? unique(e.id, edgeIds) : e.id;
			edgeIds.add(id);
			const cited = e.sources.map((c) => ({ ...c, source: rename.get(c.source) ?? c.source }));
			edges.push({
				...e,
				id,
				source: endOf.get(e.source) ?? e.source,
				target: endOf.get(e.target) ?? e.target,
				sources: cited
			});
			continue;
		}
		const j = edgeIndex.get(match)!;
		const ours = edges[j]!;
		edges[j] = {
			...settle(ours, e, EDGE_FIELDS, choice('edge', match)),
			sources: bothCitations(ours.sources, e.sources, rename),
			attributes: { ...e.attributes, ...ours.attributes }
		};
	}

	const sources = [...base.sources];
	for (const s of incoming.sources) {
		const id = rename.get(s.id) ?? s.id;
		if (!sources.some((o) => o.id === id)) sources.push({ ...s, id });
	}
	const groups = [
		...base.groups,
		...incoming.groups.filter((g) => !base.groups.some((o) => o.id === g.id))
	];
	const types = [
		...base.types,
		...incoming.types.filter((t) => !base.types.some((o) => o.id === t.id))
	];
	const events: TimelineEvent[] = [...base.events];
	for (const ev of incoming.events) {
		const nodesOf = ev.nodes.map((id) => endOf.get(id) ?? id);
		const k = events.findIndex((o) => o.date === ev.date && fold(o.label) === fold(ev.label));
		if (k < 0) {
			const cited = ev.sources.map((c) => ({ ...c, source: rename.get(c.source) ?? c.source }));
			events.push({ ...ev, nodes: nodesOf, sources: cited });
		} else {
			const o = events[k]!;
			events[k] = {
				...o,
				nodes: [...new Set([...o.nodes, ...nodesOf])],
				sources: bothCitations(o.sources, ev.sources, rename)
			};
		}
	}
	const merged: Dataset = { ...base, sources, groups, types, nodes, edges, events };
	return loadDataset(rawOf(merged), { name: 'The merged network' });
}

/** A conflict's value as the resolver shows it. */
export function shown(value: unknown): string {
	if (value === undefined) return '—';
	if (typeof value === 'string') return value;
	if (typeof value === 'object' && value !== null && ('from' in value || 'to' in value)) {
		const p = value as { from?: number; to?: number };
		return `${p.from ?? '…'}–${p.to ?? '…'}`;
	}
	return JSON.stringify(value);
}
