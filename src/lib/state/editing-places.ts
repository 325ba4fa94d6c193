import { rawOf } from '../model/edit-ops';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';
import type { InputFile } from '../import/input-file';

/** Where a node is drawn. */
export interface Place {
	x: number;
	y: number;
	pinned: boolean;
}

/** The network as a JSON file, as it is kept in this browser after an edit. */
export function fileOf(dataset: Dataset, name: string): InputFile {
	const text = JSON.stringify(rawOf(dataset), null, 1);
	const file = /\.json$/i.test(name) ? name : `${name}.json`;
	return { name: file, bytes: new TextEncoder().encode(text) };
}

/** Each node's place, by id. */
export function placesOf(
	dataset: Dataset,
	picture: { positions: ArrayLike<number>; pinned: ReadonlySet<number> }
): Map<string, Place> {
	const out = new Map<string, Place>();
	const { positions, pinned } = picture;
	dataset.nodes.forEach((n, i) => {
		const x = positions[2 * i];
		const y = positions[2 * i + 1];
		if (x !== undefined && y !== undefined) out.set(n.id, { x, y, pinned: pinned.has(i) });
	});
	return out;
}

/**
 * A layout for `dataset` that keeps every node where the first of `known` places it. A node
 * placed by none (a merged one) goes beside the nodes it is linked to, or, with none placed,
 * beside the middle of the picture; either way a little off, so that no two share a spot.
 */
export function layoutFor(
	dataset: Dataset,
	...known: ReadonlyMap<string, Place>[]
): LayoutSnapshot {
	const n = dataset.nodes.length;
	const positions = new Float64Array(2 * n);
	const pinned: number[] = [];
	const placed = new Map<string, Place>();
	const unplaced: number[] = [];
	dataset.nodes.forEach((node, i) => {
		const place = known.map((m) => m.get(node.id)).find((p) => p !== undefined);
		if (!place) return unplaced.push(i);
		placed.set(node.id, place);
		positions[2 * i] = place.x;
		positions[2 * i + 1] = place.y;
		if (place.pinned) pinned.push(i);
	});
	if (unplaced.length === 0) return { positions, pinned };
	let cx = 0;
	let cy = 0;
	for (const p of placed.values()) {
		cx += p.x / placed.size;
		cy += p.y / placed.size;
	}
	const neighbours = new Map<string, string[]>();
	for (const e of dataset.edges) {
		neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
		neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
	}
	unplaced.forEach((i, k) => {
		const id = dataset.nodes[i]!.id;
		const near = (neighbours.get(id) ?? []).flatMap((m) => placed.get(m) ?? []);
		const ax = near.length ? near.reduce((s, p) => s + p.x, 0) / near.length : cx;
		const ay = near.length ? near.reduce((s, p) => s + p.y, 0) / near.length : cy;
		// A golden-angle spiral: deterministic, and no two new nodes land on one spot.
		const angle = (k + 1) * 2.399963;
		const r = 40 + 12 * Math.sqrt(k);
		const place = { x: ax + r * Math.cos(angle), y: ay + r * Math.sin(angle), pinned: false };
		placed.set(id, place);
		positions[2 * i] = place.x;
		positions[2 * i + 1] = place.y;
	});
	return { positions, pinned };
}
