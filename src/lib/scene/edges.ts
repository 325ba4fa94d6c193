import type { Shape } from '../model/types';
import { shapeCorners, shapeRadius } from './shapes';

/**
 * Arrowheads in layout units, so they grow and shrink with the nodes they point at. A highlighted
 * edge gets the larger head; `gap` keeps the tip just clear of the target's outline.
 */
export const ARROW = { length: 7, strongLength: 9, halfWidth: 0.45, gap: 2 } as const;

/** An edge's line: straight, or a self-loop's cubic Bézier through the two points of `curve`. */
export interface EdgeLine {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	curve?: [number, number, number, number];
}

/** An edge as drawn: a line from the source's outline to the arrowhead's base, then the head. */
export interface EdgeGeometry extends EdgeLine {
	/** Where the line stops: the base of the arrowhead. */
	x2: number;
	y2: number;
	/** The arrowhead: tip, then the two corners of its base. */
	head: [number, number, number, number, number, number];
}

/**
 * Trims an edge between two node centres at the nodes' outlines and places its arrowhead, in
 * layout units. Every renderer draws edges from this, so screen and export end them alike.
 */
export function edgeGeometry(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	sourceRadius: number,
	targetRadius: number,
	strong = false
): EdgeGeometry {
	const len = Math.hypot(bx - ax, by - ay) || 1;
	const ux = (bx - ax) / len,
		uy = (by - ay) / len;
	const tipX = bx - ux * (targetRadius + ARROW.gap),
		tipY = by - uy * (targetRadius + ARROW.gap);
	const size = strong ? ARROW.strongLength : ARROW.length;
	const baseX = tipX - ux * size,
		baseY = tipY - uy * size;
	const half = size * ARROW.halfWidth;
	return {
		x1: ax + ux * sourceRadius,
		y1: ay + uy * sourceRadius,
		x2: baseX,
		y2: baseY,
		head: [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half]
	};
}

/** The arrowhead as SVG path data, numbers written by `num`. */
export function headPath(g: EdgeGeometry, num: (v: number) => string | number = String): string {
	const h = g.head;
	return `M${num(h[0])},${num(h[1])}L${num(h[2])},${num(h[3])}L${num(h[4])},${num(h[5])}Z`;
}

/**
 * A self-loop: an edge from a node to itself, drawn as a small loop up and to the right of its node
 * (clear of the label below). It leaves the outline at `angle - spread` heading `turn` further out,
 * and comes back at `angle + spread` from `turn` the other side, its control points `reach` (plus
 * `grow` of the radius) along those headings. Turning less than 45° keeps every heading pointing out
 * of every shape's outline there, so the loop never dips inside a corner.
 */
export const LOOP = { angle: -Math.PI / 4, spread: 0.45, turn: 0.5, reach: 12, grow: 0.4 } as const;

/** A self-loop as drawn: its line is a cubic Bézier. */
export interface LoopGeometry extends EdgeGeometry {
	/** The Bézier's two control points, between (x1, y1) and (x2, y2). */
	curve: [number, number, number, number];
}

/** Whether an edge's line is a self-loop's curve. */
export const isLoop = <T extends EdgeLine>(g: T): g is T & { curve: LoopGeometry['curve'] } =>
	g.curve !== undefined;

/**
 * How far the outline of `shape` (of size `r`, see shapeCorners) reaches from its centre towards
 * `angle`: a loop starts and ends on it, not inside a triangle's tip or short of a square's corner.
 */
export function outlineReach(shape: Shape, r: number, angle: number): number {
	const corners = shapeCorners(shape, r);
	if (!corners) return r;
	const dx = Math.cos(angle),
		dy = Math.sin(angle);
	let best = Infinity;
	for (let i = 0; i < corners.length; i++) {
		const [px, py] = corners[i]!;
		const [qx, qy] = corners[(i + 1) % corners.length]!;
		const ex = qx - px,
			ey = qy - py;
		// Solve t·d = p + s·e for t (along the ray) and s (along the side).
		const den = dx * ey - dy * ex;
		if (Math.abs(den) < 1e-12) continue;
		const t = (px * ey - py * ex) / den;
		const s = (px * dy - py * dx) / den;
		if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
	}
	return Number.isFinite(best) ? best : r;
}

