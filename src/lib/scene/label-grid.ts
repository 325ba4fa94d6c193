/**
 * The geometry label placement runs on: boxes, segments and a coarse grid that finds what is near
 * a box in O(k) for the k things there.
 */

/** `[left, top, right, bottom]`. */
export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box) =>
	a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
export const grow = (b: Box, d: number): Box => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];
export const inside = (a: Box, b: Box) =>
	a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

/** Whether the segment (x1, y1)–(x2, y2) passes through box `b` (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
	let t0 = 0,
		t1 = 1;
	const dx = x2 - x1,
		dy = y2 - y1;
	const edges: [number, number][] = [
		[-dx, x1 - b[0]],
		[dx, b[2] - x1],
		[-dy, y1 - b[1]],
		[dy, b[3] - y1]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) t0 = Math.max(t0, r);
		else t1 = Math.min(t1, r);
		if (t0 >= t1) return false;
	}
	return true;
}

/** The point of box `b` nearest (x, y). */
export function nearestOnBox(b: Box, x: number, y: number): [number, number] {
	return [Math.min(Math.max(x, b[0]), b[2]), Math.min(Math.max(y, b[1]), b[3])];
}

/** What the placement grid holds: a label's or a node's box, or a leader line; `owner` is a candidate. */
export interface Item {
	box: Box;
	seg: [number, number, number, number] | null;
	owner: number;
}

/** The side of a cell of the placement grid, in pixels. */
const CELL = 64;
/**
 * Cells further out (past some 2e9 px) all share the outermost one. Indices stay small integers,
 * so stepping through them always ends (past 2^53, `i++` would no longer change the number), and
 * a cell's key, both indices in one number, stays exact.
 */
const MAX_CELL = 2 ** 25;
const cellKey = (gx: number, gy: number) => (gx + MAX_CELL) * 2 ** 26 + (gy + MAX_CELL);
/** A box over more cells than this (a label wider than a few screens) is checked against all. */
const MAX_BOX_CELLS = 64;

/** The grid cells of `lo`…`hi` on one axis, as a range of indices; null for NaN. */
function cellRange(lo: number, hi: number): [number, number] | null {
	const at = (v: number) => Math.min(MAX_CELL, Math.max(-MAX_CELL, Math.floor(v / CELL)));
	const a = at(lo),
		b = at(hi);
	return Number.isNaN(a) || Number.isNaN(b) ? null : [a, b];
}

/**
 * A coarse grid of boxes and segments: what a new label must keep clear of, found in O(k) for the k
 * things near it. A box over too many cells to list goes on a list checked every time.
 */
export class Occupancy {
	readonly #cells = new Map<number, Item[]>();
	readonly #wide: Item[] = [];
	readonly #all: Item[] = [];
	/** Item tests made so far: the work done, for tests that bound it. */
	tests = 0;

	/** The cells `box` covers, as index ranges; null when it covers too many to list. */
	#range(box: Box): [number, number, number, number] | null {
		const x = cellRange(box[0], box[2]),
			y = cellRange(box[1], box[3]);
		if (!x || !y) return [0, -1, 0, -1];
		if ((x[1] - x[0] + 1) * (y[1] - y[0] + 1) > MAX_BOX_CELLS) return null;
		return [x[0], x[1], y[0], y[1]];
	}

	add(item: Item): void {
		this.#all.push(item);
		const r = this.#range(item.box);
		if (r === null) {
			this.#wide.push(item);
			return;
		}
		for (let gx = r[0]; gx <= r[1]; gx++)
			for (let gy = r[2]; gy <= r[3]; gy++) {
				const k = cellKey(gx, gy);
				const list = this.#cells.get(k);
				if (list) list.push(item);
				else this.#cells.set(k, [item]);
			}
	}

	remove(item: Item): void {
		const drop = (list: Item[] | undefined) => {
			const at = list ? list.lastIndexOf(item) : -1;
			if (at >= 0) list!.splice(at, 1);
		};
		drop(this.#all);
		const r = this.#range(item.box);
		if (r === null) drop(this.#wide);
		else
			for (let gx = r[0]; gx <= r[1]; gx++)
				for (let gy = r[2]; gy <= r[3]; gy++) drop(this.#cells.get(cellKey(gx, gy)));
	}

	/** Whether `o` is in the way of `box` (of the segment `seg` when given), for a label of `self`. */
	#hits(o: Item, box: Box, self: number, seg: Item['seg']): boolean {
		this.tests++;
		if (o.owner === self || !overlaps(box, o.box)) return false;
		if (o.seg) return segmentHitsBox(o.seg[0], o.seg[1], o.seg[2], o.seg[3], box);
		return !seg || segmentHitsBox(seg[0], seg[1], seg[2], seg[3], o.box);
	}

	/**
	 * Adds to `found` what lies in `box` (on the segment `seg` when given), `self`'s own things
	 * aside, until it holds `max`; a caller that only asks "anything?" stops at the first.
	 */
	blockers(box: Box, self: number, seg: Item['seg'], max: number, found: Item[]): void {
		const take = (list: Item[]) => {
			for (const o of list) {
				if (found.length >= max) return;
				if (!found.includes(o) && this.#hits(o, box, self, seg)) found.push(o);
			}
		};
		take(this.#wide);
		const r = this.#range(box);
		if (r === null) return take(this.#all);
		for (let gx = r[0]; gx <= r[1] && found.length < max; gx++)
			for (let gy = r[2]; gy <= r[3] && found.length < max; gy++) {
				const list = this.#cells.get(cellKey(gx, gy));
				if (list) take(list);
			}
	}
}

/** The box around a segment. */
export function segBounds(s: [number, number, number, number]): Box {
	return [Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3])];
}
