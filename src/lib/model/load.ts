import * as v from 'valibot';
import { DatasetError, fixFor, pointer, type DatasetIssue } from './issues.ts';
import { checkAsOf, readSources } from './provenance.ts';
import { deriveRelations } from './relations.ts';
import { DatasetSchema } from './schema.ts';
import { readStory, storyRefs } from './story.ts';
import type {
	Attributes,
	Citation,
	Dataset,
	GraphEdge,
	GraphNode,
	Group,
	NodeType,
	Relation
} from './types.ts';

export interface LoadOptions {
	/**
	 * Bundled datasets are held to a higher bar: problems a user's file is forgiven
	 * (a dangling edge, a citation of an unknown source) fail the build instead.
	 */
	strict?: boolean;
	/** Names the file in error messages, e.g. "data/azerbaijan-iran.json". */
	name?: string;
}

export interface LoadResult {
	dataset: Dataset;
	/** Problems that were repaired or skipped; the dataset is still usable. */
	warnings: DatasetIssue[];
}

/** Node fields of the format; anything else on a node is an attribute. */
export const NODE_KEYS = [
	'id',
	'label',
	'type',
	'group',
	'aliases',
	'description',
	'confidence',
	'groupConfidence',
	'confidenceNote',
	'period',
	'asOf',
	'sources',
	'x',
	'y'
];
/** Edge fields of the format; anything else on an edge is an attribute. */
export const EDGE_KEYS = [
	'id',
	'source',
	'target',
	'relation',
	'description',
	'confidence',
	'confidenceNote',
	'period',
	'asOf',
	'sources',
	'weight'
];
const TOP_KEYS = [
	'title',
	'summary',
	'sources',
	'groups',
	'types',
	'relations',
	'nodes',
	'edges',
	'links',
	'events',
	'story'
];

/**
 * The fields the format does not know, kept as attributes. A number that is not finite (JSON's
 * 1e999, or NaN from a typed XML column that held text) is reported to `bad`: it would show as
 * "Infinity" and be saved as null.
 */
function rest(obj: object, known: string[], bad: (key: string) => void = () => {}): Attributes {
	const kept = Object.entries(obj).filter(([k]) => !known.includes(k));
	for (const [k, val] of kept) if (typeof val === 'number' && !Number.isFinite(val)) bad(k);
	// fromEntries defines properties: a field named "__proto__" stays a field, and does not
	// replace the prototype of the attributes as `out[k] = val` would.
	return Object.fromEntries(kept);
}

function notFinite(at: string, key: string): DatasetIssue {
	const ptr = `${at}${pointer(key)}`;
	return {
		pointer: ptr,
		message: `"${key}" is not a finite number`,
		fix: 'Write a number within ±1e308 (there is no NaN or Infinity), or write it as text.'
	};
}

function schemaIssues(issues: v.BaseIssue<unknown>[]): DatasetIssue[] {
	return issues.map((issue) => {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		const ptr = pointer(...keys);
		const missing = issue.input === undefined && keys.length > 0;
		const message = missing ? `"${keys[keys.length - 1]}" is missing` : issue.message;
		return { pointer: ptr, message, fix: fixFor(ptr) };
	});
}

/**
 * Checks a parsed JSON value against the data format and returns it normalised:
 * `links` become `edges`, ids become text, labels, edge ids and weights get defaults,
 * groups and types referenced but not declared are added, unknown fields are kept.
 * Throws a DatasetError naming every problem that makes the data unusable.
 */