/**
 * A self-loop of the node at (x, y), in layout units like `edgeGeometry`: it starts on the node's
 * outline, bows out and comes back to an arrowhead whose tip stops `ARROW.gap` short of the outline.
 * Every renderer and the exporter draw loops from this, as path data (`edgePath`) or its numbers.
 */
export function selfLoopGeometry(
	x: number,
	y: number,
	shape: Shape,
	radius: number,
	strong = false
): LoopGeometry {
	const out = LOOP.angle - LOOP.spread,
		back = LOOP.angle + LOOP.spread;
	const r1 = outlineReach(shape, radius, out),
		r2 = outlineReach(shape, radius, back);
	const reach = LOOP.reach + LOOP.grow * radius;
	const sx = x + r1 * Math.cos(out),
		sy = y + r1 * Math.sin(out);
	const tipX = x + (r2 + ARROW.gap) * Math.cos(back),
		tipY = y + (r2 + ARROW.gap) * Math.sin(back);
	const leave = out - LOOP.turn,
		arrive = back + LOOP.turn;
	// The head points the way the curve arrives, so the last control point lies behind it.
	const ux = -Math.cos(arrive),
		uy = -Math.sin(arrive);
	const size = strong ? ARROW.strongLength : ARROW.length;
	const baseX = tipX - ux * size,
		baseY = tipY - uy * size;
	const half = size * ARROW.halfWidth;
	return {
		x1: sx,
		y1: sy,
		x2: baseX,
		y2: baseY,
		curve: [
			sx + reach * Math.cos(leave),
			sy + reach * Math.sin(leave),
			baseX - ux * reach,
			baseY - uy * reach
		],
		head: [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half]
	};
}

/** The line of an edge as SVG path data, numbers written by `num`: straight, or a loop's curve. */
export function edgePath(g: EdgeLine, num: (v: number) => string | number = String): string {
	const start = `M${num(g.x1)},${num(g.y1)}`;
	if (!isLoop(g)) return `${start}L${num(g.x2)},${num(g.y2)}`;
	const c = g.curve;
	return `${start}C${num(c[0])},${num(c[1])} ${num(c[2])},${num(c[3])} ${num(g.x2)},${num(g.y2)}`;
}

/** How far (x, y) is from an edge's line: the segment, or the loop's curve (sampled finely). */
export function distanceToLine(g: EdgeLine, x: number, y: number): number {
	const segment = (ax: number, ay: number, bx: number, by: number) => {
		const dx = bx - ax,
			dy = by - ay;
		const length2 = dx * dx + dy * dy;
		const t = length2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
		return Math.hypot(ax + t * dx - x, ay + t * dy - y);
	};
	if (!isLoop(g)) return segment(g.x1, g.y1, g.x2, g.y2);
	const [c1x, c1y, c2x, c2y] = g.curve;
	const STEPS = 24;
	let best = Infinity,
		px = g.x1,
		py = g.y1;
	for (let k = 1; k <= STEPS; k++) {
		const t = k / STEPS,
			u = 1 - t;
		const qx = u * u * u * g.x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * g.x2;
		const qy = u * u * u * g.y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * g.y2;
		best = Math.min(best, segment(px, py, qx, qy));
		px = qx;
		py = qy;
	}
	return best;
}

/** A drawn node's outline, as edges meet it. */
export interface Outline {
	shape: Shape;
	radius: number;
}

/**
 * The edge from node a to node b as every output draws it: a small loop when a and b are one node,
 * else a line trimmed at both outlines; `strong` gives the larger head of a highlighted edge.
 */
export function nodeEdge(
	ax: number,
	ay: number,
	a: Outline,
	bx: number,
	by: number,
	b: Outline,
	loop: boolean,
	strong = false
): EdgeGeometry {
	if (loop) return selfLoopGeometry(ax, ay, a.shape, a.radius, strong);
	const ra = shapeRadius(a.shape, a.radius),
		rb = shapeRadius(b.shape, b.radius);
	return edgeGeometry(ax, ay, bx, by, ra, rb, strong);
}
