import { loadDataset } from './load.ts';
import { DatasetError, pointer, type DatasetIssue } from './issues.ts';
import type {
	Citation,
	Confidence,
	Dataset,
	GraphEdge,
	GraphNode,
	Group,
	NodeType,
	Period,
	Source,
	TimelineEvent
} from './types.ts';

/** The fields of a node an edit may set; a key given as undefined removes that field. */
export interface NodeFields {
	label: string;
	type: string | undefined;
	group: string | undefined;
	aliases: string[];
	description: string | undefined;
	confidence: Confidence | undefined;
	period: Period | undefined;
	sources: Citation[];
	x: number | undefined;
	y: number | undefined;
}

/** The fields of an edge an edit may set; a key given as undefined removes that field. */
export interface EdgeFields {
	source: string;
	target: string;
	relation: string | undefined;
	description: string | undefined;
	confidence: Confidence | undefined;
	period: Period | undefined;
	sources: Citation[];
	weight: number;
}

/** One change to a network, as the user asked for it. */
export type Edit =
	| { kind: 'add-node'; fields: Partial<NodeFields> & { label: string }; id?: string }
	| { kind: 'update-node'; id: string; fields: Partial<NodeFields> }
	| { kind: 'delete-node'; id: string }
	| { kind: 'add-edge'; fields: Partial<EdgeFields> & { source: string; target: string } }
	| { kind: 'update-edge'; id: string; fields: Partial<EdgeFields> }
	| { kind: 'delete-edge'; id: string }
	| { kind: 'add-source'; source: Source }
	| { kind: 'update-source'; id: string; fields: Partial<Omit<Source, 'id'>> }
	| { kind: 'update-group'; id: string; fields: Partial<Omit<Group, 'id'>> }
	| { kind: 'update-type'; id: string; fields: Partial<Omit<NodeType, 'id'>> }
	/** Refused while anything uses it (see `usersOf`): the user moves those first. */
	| { kind: 'delete-source' | 'delete-group' | 'delete-type'; id: string }
	| { kind: 'add-event'; event: Pick<TimelineEvent, 'date' | 'label'> & Partial<TimelineEvent> }
	/** Events have no id: `index` is the event's place in the (date-ordered) list. */
	| { kind: 'update-event'; index: number; fields: Partial<TimelineEvent> }
	| { kind: 'delete-event'; index: number };

/** Why an edit was refused: where (a JSON pointer into the edited network and the field) and what. */
export interface EditError {
	/** JSON pointer of the problem in the network as it would have been, e.g. /nodes/4/period. */
	place: string;
	/** The field of the edited element the problem is in ("period", "sources"), to show it beside. */
	field: string;
	message: string;
}

export type EditResult =
	| {
			dataset: Dataset;
			/** What the change was, to finish "Undo …" ("adding Baku Foundation"). */
			label: string;
			/** The element the edit made or changed, to select it; null for a deletion. */
			id: string | null;
	  }
	| { error: EditError };

/** A dataset written back in the data format (without layout), as loadDataset reads it. */
export function rawOf(dataset: Dataset): Record<string, unknown> {
	const strip = <T extends { attributes: Record<string, unknown> }>(item: T) => {
		const { attributes, ...rest } = item;
		return { ...attributes, ...rest };
	};
	return {
		...dataset.attributes,
		title: dataset.title,
		summary: dataset.summary,
		sources: dataset.sources,
		groups: dataset.groups,
		types: dataset.types,
		nodes: dataset.nodes.map((n) => strip(n)),
		edges: dataset.edges.map((e) => strip(e)),
		events: dataset.events.map(({ nodes, ...rest }) => (nodes.length ? { ...rest, nodes } : rest))
	};
}

/** An id made from a label: lower case, words joined by hyphens, unique among `taken`. */
export function idFor(label: string, taken: ReadonlySet<string>): string {
	const base =
		label
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48) || 'node';
	if (!taken.has(base)) return base;
	let k = 2;
	while (taken.has(`${base}-${k}`)) k++;
	return `${base}-${k}`;
}

/** Sets the given fields on a copy of `item`: a key given as undefined removes the field. */
function withFields<T extends object>(item: T, fields: object): T {
	const out = { ...item } as Record<string, unknown>;
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) delete out[key];
		else out[key] = value;
	}
	return out as T;
}

/** Groups and types a node names that are not declared are declared, as opening a file does. */
function declareFor(dataset: Dataset, node: GraphNode): Dataset {
	let { groups, types } = dataset;
	if (node.group !== undefined && !groups.some((g) => g.id === node.group))
		groups = [...groups, { id: node.group, label: node.group }];
	if (node.type !== undefined && !types.some((t) => t.id === node.type))
		types = [...types, { id: node.type, label: node.type }];
	return groups === dataset.groups && types === dataset.types
		? dataset
		: { ...dataset, groups, types };
}

const nodeName = (dataset: Dataset, id: string) =>
	dataset.nodes.find((n) => n.id === id)?.label ?? id;

function refuse(place: string, field: string, message: string): { error: EditError } {
	return { error: { place, field, message } };
}

