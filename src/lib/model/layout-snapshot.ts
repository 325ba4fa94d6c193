/**
 * A picture of a network's layout: where each node is drawn and which are pinned. It is the one
 * shape of every layout that is built (the bundled network's, at build time), kept in this browser
 * or handed to the import worker to place a reopened network.
 */
export interface LayoutSnapshot {
	/** [x0, y0, x1, y1, …] in the network's node order; plain numbers where it crosses JSON. */
	positions: Float64Array | number[];
	/** Indices of the pinned nodes. */
	pinned: number[];
	/**
	 * The node ids in that order, where the network may change under a kept layout (a `?data=`
	 * link's file, the bundled dataset of a later build): the layout is then matched by id.
	 */
	ids?: string[];
}

export type LayoutWithIds = LayoutSnapshot & { ids: string[] };

/** A layout keyed by node id, as the bundled network's is stored. */
export interface KeyedLayout {
	pins: string[];
	positions: Record<string, [number, number]>;
}

/** A copy of the picture as it is now, to keep; `ids` only where the layout is matched by id. */
export function snapshotOf(positions: ArrayLike<number>, pinned: Iterable<number>): LayoutSnapshot;
export function snapshotOf(
	positions: ArrayLike<number>,
	pinned: Iterable<number>,
	ids: string[]
): LayoutWithIds;
export function snapshotOf(
	positions: ArrayLike<number>,
	pinned: Iterable<number>,
	ids?: string[]
): LayoutSnapshot {
	const layout: LayoutSnapshot = { positions: Float64Array.from(positions), pinned: [...pinned] };
	if (ids) layout.ids = ids;
	return layout;
}

/** Each node's starting position, for `LayoutInput.initial`. */
export function startOf(layout: LayoutSnapshot): { x: number; y: number }[] {
	const p = layout.positions;
	return Array.from({ length: p.length / 2 }, (_, i) => ({ x: p[2 * i]!, y: p[2 * i + 1]! }));
}

/**
 * Whether the layout is of exactly these nodes: one finite position each and, where it names its
 * nodes, the same ids in the same order.
 */
export function fits(layout: LayoutSnapshot, ids: readonly string[]): boolean {
	const { positions } = layout;
	if (positions.length !== 2 * ids.length || !positions.every(Number.isFinite)) return false;
	return (
		!layout.ids || (layout.ids.length === ids.length && ids.every((id, i) => layout.ids![i] === id))
	);
}

/**
 * The layout in the order of `ids`, matched by id; null if one of those nodes has no position in
 * it. Nodes it holds that `ids` lacks are left out, and so are their pins.
 */
export function alignTo(layout: LayoutWithIds, ids: readonly string[]): LayoutWithIds | null {
	const from = new Map(layout.ids.map((id, i) => [id, i]));
	const to = new Map(ids.map((id, i) => [id, i]));
	const positions = new Float64Array(2 * ids.length);
	for (const [i, id] of ids.entries()) {
		const k = from.get(id);
		if (k === undefined) return null;
		positions[2 * i] = layout.positions[2 * k]!;
		positions[2 * i + 1] = layout.positions[2 * k + 1]!;
	}
	const pinned = layout.pinned.flatMap((k) => to.get(layout.ids[k]!) ?? []);
	return { positions, pinned, ids: [...ids] };
}

/** The same positions, in the same node order (and of the same ids, where both name them), and the same pins. */
export function sameLayout(a: LayoutSnapshot, b: LayoutSnapshot): boolean {
	if (a.positions.length !== b.positions.length || a.pinned.length !== b.pinned.length)
		return false;
	for (let i = 0; i < a.positions.length; i++) if (a.positions[i] !== b.positions[i]) return false;
	if (a.ids && b.ids && a.ids.some((id, i) => b.ids![i] !== id)) return false;
	const pins = new Set(a.pinned);
	return b.pinned.every((i) => pins.has(i));
}

export function toKeyed(layout: LayoutWithIds): KeyedLayout {
	const p = layout.positions;
	return {
		pins: layout.pinned.map((i) => layout.ids[i]!),
		positions: Object.fromEntries(layout.ids.map((id, i) => [id, [p[2 * i]!, p[2 * i + 1]!]]))
	};
}

export function fromKeyed(keyed: KeyedLayout): LayoutWithIds {
	const ids = Object.keys(keyed.positions);
	const index = new Map(ids.map((id, i) => [id, i]));
	return {
		positions: Float64Array.from(ids.flatMap((id) => keyed.positions[id]!)),
		pinned: keyed.pins.flatMap((id) => index.get(id) ?? []),
		ids
	};
}
