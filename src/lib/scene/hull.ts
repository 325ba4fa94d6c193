import { curveCatmullRomClosed, line } from 'd3-shape';
import { fixed } from './numbers';
import { HULL_PADDING } from './paint';
import { outlineRings } from './outline';

export interface HullCircle {
	x: number;
	y: number;
	r: number;
}

type Point = [number, number];

/** Two decimals are far below a pixel, and keep the DOM attribute short. */
const DIGITS = 2;

const num = (v: number) => fixed(v, DIGITS);

function pt([x, y]: Point): string {
	return `${num(x)},${num(y)}`;
}

function circlePath(x: number, y: number, r: number): string {
	const arc = `A${num(r)},${num(r)} 0 1 0 `;
	return `M${pt([x - r, y])}${arc}${pt([x + r, y])}${arc}${pt([x - r, y])}Z`;
}

/**
 * A closed curve through every vertex of the ring, one cubic Bézier per edge. The centripetal
 * Catmull–Rom spline (alpha 0.5) cannot overshoot into loops where short arcs of a node's outline
 * meet the long straight runs of a corridor; the ring's vertices lie a fraction of a grid cell
 * apart, so the curve stays within a small part of a unit of the traced contour.
 */
const smoothClosed = line().curve(curveCatmullRomClosed.alpha(0.5)).digits(DIGITS);

/** d3 ends a closed curve back at its first point but leaves the path open; Z joins the stroke there. */
function smoothClosedPath(polygon: Point[]): string {
	return `${smoothClosed(polygon) ?? ''}Z`;
}

/** Drops points that lie within `tolerance` of the line through their neighbours (Douglas–Peucker). */
function simplify(ring: Point[], tolerance: number): Point[] {
	if (ring.length < 8) return ring;
	const keep = new Uint8Array(ring.length + 1);
	const pts = [...ring, ring[0]!];
	keep[0] = keep[pts.length - 1] = 1;
	// The point farthest from the first splits the closed ring into two open runs.
	let far = 1;
	for (let i = 1; i < ring.length; i++)
		if (dist2(pts[i]!, pts[0]!) > dist2(pts[far]!, pts[0]!)) far = i;
	keep[far] = 1;
	const stack: [number, number][] = [
		[0, far],
		[far, pts.length - 1]
	];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let worst = -1,
			at = -1;
		for (let i = a + 1; i < b; i++) {
			const d = lineDistance(pts[i]!, pts[a]!, pts[b]!);
			if (d > worst) {
				worst = d;
				at = i;
			}
		}
		if (at >= 0 && worst > tolerance) {
			keep[at] = 1;
			stack.push([a, at], [at, b]);
		}
	}
	return ring.filter((_, i) => keep[i]);
}

function dist2(a: Point, b: Point): number {
	return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function lineDistance(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0],
		dy = b[1] - a[1];
	const l = Math.hypot(dx, dy);
	if (l === 0) return Math.sqrt(dist2(p, a));
	return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / l;
}

/**
 * A smooth closed SVG path around a cluster's members (centre x,y, radius r): a bubble set (see
 * outline.ts) that keeps every member's disk with `padding` to spare where nothing else is near,
 * and leaves every node in `others` outside, splitting into several pieces when it must. One member
 * with nothing in its way gives a circle. Points with non-finite coordinates are skipped (nodes the
 * layout has not placed yet); nothing to enclose gives ''. Deterministic: the same circles, in any
 * order or with duplicates, give the same string.
 */
export function hullPath(
	points: readonly HullCircle[],
	padding = 10,
	others: readonly HullCircle[] = []
): string {
	const circles = points
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.map((p) => ({ x: p.x, y: p.y, r: Math.max(0, Number.isFinite(p.r) ? p.r : 0) }));
	const first = circles[0];
	if (!first) return '';
	// The order of the members decides the spanning tree's ties: sort them so any order draws the same.
	const seen = new Set<string>();
	const members = circles
		.filter((c) => {
			const key = `${c.x},${c.y},${c.r}`;
			return seen.has(key) ? false : (seen.add(key), true);
		})
		.sort((a, b) => a.x - b.x || a.y - b.y || a.r - b.r);

	// Points with no size and no padding have no area to outline.
	if (members.every((c) => c.r + padding <= 0)) return '';
	if (members.every((c) => c.x === first.x && c.y === first.y)) {
		const r = Math.max(...members.map((c) => c.r)) + padding;
		const clear = others.every(
			(o) => !(Math.hypot(o.x - first.x, o.y - first.y) < r + o.r + padding / 2)
		);
		if (r <= 0) return '';
		if (clear) return circlePath(first.x, first.y, r);
	}
	// Simplifying cuts chords up to `tolerance` into the contour, and the grid a little more: trace
	// it further out by half as much again.
	const tolerance = Math.max(padding, 1) / 24;
	const rings = outlineRings(members, others, padding + 1.5 * tolerance).flat();
	return rings
		.map((ring) => simplify(ring, tolerance))
		.filter((ring) => ring.length >= 3)
		.map(smoothClosedPath)
		.join('');
}

/**
 * Hulls kept per cluster and recomputed only when what they enclose or avoid changes: the nodes'
 * places (a new positions array), which nodes are shown, or the radii of members and non-members.
 * Highlighting a second cluster leaves the first one's hull as it was; a settled picture computes
 * each hull once.
 */
export class HullCache<K extends object> {
	readonly #compute: typeof hullPath;
	constructor(compute: typeof hullPath = hullPath) {
		this.#compute = compute;
	}
	#kept = new WeakMap<
		K,
		{ positions: ArrayLike<number>; shown: unknown; nodes: number[]; radii: number[]; d: string }
	>();

	/**
	 * The hull of `members` (node indices) around their circles in `positions`, kept clear of
	 * `others` (the shown nodes outside the cluster); `shown` is compared by identity (the
	 * visibility both lists were filtered by).
	 */
	get(
		key: K,
		members: readonly number[],
		positions: ArrayLike<number>,
		radius: (i: number) => number,
		shown: unknown,
		others: readonly number[] = [],
		padding = HULL_PADDING
	): string {
		const nodes = [...members, -1, ...others];
		const radii = nodes.map((i) => (i < 0 ? -1 : radius(i)));
		const kept = this.#kept.get(key);
		if (
			kept &&
			kept.positions === positions &&
			kept.shown === shown &&
			kept.radii.length === radii.length &&
			kept.radii.every((r, k) => r === radii[k] && kept.nodes[k] === nodes[k])
		)
			return kept.d;
		const circle = (i: number, k: number) => ({
			x: positions[2 * i]!,
			y: positions[2 * i + 1]!,
			r: radii[k]!
		});
		const d = this.#compute(
			members.map((i, k) => circle(i, k)),
			padding,
			others.map((i, k) => circle(i, members.length + 1 + k))
		);
		this.#kept.set(key, { positions, shown, nodes, radii, d });
		return d;
	}
}