/**
 * The edited network read again by the same rules as an opened file (loadDataset). A problem at
 * `at` (the edited element), whether the loader would refuse it or only repair it (a citation of
 * an unknown source, an edge to a missing node), refuses the edit; problems elsewhere, which the
 * network had before, do not.
 */
function recheck(
	next: Dataset,
	at: string,
	label: string,
	id: string | null
): EditResult | { error: EditError } {
	const inside = (issue: DatasetIssue) =>
		issue.pointer === at || issue.pointer.startsWith(at + '/');
	const refusal = (issue: DatasetIssue) => {
		const rest = issue.pointer.slice(at.length).split('/').filter(Boolean);
		const field = rest[0] ?? '';
		return refuse(issue.pointer, field, `${issue.message}. ${issue.fix}`);
	};
	try {
		const { dataset, warnings } = loadDataset(rawOf(next));
		const own = warnings.find(inside);
		if (own) return refusal(own);
		return { dataset, label, id };
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		const issue = error.issues.find(inside) ?? error.issues[0]!;
		return refusal(issue);
	}
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What keeps a source, group or type from being deleted, in words with the fix ("3 nodes are in
 * this group: move them to another group first"), or null when nothing uses it.
 */
export function usersOf(
	dataset: Dataset,
	kind: 'source' | 'group' | 'type',
	id: string
): string | null {
	if (kind !== 'source') {
		const n = dataset.nodes.filter((x) => x[kind] === id).length;
		if (n === 0) return null;
		return kind === 'group'
			? `${plural(n, 'node is', 'nodes are')} in this group: move ${n === 1 ? 'it' : 'them'} to another group first.`
			: `${plural(n, 'node is', 'nodes are')} of this type: give ${n === 1 ? 'it' : 'them'} another type first.`;
	}
	const cites = (list: Citation[]) => list.some((c) => c.source === id || c.via === id);
	const parts = [
		plural(dataset.nodes.filter((x) => cites(x.sources)).length, 'node', 'nodes'),
		plural(dataset.edges.filter((x) => cites(x.sources)).length, 'edge', 'edges'),
		plural(dataset.events.filter((x) => cites(x.sources)).length, 'event', 'events'),
		plural(
			dataset.sources.filter((s) => s.via?.some((r) => 'source' in r && r.source === id)).length,
			'other source',
			'other sources'
		)
	].filter((p) => !p.startsWith('0 '));
	if (parts.length === 0) return null;
	const named =
		parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	return `Cited by ${named}: change or remove those citations of this source first.`;
}

/**
 * Applies one edit to a network and checks the result as an opened file is checked. Returns the
 * new network (the old one is not changed) or why the edit was refused, with its place.
 */
export function applyEdit(dataset: Dataset, edit: Edit): EditResult {
	switch (edit.kind) {
		case 'add-node': {
			const ids = new Set(dataset.nodes.map((n) => n.id));
			const id = edit.id ?? idFor(edit.fields.label, ids);
			const at = pointer('nodes', dataset.nodes.length);
			if (ids.has(id))
				return refuse(`${at}/id`, 'id', `"${id}" is already the id of a node. Choose another id.`);
			const node = withFields<GraphNode>(
				{ id, label: edit.fields.label, aliases: [], sources: [], attributes: {} },
				edit.fields
			);
			const next = declareFor({ ...dataset, nodes: [...dataset.nodes, node] }, node);
			return recheck(next, at, `adding ${edit.fields.label.trim() || id}`, id);
		}
		case 'update-node': {
			const i = dataset.nodes.findIndex((n) => n.id === edit.id);
			if (i < 0) return refuse(pointer('nodes'), 'id', `There is no node "${edit.id}".`);
			const node = withFields(dataset.nodes[i]!, edit.fields);
			const nodes = dataset.nodes.with(i, node);
			const next = declareFor({ ...dataset, nodes }, node);
			const what = Object.keys(edit.fields).join(', ');
			return recheck(next, pointer('nodes', i), `${what} of ${dataset.nodes[i]!.label}`, edit.id);
		}
		case 'delete-node': {
			const node = dataset.nodes.find((n) => n.id === edit.id);
			if (!node) return refuse(pointer('nodes'), 'id', `There is no node "${edit.id}".`);
			const edges = dataset.edges.filter((e) => e.source !== edit.id && e.target !== edit.id);
			const gone = dataset.edges.length - edges.length;
			const next: Dataset = {
				...dataset,
				nodes: dataset.nodes.filter((n) => n !== node),
				edges,
				events: dataset.events.map((ev) =>
					ev.nodes.includes(edit.id) ? { ...ev, nodes: ev.nodes.filter((n) => n !== edit.id) } : ev
				)
			};
			const also = gone ? ` and ${gone} edge${gone === 1 ? '' : 's'}` : '';
			return recheck(
				next,
				pointer('nodes', dataset.nodes.length),
				`deleting ${node.label}${also}`,
				null
			);
		}
		case 'add-edge': {
			const ids = new Set(dataset.edges.map((e) => e.id));
			const id = idFor(`${edit.fields.source}-${edit.fields.target}`, ids);
			const edge = withFields<GraphEdge>(
				{
					id,
					source: edit.fields.source,
					target: edit.fields.target,
					weight: 1,
					sources: [],
					attributes: {}
				},
				edit.fields
			);
			const at = pointer('edges', dataset.edges.length);
			const label = `adding the edge ${nodeName(dataset, edge.source)} → ${nodeName(dataset, edge.target)}`;
			return recheck({ ...dataset, edges: [...dataset.edges, edge] }, at, label, id);
		}
		case 'update-edge': {
			const j = dataset.edges.findIndex((e) => e.id === edit.id);
			if (j < 0) return refuse(pointer('edges'), 'id', `There is no edge "${edit.id}".`);
			const was = dataset.edges[j]!;
			const edges = dataset.edges.with(j, withFields(was, edit.fields));
			const what = Object.keys(edit.fields).join(', ');
			const label = `${what} of ${nodeName(dataset, was.source)} → ${nodeName(dataset, was.target)}`;
			return recheck({ ...dataset, edges }, pointer('edges', j), label, edit.id);
		}
		case 'delete-edge': {
			const was = dataset.edges.find((e) => e.id === edit.id);
			if (!was) return refuse(pointer('edges'), 'id', `There is no edge "${edit.id}".`);
			const label = `deleting the edge ${nodeName(dataset, was.source)} → ${nodeName(dataset, was.target)}`;
			const next = { ...dataset, edges: dataset.edges.filter((e) => e !== was) };
			return recheck(next, pointer('edges', dataset.edges.length), label, null);
		}
		case 'add-source': {
			const at = pointer('sources', dataset.sources.length);
			if (dataset.sources.some((s) => s.id === edit.source.id))
				return refuse(`${at}/id`, 'id', `"${edit.source.id}" is already the id of a source.`);
			const next = { ...dataset, sources: [...dataset.sources, { ...edit.source }] };
			return recheck(next, at, `adding the source ${edit.source.title}`, edit.source.id);
		}
		case 'update-source': {
			const k = dataset.sources.findIndex((s) => s.id === edit.id);
			if (k < 0) return refuse(pointer('sources'), 'id', `There is no source "${edit.id}".`);
			const sources = dataset.sources.with(k, withFields(dataset.sources[k]!, edit.fields));
			const label = `${Object.keys(edit.fields).join(', ')} of the source ${dataset.sources[k]!.title}`;
			return recheck({ ...dataset, sources }, pointer('sources', k), label, edit.id);
		}
		case 'update-group':
		case 'update-type': {
			const key = edit.kind === 'update-group' ? 'groups' : 'types';
			const list: (Group | NodeType)[] = dataset[key];
			const k = list.findIndex((g) => g.id === edit.id);
			const what = key === 'groups' ? 'group' : 'type';
			if (k < 0) return refuse(pointer(key), 'id', `There is no ${what} "${edit.id}".`);
			const next = { ...dataset, [key]: list.with(k, withFields(list[k]!, edit.fields)) };
			const label = `${Object.keys(edit.fields).join(', ')} of the ${what} ${list[k]!.label}`;
			return recheck(next, pointer(key, k), label, edit.id);
		}
		case 'delete-source':
		case 'delete-group':
		case 'delete-type': {
			const what = edit.kind.slice('delete-'.length) as 'source' | 'group' | 'type';
			const key = `${what}s` as const;
			const list: { id: string; label?: string; title?: string }[] = dataset[key];
			const k = list.findIndex((x) => x.id === edit.id);
			if (k < 0) return refuse(pointer(key), 'id', `There is no ${what} "${edit.id}".`);
			const used = usersOf(dataset, what, edit.id);
			if (used) return refuse(pointer(key, k), 'id', used);
			const next = { ...dataset, [key]: list.toSpliced(k, 1) };
			const name = list[k]!.label ?? list[k]!.title ?? edit.id;
			return recheck(next, pointer(key, list.length), `deleting the ${what} ${name}`, null);
		}
		case 'add-event': {
			const event: TimelineEvent = { sources: [], nodes: [], ...edit.event };
			const next = { ...dataset, events: [...dataset.events, event] };
			const at = pointer('events', dataset.events.length);
			return recheck(next, at, `adding the event ${edit.event.label}`, null);
		}
		case 'update-event':
		case 'delete-event': {
			const was = dataset.events[edit.index];
			if (!was) return refuse(pointer('events'), 'date', `There is no event ${edit.index + 1}.`);
			const events =
				edit.kind === 'delete-event'
					? dataset.events.toSpliced(edit.index, 1)
					: dataset.events.with(edit.index, withFields(was, edit.fields));
			const label =
				edit.kind === 'delete-event'
					? `deleting the event ${was.label}`
					: `${Object.keys(edit.fields).join(', ')} of the event ${was.label}`;
			const at = pointer('events', edit.kind === 'delete-event' ? events.length + 1 : edit.index);
			return recheck({ ...dataset, events }, at, label, null);
		}
	}
}