export function loadDataset(input: unknown, options: LoadOptions = {}): LoadResult {
	const where = options.name ?? 'The dataset';
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		const found = Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input;
		throw new DatasetError(
			[{ pointer: '', message: `a dataset must be a JSON object, not ${found}`, fix: fixFor('') }],
			where
		);
	}
	const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
	if (!parsed.success) throw new DatasetError(schemaIssues(parsed.issues), where);
	const raw = parsed.output;
	// Attributes come from the input itself: the schema's output leaves out fields named
	// "__proto__", "constructor" and "prototype", and a user's field must never be dropped.
	type Item = Record<string, unknown>;
	const given = input as { nodes: Item[]; edges?: Item[]; links?: Item[] };
	const givenEdges = given.links ?? given.edges ?? [];

	const errors: DatasetIssue[] = [];
	const warnings: DatasetIssue[] = [];
	const complain = (issue: DatasetIssue, serious: boolean) =>
		(serious ? errors : warnings).push(issue);

	const sources = readSources(raw.sources ?? [], errors);
	const sourceIds = new Set(sources.map((s) => s.id));
	const checkCitations = (list: Citation[] | undefined, at: string): Citation[] => {
		const out: Citation[] = [];
		(list ?? []).forEach((c, i) => {
			if (sourceIds.size > 0 && !sourceIds.has(c.source)) {
				complain(
					{
						pointer: `${at}/sources/${i}/source`,
						message: `"${c.source}" is not the id of any entry in the top-level "sources"`,
						fix: `Use one of: ${[...sourceIds].join(', ')}, or add that source to "sources".`
					},
					options.strict === true
				);
			}
			const citation: Citation = { source: c.source };
			if (c.locator !== undefined) citation.locator = c.locator;
			if (c.credibility !== undefined) citation.credibility = c.credibility;
			if (c.hedge !== undefined) citation.hedge = c.hedge;
			if (c.via !== undefined) {
				citation.via = c.via;
				if (!sourceIds.has(c.via) || c.via === c.source)
					errors.push({
						pointer: `${at}/sources/${i}/via`,
						message:
							c.via === c.source
								? `a citation of "${c.source}" cannot relay "${c.via}" itself`
								: `"${c.via}" is not the id of any entry in the top-level "sources"`,
						fix: 'Set "via" to the id of the source the cited passage relays, adding that source to "sources" if needed.'
					});
			}
			out.push(citation);
		});
		return out;
	};

	const groups: Group[] = (raw.groups ?? []).map((g) => {
		const group: Group = { id: g.id, label: g.label ?? g.id };
		if (g.description !== undefined) group.description = g.description;
		if (g.color !== undefined) group.color = g.color;
		return group;
	});
	const types: NodeType[] = (raw.types ?? []).map((t) => {
		const type: NodeType = { id: t.id, label: t.label ?? t.id };
		if (t.shape !== undefined) type.shape = t.shape;
		return type;
	});
	const relations: Relation[] = (raw.relations ?? []).map((r) => {
		const relation: Relation = { id: r.id, label: r.label ?? r.id };
		if (r.inverse !== undefined) relation.inverse = r.inverse;
		if (r.description !== undefined) relation.description = r.description;
		return relation;
	});
	// Ids of sources, groups and types must be unique: views key their lists by them.
	for (const [list, key] of [
		[sources, 'sources'],
		[groups, 'groups'],
		[types, 'types'],
		[relations, 'relations']
	] as const) {
		const seen = new Map<string, number>();
		list.forEach((item, i) => {
			const first = seen.get(item.id);
			if (first !== undefined)
				errors.push({
					pointer: pointer(key, i, 'id'),
					message: `"${item.id}" is already the id of ${pointer(key, first)}`,
					fix: `Give every entry of "${key}" its own id, or merge the two.`
				});
			else seen.set(item.id, i);
		});
	}
	const groupIds = new Set(groups.map((g) => g.id));
	const typeIds = new Set(types.map((t) => t.id));

	/** A group or type used but not declared is added; if the file declares a list, that's a slip. */
	const declare = (
		kind: 'type' | 'group',
		id: string,
		known: Set<string>,
		at: string,
		listed: boolean,
		add: () => void
	) => {
		if (known.has(id)) return;
		known.add(id);
		add();
		if (listed)
			complain(
				{
					pointer: at,
					message: `${kind} "${id}" is not declared in "${kind}s"`,
					fix: `Add it to "${kind}s" or correct the spelling.`
				},
				options.strict === true
			);
	};

	const firstIndex = new Map<string, number>();
	const nodes: GraphNode[] = [];
	raw.nodes.forEach((n, i) => {
		const at = pointer('nodes', i);
		const seen = firstIndex.get(n.id);
		if (seen !== undefined) {
			errors.push({
				pointer: `${at}/id`,
				message: `"${n.id}" is already the id of node ${seen} (${pointer('nodes', seen)})`,
				fix: 'Give every node its own id, or merge the two entries.'
			});
			return;
		}
		firstIndex.set(n.id, i);
		const node: GraphNode = {
			id: n.id,
			label: n.label ?? n.id,
			aliases: n.aliases ?? [],
			sources: checkCitations(n.sources, at),
			attributes: rest(given.nodes[i]!, NODE_KEYS, (k) => errors.push(notFinite(at, k)))
		};
		if (n.type !== undefined) {
			node.type = n.type;
			declare('type', n.type, typeIds, `${at}/type`, raw.types !== undefined, () =>
				types.push({ id: n.type!, label: n.type! })
			);
		}
		if (n.group !== undefined) {
			node.group = n.group;
			declare('group', n.group, groupIds, `${at}/group`, raw.groups !== undefined, () =>
				groups.push({ id: n.group!, label: n.group! })
			);
		}
		if (n.description !== undefined) node.description = n.description;
		if (n.confidence !== undefined) node.confidence = n.confidence;
		if (n.groupConfidence !== undefined) {
			node.groupConfidence = n.groupConfidence;
			if (n.group === undefined)
				errors.push({
					pointer: `${at}/groupConfidence`,
					message: 'groupConfidence rates a group membership, but the node has no "group"',
					fix: 'Give the node a "group", or leave groupConfidence out.'
				});
		}
		if (n.confidenceNote !== undefined) node.confidenceNote = n.confidenceNote;
		if (n.period !== undefined) node.period = { ...n.period };
		if (n.asOf !== undefined) node.asOf = n.asOf;
		const nodeAsOf = checkAsOf(n.asOf, n.period, at);
		if (nodeAsOf) errors.push(nodeAsOf);
		if (n.x !== undefined) node.x = n.x;
		if (n.y !== undefined) node.y = n.y;
		nodes.push(node);
	});

	const relationIds = new Set(relations.map((r) => r.id));
	const edgeKey = raw.links ? 'links' : 'edges';
	const edges: GraphEdge[] = [];
	const edgeIds = new Set<string>();
	(raw.links ?? raw.edges ?? []).forEach((e, i) => {
		const at = pointer(edgeKey, i);
		const missing = (['source', 'target'] as const).filter((end) => !firstIndex.has(e[end]));
		if (missing.length > 0) {
			complain(
				{
					pointer: `${at}/${missing[0]}`,
					message: `edge ${e.source} → ${e.target}: ${missing.map((end) => `${end} "${e[end]}"`).join(' and ')} ${missing.length === 1 ? 'is not a node' : 'are not nodes'}; the edge was left out`,
					fix: 'Point the edge at node ids that exist, or add the missing node.'
				},
				options.strict === true
			);
			return;
		}
		let id = e.id ?? `e${i}`;
		if (edgeIds.has(id)) {
			if (e.id !== undefined) {
				errors.push({
					pointer: `${at}/id`,
					message: `"${id}" is already the id of another edge`,
					fix: 'Give every edge its own id, or leave "id" out.'
				});
				return;
			}
			let k = 1;
			while (edgeIds.has(`${id}-${k}`)) k++;
			id = `${id}-${k}`;
		}
		edgeIds.add(id);
		const edge: GraphEdge = {
			id,
			source: e.source,
			target: e.target,
			weight: e.weight ?? 1,
			sources: checkCitations(e.sources, at),
			attributes: rest(givenEdges[i]!, EDGE_KEYS, (k) => errors.push(notFinite(at, k)))
		};
		if (e.relation !== undefined) {
			edge.relation = e.relation;
			// A declared vocabulary is the list: a phrase outside it is added (a file is never
			// refused for it), and named, since it is most often a slip.
			if (raw.relations !== undefined && !relationIds.has(e.relation)) {
				const known = relations.map((r) => r.id);
				relationIds.add(e.relation);
				relations.push({ id: e.relation, label: e.relation });
				complain(
					{
						pointer: `${at}/relation`,
						message: `relation "${e.relation}" is not the id of any entry in "relations"`,
						fix: `Use one of: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}, or add it to "relations".`
					},
					options.strict === true
				);
			}
		}
		if (e.description !== undefined) edge.description = e.description;
		if (e.confidence !== undefined) edge.confidence = e.confidence;
		if (e.confidenceNote !== undefined) edge.confidenceNote = e.confidenceNote;
		if (e.period !== undefined) edge.period = { ...e.period };
		if (e.asOf !== undefined) edge.asOf = e.asOf;
		const edgeAsOf = checkAsOf(e.asOf, e.period, at);
		if (edgeAsOf) errors.push(edgeAsOf);
		edges.push(edge);
	});

	/** An event's node ids: an unknown one is named and left out, a repeated one kept once. */
	const eventNodes = (ids: string[] | undefined, at: string, label: string): string[] => {
		const out: string[] = [];
		(ids ?? []).forEach((id, k) => {
			if (!firstIndex.has(id))
				complain(
					{
						pointer: `${at}/nodes/${k}`,
						message: `event "${label}": "${id}" is not the id of any node; it was left out of the event`,
						fix: 'Use the id of a node in "nodes", or remove it from the event.'
					},
					options.strict === true
				);
			else if (!out.includes(id)) out.push(id);
		});
		return out;
	};
	const events = (raw.events ?? []).map((ev, i) => {
		const at = pointer('events', i);
		const out: Dataset['events'][number] = {
			date: ev.date,
			label: ev.label,
			sources: checkCitations(ev.sources, at),
			nodes: eventNodes(ev.nodes, at, ev.label)
		};
		if (ev.description !== undefined) out.description = ev.description;
		return out;
	});

	const attributes = rest(input as Item, TOP_KEYS, (k) => errors.push(notFinite('', k)));
	// A slide naming what the network lacks is left out with its place; the network still opens.
	const story = readStory(
		(input as Item)['story'],
		storyRefs({ nodes, edges, groups, types }),
		(i) => complain(i, options.strict === true)
	);
	if (errors.length > 0) throw new DatasetError(errors, where);

	return {
		dataset: {
			...(story.length ? { story } : {}),
			title: raw.title?.trim() || 'Untitled network',
			summary: raw.summary ?? '',
			sources,
			groups,
			types,
			relations: raw.relations === undefined ? deriveRelations(edges) : relations,
			nodes,
			edges,
			events: [...events].sort((a, b) => a.date.localeCompare(b.date)),
			attributes
		},
		warnings
	};
}
