import type { GraphIndex } from '../model/graph-index';
import { byCodeUnit } from '../model/order';
import type { Dataset } from '../model/types';
import { categoryColour, clusterVariant, NEUTRAL, type Theme } from './palette';
import type { Communities } from './analysis';
import { fileColourOf, hasFileColours } from './file-colours';

// Writers that colour nodes as drawn take the file's colour from here, with the clustering's.
export { fileColourOf };

export const COLOUR_MODES = ['group', 'type', 'community', 'file'] as const;
export type ColourBy = (typeof COLOUR_MODES)[number];

/** What a cluster of each mode is called, one and many ("Group", "Groups"), wherever it is named. */
export const COLOUR_NAMES: Record<ColourBy, { one: string; many: string }> = {
	group: { one: 'Group', many: 'Groups' },
	type: { one: 'Type', many: 'Types' },
	community: { one: 'Community', many: 'Communities' },
	file: { one: 'File colour', many: 'File colours' }
};

/**
 * The colour modes a dataset can be shown in: "file" only when its nodes carry colours of their
 * own (see file-colours.ts). A link asking for another mode falls back to the default, "group".
 */
export function colourModes(dataset: Dataset): ColourBy[] {
	return COLOUR_MODES.filter((m) => m !== 'file' || hasFileColours(dataset));
}

export interface Cluster {
	id: string;
	label: string;
	description?: string;
	/** Member node ids, highest degree first. */
	members: string[];
	colour: string;
	/** 0 for the first PALETTE_SIZE clusters; later ones reuse colours and differ by outline. */
	variant: number;
}

export interface Clustering {
	mode: ColourBy;
	clusters: Cluster[];
	/** Cluster id of each node. */
	of: Map<string, string>;
	byId: Map<string, Cluster>;
	/** Modularity of the partition, for communities. */
	modularity?: number;
}

/** The id of the cluster of nodes that have no group or type. */
export const UNASSIGNED = '∅';

/**
 * Splits the nodes into clusters by group, type, computed community or the file's own colours.
 * Every node belongs to exactly one cluster; nodes without a group (type, colour) form their own
 * "No group" cluster, never dropped.
 */
export function assignClusters(
	dataset: Dataset,
	index: GraphIndex,
	asked: ColourBy,
	theme: Theme,
	communities?: Communities
): Clustering {
	// File colours on a dataset without any: grouped as by default, and saying so.
	const mode = asked === 'file' && !hasFileColours(dataset) ? 'group' : asked;
	const of = new Map<string, string>();
	const defs: { id: string; label: string; description?: string; colour?: string }[] = [];
	if (mode === 'file') {
		// One cluster per distinct colour, the most used first; each drawn in its own colour, so
		// there are no palette rounds and no outline variants.
		const count = new Map<string, number>();
		for (const n of dataset.nodes) {
			const colour = fileColourOf(n) ?? UNASSIGNED;
			of.set(n.id, colour);
			count.set(colour, (count.get(colour) ?? 0) + 1);
		}
		const colours = [...count.keys()].filter((c) => c !== UNASSIGNED);
		colours.sort((a, b) => count.get(b)! - count.get(a)! || byCodeUnit(a, b));
		for (const c of colours) defs.push({ id: c, label: c, colour: c });
		if (count.has(UNASSIGNED)) defs.push({ id: UNASSIGNED, label: 'No colour in the file' });
	} else if (mode === 'community' && communities) {
		for (let c = 0; c < communities.count; c++)
			defs.push({ id: `c${c + 1}`, label: `Community ${c + 1}` });
		for (const n of dataset.nodes) of.set(n.id, `c${(communities.of.get(n.id) ?? 0) + 1}`);
	} else {
		const byType = mode === 'type';
		const list = byType ? dataset.types : dataset.groups;
		for (const item of list) {
			const def: (typeof defs)[number] = { id: item.id, label: item.label };
			if ('description' in item && item.description) def.description = item.description;
			if ('color' in item && item.color) def.colour = item.color;
			defs.push(def);
		}
		for (const n of dataset.nodes) of.set(n.id, (byType ? n.type : n.group) ?? UNASSIGNED);
		if (dataset.nodes.some((n) => of.get(n.id) === UNASSIGNED))
			defs.push({ id: UNASSIGNED, label: byType ? 'No type' : 'No group' });
	}

	const members = new Map<string, string[]>(defs.map((d) => [d.id, []]));
	for (const n of dataset.nodes) members.get(of.get(n.id)!)?.push(n.id);
	const degree = (id: string) => index.degree.get(id) ?? 0;
	const label = (id: string) => index.nodeById.get(id)?.label ?? id;

	const clusters: Cluster[] = [];
	for (const d of defs) {
		const list = members.get(d.id)!;
		if (list.length === 0) continue;
		list.sort((a, b) => degree(b) - degree(a) || byCodeUnit(label(a), label(b)));
		const i = clusters.length;
		const cluster: Cluster = {
			id: d.id,
			label: d.label,
			members: list,
			colour: d.id === UNASSIGNED ? NEUTRAL[theme] : (d.colour ?? categoryColour(i, theme)),
			variant: d.id === UNASSIGNED || mode === 'file' ? 0 : clusterVariant(i)
		};
		if (d.description) cluster.description = d.description;
		clusters.push(cluster);
	}
	const result: Clustering = { mode, clusters, of, byId: new Map(clusters.map((c) => [c.id, c])) };
	if (mode === 'community' && communities) result.modularity = communities.modularity;
	return result;
}

export interface ClusterLinks {
	/** Edges with both ends inside the cluster. */
	internal: number;
	/** Edges with exactly one end inside. */
	crossing: number;
	/** Crossing edges per other cluster, most first. */
	toOthers: { cluster: string; edges: number }[];
}

export function clusterLinks(dataset: Dataset, clustering: Clustering, id: string): ClusterLinks {
	let internal = 0,
		crossing = 0;
	const others = new Map<string, number>();
	for (const e of dataset.edges) {
		const a = clustering.of.get(e.source),
			b = clustering.of.get(e.target);
		if (a === id && b === id) internal++;
		else if (a === id || b === id) {
			crossing++;
			const other = (a === id ? b : a)!;
			others.set(other, (others.get(other) ?? 0) + 1);
		}
	}
	const toOthers = [...others.entries()]
		.map(([cluster, edges]) => ({ cluster, edges }))
		.sort((x, y) => y.edges - x.edges || byCodeUnit(x.cluster, y.cluster));
	return { internal, crossing, toOthers };
}
