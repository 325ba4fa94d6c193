import { grow, type Box } from './label-grid';

/**
 * A label-aware spread of a page's node positions (after the idea of Gephi's "Label Adjust"): each
 * node is one box, its shape with its label on one side, and the boxes are put down one by one,
 * each at the free spot nearest where the (stretched) layout has its node, so no two overlap and
 * the network keeps its rough shape. Pure geometry, deterministic; the screen's layout is never
 * touched, only the page's copy of it.
 */
export interface SpreadItem {
	x: number;
	y: number;
	/**
	 * The node's box with its label on each side it may take, as offsets from (x, y)
	 * (`[left, top, right, bottom]`), the one it prefers first.
	 */
	sides: Box[];
	/** The node's shape alone, as offsets: where it goes when no side has room for its label. */
	node?: Box;
}

export interface SpreadResult {
	x: Float64Array;
	y: Float64Array;
	/** The side each node's label took, as an index into its `sides`. */
	side: Int32Array;
	/** Nodes whose label found no free spot (0 when the spread succeeded). */
	overlaps: number;
	/** The largest distance any node moved, in the positions' units. */
	moved: number;
}

/**
 * Stretches the positions (not the boxes) along each axis so that the boxes span `bounds`;
 * never shrinks them.
 */
function fill(x: Float64Array, y: Float64Array, boxes: Box[], bounds: Box) {
	const n = x.length;
	if (n < 2) return;
	const axis = (p: Float64Array, lo: number, hi: number, k: 0 | 1) => {
		let a = Infinity,
			b = -Infinity,
			pa = Infinity,
			pb = -Infinity;
		for (let i = 0; i < n; i++) {
			a = Math.min(a, p[i]! + boxes[i]![k]);
			b = Math.max(b, p[i]! + boxes[i]![k + 2]!);
			pa = Math.min(pa, p[i]!);
			pb = Math.max(pb, p[i]!);
		}
		if (!(pb > pa)) return;
		// What the boxes add beyond the centres' span stays; the span grows into the rest.
		const s = Math.max(1, (hi - lo - (b - a - (pb - pa))) / (pb - pa));
		for (let i = 0; i < n; i++) p[i] = lo + (pa - a) + (p[i]! - pa) * s;
	};
	axis(x, bounds[0], bounds[2], 0);
	axis(y, bounds[1], bounds[3], 1);
}

/** The most box tests one packing makes (a few tenths of a second); the bundled network's take a few million. */
const WORK = 3e7;

/** What turning a label away from below costs, in the positions' units, when packing. */
const SIDE_COST = 12;

/**
 * A node's box put down at the free spot nearest where the layout has it, nodes in `order`: the
 * spot where it sits, or one touching a box put down before (beside it, above or below, aligned
 * with one of its edges or level with the wanted spot), with its label on any of its sides.
 */
export function packForLabels(
	items: readonly SpreadItem[],
	bounds: Box,
	gap: number,
	order: readonly number[],
	giveUpAfter = Infinity
): SpreadResult {
	const n = items.length;
	const x = Float64Array.from(items, (it) => it.x);
	const y = Float64Array.from(items, (it) => it.y);
	const side = new Int32Array(n);
	// A hair more than the gap: the page turns positions round through the layout's units.
	const half = gap / 2 + 0.1;
	const sides = items.map((it) =>
		it.sides.map((b): Box => [b[0] - half, b[1] - half, b[2] + half, b[3] + half])
	);
	fill(
		x,
		y,
		sides.map((s) => s[0]!),
		bounds
	);
	const put: Box[] = [];
	let left = 0;
	// The search's work, in box tests, is bounded: past WORK a crowded page stops looking.
	let work = 0;
	const free = (b: Box) => {
		work += put.length;
		if (b[0] < bounds[0] || b[1] < bounds[1] || b[2] > bounds[2] || b[3] > bounds[3]) return false;
		for (const p of put) if (b[0] < p[2] && b[2] > p[0] && b[1] < p[3] && b[3] > p[1]) return false;
		return true;
	};
	/** The free spot nearest (x0, y0) for one of `boxes` (offsets), the first costing nothing extra. */
	const nearest = (boxes: Box[], x0: number, y0: number) => {
		let best: [number, number, number] | null = null,
			bestD = Infinity;
		for (const [s, o] of boxes.entries()) {
			const cx = (v: number) => Math.min(Math.max(v, bounds[0] - o[0]), bounds[2] - o[2]);
			const cy = (v: number) => Math.min(Math.max(v, bounds[1] - o[1]), bounds[3] - o[3]);
			const xs = [x0],
				ys = [y0];
			for (const p of put) {
				xs.push(p[2] - o[0], p[0] - o[2], p[0] - o[0], p[2] - o[2]);
				ys.push(p[3] - o[1], p[1] - o[3], p[1] - o[1], p[3] - o[3]);
			}
			// Nearest first along each axis, so the search stops as soon as nothing nearer is left.
			const near = (vs: number[], clampTo: (v: number) => number, to: number) =>
				[...new Set(vs.map(clampTo))].sort((a, b) => Math.abs(a - to) - Math.abs(b - to));
			const px = near(xs, cx, x0),
				py = near(ys, cy, y0);
			// A turned label costs a little: below is where a reader looks first.
			const cost = s === 0 ? 0 : SIDE_COST;
			for (const u of px) {
				if (Math.abs(u - x0) + cost >= bestD) break;
				if (work > WORK) break;
				for (const v of py) {
					if (Math.abs(v - y0) + cost >= bestD) break;
					const d = Math.hypot(u - x0, v - y0) + cost;
					if (d >= bestD || !free([u + o[0], v + o[1], u + o[2], v + o[3]])) continue;
					bestD = d;
					best = [u, v, s];
				}
			}
		}
		return best;
	};
	for (const i of order) {
		const x0 = x[i]!,
			y0 = y[i]!;
		const best = nearest(sides[i]!, x0, y0);
		let o: Box;
		if (best) {
			[x[i], y[i], side[i]] = best;
			o = sides[i]![side[i]!]!;
		} else {
			// Past this many, the caller has a better packing already: the rest is not worth the search.
			if (++left > giveUpAfter) break;
			// No room for the label: the node alone takes the nearest free spot, so it blocks no
			// other node's label (its own is left out, or finds a spot of its own later).
			const shape = items[i]!.node;
			const alone = shape ? nearest([grow(shape, half)], x0, y0) : null;
			o = shape && alone ? grow(shape, half) : sides[i]![0]!;
			x[i] = alone ? alone[0] : Math.min(Math.max(x0, bounds[0] - o[0]), bounds[2] - o[2]);
			y[i] = alone ? alone[1] : Math.min(Math.max(y0, bounds[1] - o[1]), bounds[3] - o[3]);
		}
		put.push([x[i]! + o[0], y[i]! + o[1], x[i]! + o[2], y[i]! + o[3]]);
	}
	let moved = 0;
	for (let i = 0; i < n; i++)
		moved = Math.max(moved, Math.hypot(x[i]! - items[i]!.x, y[i]! - items[i]!.y));
	return { x, y, side, overlaps: left, moved };
}
