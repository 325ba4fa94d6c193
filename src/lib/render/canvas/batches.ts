import type { EdgeStyle, NodeStyle } from '$lib/scene/style';

/** Distinct node styles and, per node, the index of its style. */
export interface StyleTable {
	ids: Uint32Array;
	unique: NodeStyle[];
}

/** Edges per batch key: style changes rebuild this, frames only walk it. */
export function batchEdges(styles: EdgeStyle[]): number[][] {
	const byKey = new Map<string, number[]>();
	styles.forEach((s, j) => {
		const key = `${s.highlighted}|${s.stroke}|${s.width}|${s.dash}|${s.opacity}`;
		const list = byKey.get(key);
		if (list) list.push(j);
		else byKey.set(key, [j]);
	});
	// Highlighted batches last, so they are drawn over the rest.
	return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => list);
}

/** Nodes per batch key, in index order within each batch. */
export function batchNodes(styles: NodeStyle[]): number[][] {
	const byKey = new Map<string, number[]>();
	styles.forEach((s, i) => {
		const key = `${s.opacity}|${s.fill}|${s.outlineDash}`;
		const list = byKey.get(key);
		if (list) list.push(i);
		else byKey.set(key, [i]);
	});
	// Dimmed batches first, so lit nodes are drawn over them.
	return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, list]) => list);
}

/**
 * Distinct node styles (confidence marks included) and, per node, the index of its style: a frame
 * looks each picture up once per style rather than once per node.
 */
export function styleTable(styles: NodeStyle[]): StyleTable {
	const byKey = new Map<string, number>();
	const unique: NodeStyle[] = [];
	const ids = new Uint32Array(styles.length);
	styles.forEach((st, i) => {
		// The confidence marks too: a style's marks are one picture, like its node.
		const key = `${st.shape}|${st.fill}|${st.outlineDash}|${st.radius}|${st.opacity}|${st.confidenceDash}|${st.membershipMark}`;
		let id = byKey.get(key);
		if (id === undefined) {
			id = unique.push(st) - 1;
			byKey.set(key, id);
		}
		ids[i] = id;
	});
	return { ids, unique };
}
