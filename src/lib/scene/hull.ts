import { polygonHull } from 'd3-polygon';
import { curveCatmullRomClosed, line } from 'd3-shape';
import { fixed } from './numbers';
import { HULL_PADDING } from './paint';

export interface HullCircle {
	x: number;
	y: number;
	r: number;
}

type Point = [number, number];

const SAMPLES = 12;
/**
 * Samples at R / cos(π/n) make a polygon whose edges touch the circle of radius R; samples on the
 * circle itself would give chords that cut up to 3.4% of R into the padding.
 */
const OUTSET = 1 / Math.cos(Math.PI / SAMPLES);
const COS = Array.from(
	{ length: SAMPLES },
	(_, k) => OUTSET * Math.cos((2 * Math.PI * k) / SAMPLES)
);
const SIN = Array.from(
	{ length: SAMPLES },
	(_, k) => OUTSET * Math.sin((2 * Math.PI * k) / SAMPLES)
);

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
 * Adds two points on every long edge that bridges two circles, each one sample spacing (of its own
 * circle) in from its end. The spline sizes its tangents from the neighbouring edges, so a sharp
 * corner between two long edges would otherwise bow out by up to a sixth of their length; with short
 * pieces at every corner the bend stays within a pixel or two of the polygon, and the collinear
 * middle piece stays straight. Edges along one circle are left alone so big circles stay round.
 */
function splitBridges(polygon: Point[], owner: Map<Point, number>, spacing: number[]): Point[] {
	const out: Point[] = [];
	for (let i = 0; i < polygon.length; i++) {
		const p1 = polygon[i]!;
		const p2 = polygon[(i + 1) % polygon.length]!;
		out.push(p1);
		const a = owner.get(p1);
		const b = owner.get(p2);
		if (a === undefined || b === undefined || a === b) continue;
		const s1 = spacing[a]!;
		const s2 = spacing[b]!;
		const l = Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
		if (l > 1.5 * (s1 + s2)) {
			const ux = (p2[0] - p1[0]) / l;
			const uy = (p2[1] - p1[1]) / l;
			// A bare point (radius 0) has no arc to match, and a zero step would repeat the corner.
			if (s1 > 0) out.push([p1[0] + ux * s1, p1[1] + uy * s1]);
			if (s2 > 0) out.push([p2[0] - ux * s2, p2[1] - uy * s2]);
		}
	}
	return out;
}

/**
 * A closed curve through every vertex of the polygon, one cubic Bézier per edge. The centripetal
 * Catmull–Rom spline (alpha 0.5) cannot overshoot into loops where short arcs of a node's outline
 * meet the long straight runs between nodes. Each control point lies on the far side of its edge
 * from the neighbouring vertices; on a convex polygon that is the outside, so every segment bulges
 * outwards and the curve still encloses the whole polygon.
 */
const smoothClosed = line().curve(curveCatmullRomClosed.alpha(0.5)).digits(DIGITS);

/** d3 ends a closed curve back at its first point but leaves the path open; Z joins the stroke there. */
function smoothClosedPath(polygon: Point[]): string {
	return `${smoothClosed(polygon) ?? ''}Z`;
}

/**
 * A smooth closed SVG path around a cluster: it encloses every circle (centre x,y, radius r) with
 * at least `padding` to spare. One circle (or several sharing a centre) gives a circle; two give a
 * capsule. Points with non-finite coordinates are skipped (nodes the layout has not placed yet);
 * an empty cluster, or one with nothing to enclose, gives ''. Deterministic: the same circles, in
 * any order or with duplicates, give the same string.
 */
export function hullPath(points: readonly HullCircle[], padding = 10): string {
	const circles = points
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.map((p) => ({ x: p.x, y: p.y, r: Math.max(0, (Number.isFinite(p.r) ? p.r : 0) + padding) }));
	const first = circles[0];
	if (!first) return '';

	if (circles.every((c) => c.x === first.x && c.y === first.y)) {
		const r = Math.max(...circles.map((c) => c.r));
		return r > 0 ? circlePath(first.x, first.y, r) : '';
	}

	// polygonHull assumes distinct points: a circle given twice would repeat all of its samples.
	const seen = new Set<string>();
	const samples: Point[] = [];
	const owner = new Map<Point, number>();
	circles.forEach((c, i) => {
		const key = `${c.x},${c.y},${c.r}`;
		if (seen.has(key)) return;
		seen.add(key);
		for (let k = 0; k < SAMPLES; k++) {
			const p: Point = [c.x + c.r * COS[k]!, c.y + c.r * SIN[k]!];
			samples.push(p);
			owner.set(p, i);
		}
	});
	const hull = polygonHull(samples);
	// Fewer than three corners only when every radius is 0 and the centres are collinear.
	if (!hull || hull.length < 3) return '';
	const spacing = circles.map((c) => 2 * c.r * OUTSET * Math.sin(Math.PI / SAMPLES));
	return smoothClosedPath(splitBridges(hull, owner, spacing));
}

/**
 * Hulls kept per cluster and recomputed only when what they enclose changes: the members' places
 * (a new positions array), which of them are shown, or their radii. Highlighting a second cluster
 * leaves the first one's hull as it was; a settled picture computes each hull once.
 */
export class HullCache<K extends object> {
	readonly #compute: typeof hullPath;
	constructor(compute: typeof hullPath = hullPath) {
		this.#compute = compute;
	}
	#kept = new WeakMap<
		K,
		{ positions: ArrayLike<number>; shown: unknown; radii: number[]; d: string }
	>();

	/**
	 * The hull of `members` (node indices) around their circles in `positions`; `shown` is compared
	 * by identity (the visibility the members were filtered by).
	 */
	get(
		key: K,
		members: readonly number[],
		positions: ArrayLike<number>,
		radius: (i: number) => number,
		shown: unknown,
		padding = HULL_PADDING
	): string {
		const radii = members.map(radius);
		const kept = this.#kept.get(key);
		if (
			kept &&
			kept.positions === positions &&
			kept.shown === shown &&
			kept.radii.length === radii.length &&
			kept.radii.every((r, k) => r === radii[k])
		)
			return kept.d;
		const d = this.#compute(
			members.map((i, k) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, r: radii[k]! })),
			padding
		);
		this.#kept.set(key, { positions, shown, radii, d });
		return d;
	}
}
