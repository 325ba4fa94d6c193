import { contours } from 'd3-contour';
import { Delaunay } from 'd3-delaunay';

/**
 * A cluster's outline as a bubble set (after Collins, Penn and Carpendale, 2009): each member's disk
 * grown by the padding, joined to the others by thin corridors along a spanning tree of the members,
 * the corridors bent around nodes that are not members, and every non-member's disk cut out. The
 * shape is the zero level of a signed-distance field on a bounded grid, traced by marching squares
 * (d3-contour). Pure maths: the screen, the canvas and the SVG export draw the same rings.
 */

export interface OutlineCircle {
	x: number;
	y: number;
	r: number;
}

export type Ring = [number, number][];

/** Grid vertices per outline at most: a huge cluster gets coarser cells, never more work. */
export const MAX_CELLS = 50_000;
/** Cells visited by corridor routing per outline at most; past that, corridors run straight. */
const ROUTE_BUDGET = 100_000;

interface Grid {
	x0: number;
	y0: number;
	cell: number;
	n: number;
	m: number;
}

const sq = (v: number) => v * v;
/** Math.hypot is several times slower, and these loops run over every grid vertex. */
const dist = (dx: number, dy: number) => Math.sqrt(dx * dx + dy * dy);

/** Distance from (px, py) to the segment a–b. */
function segmentDistance(
	px: number,
	py: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): number {
	const dx = bx - ax,
		dy = by - ay;
	const l2 = dx * dx + dy * dy;
	const t = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
	return dist(px - ax - t * dx, py - ay - t * dy);
}

/** Calls `f(index, x, y)` for every grid vertex within the box [x1, x2] × [y1, y2]. */
function eachVertex(
	g: Grid,
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	f: (k: number, x: number, y: number) => void
): void {
	const i1 = Math.max(0, Math.floor((x1 - g.x0) / g.cell));
	const i2 = Math.min(g.n - 1, Math.ceil((x2 - g.x0) / g.cell));
	const j1 = Math.max(0, Math.floor((y1 - g.y0) / g.cell));
	const j2 = Math.min(g.m - 1, Math.ceil((y2 - g.y0) / g.cell));
	for (let j = j1; j <= j2; j++) {
		const y = g.y0 + j * g.cell;
		for (let i = i1; i <= i2; i++) f(i + j * g.n, g.x0 + i * g.cell, y);
	}
}

/** A binary min-heap of grid indices keyed by cost, for the corridor search. */
class Heap {
	keys: number[] = [];
	items: number[] = [];
	get size() {
		return this.items.length;
	}
	push(item: number, key: number) {
		const { keys, items } = this;
		let i = items.length;
		items.push(item);
		keys.push(key);
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (keys[p]! <= key) break;
			items[i] = items[p]!;
			keys[i] = keys[p]!;
			i = p;
		}
		items[i] = item;
		keys[i] = key;
	}
	pop(): number {
		const { keys, items } = this;
		const top = items[0]!;
		const item = items.pop()!;
		const key = keys.pop()!;
		const n = items.length;
		if (n > 0) {
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				if (l >= n) break;
				const c = l + 1 < n && keys[l + 1]! < keys[l]! ? l + 1 : l;
				if (keys[c]! >= key) break;
				items[i] = items[c]!;
				keys[i] = keys[c]!;
				i = c;
			}
			items[i] = item;
			keys[i] = key;
		}
		return top;
	}
}

/** Even–odd ray casting. */
export function inRing(px: number, py: number, ring: Ring): boolean {
	let result = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
	}
	return result;
}

/**
 * The rings of the outline around `members` (each disk grown by `padding`) that keeps clear of
 * `others` (the nodes shown that are not members). Every member's centre lies inside; no other
 * node's centre does, even where that splits the outline into several pieces. Each piece is an
 * outer ring followed by its holes; outer rings and holes turn opposite ways, so either fill rule
 * draws them right. Points with non-finite coordinates are skipped. Deterministic.
 */
export function outlineRings(
	members: readonly OutlineCircle[],
	others: readonly OutlineCircle[],
	padding: number
): Ring[][] {
	const ms = members
		.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.map((p) => ({ x: p.x, y: p.y, R: Math.max(0, Number.isFinite(p.r) ? p.r : 0) + padding }));
	if (ms.length === 0 || ms.every((p) => p.R <= 0)) return [];
	const pad = Math.max(padding, 1);

	// The box: every member's disk, with room to detour around what lies at its edge.
	const maxR = Math.max(...ms.map((p) => p.R));
	const margin = 2 * maxR + 2 * pad;
	let x1 = Infinity,
		y1 = Infinity,
		x2 = -Infinity,
		y2 = -Infinity;
	for (const p of ms) {
		x1 = Math.min(x1, p.x - margin);
		y1 = Math.min(y1, p.y - margin);
		x2 = Math.max(x2, p.x + margin);
		y2 = Math.max(y2, p.y + margin);
	}
	const cell = Math.max(
		pad / 4,
		Math.sqrt(((x2 - x1) * (y2 - y1)) / MAX_CELLS),
		Math.max(x2 - x1, y2 - y1) / 2000
	);
	if (!Number.isFinite(cell)) return [];
	const g: Grid = {
		x0: x1,
		y0: y1,
		cell,
		n: Math.ceil((x2 - x1) / cell) + 1,
		m: Math.ceil((y2 - y1) / cell) + 1
	};
	const halo = 2 * cell;
	const corridor = Math.max(0.6 * pad, 1.5 * cell);

	// Non-members in the box. Each is cut out with half the padding to spare, but never past halfway
	// to the nearest member, so a member's centre always stays inside when the two nearly touch.
	const cuts: { x: number; y: number; C: number }[] = [];
	const placed = others.filter((o) => Number.isFinite(o.x) && Number.isFinite(o.y));
	const radiusOf = (o: OutlineCircle) => Math.max(0, Number.isFinite(o.r) ? o.r : 0);
	// Members in buckets as wide as the farthest a member can matter to a cut.
	const bucket = 2 * (Math.max(0, ...placed.map(radiusOf)) + 0.5 * pad);
	const buckets = new Map<string, (typeof ms)[number][]>();
	for (const p of ms) {
		const key = `${Math.floor(p.x / bucket)},${Math.floor(p.y / bucket)}`;
		const list = buckets.get(key);
		if (list) list.push(p);
		else buckets.set(key, [p]);
	}
	for (const o of placed) {
		const r = radiusOf(o);
		if (o.x + r < x1 || o.x - r > x2 || o.y + r < y1 || o.y - r > y2) continue;
		let near = Infinity;
		const bx = Math.floor(o.x / bucket),
			by = Math.floor(o.y / bucket);
		for (let j = by - 1; j <= by + 1; j++)
			for (let i = bx - 1; i <= bx + 1; i++)
				for (const p of buckets.get(`${i},${j}`) ?? [])
					near = Math.min(near, dist(p.x - o.x, p.y - o.y));
		cuts.push({ x: o.x, y: o.y, C: Math.max(0, Math.min(r + 0.5 * pad, near / 2)) });
	}

	// Cells a corridor must not pass: within a corridor's width of a cut.
	const blocked = new Uint8Array(g.n * g.m);
	for (const c of cuts) {
		const reach = c.C + corridor;
		eachVertex(g, c.x - reach, c.y - reach, c.x + reach, c.y + reach, (k, x, y) => {
			if (sq(x - c.x) + sq(y - c.y) <= reach * reach) blocked[k] = 1;
		});
	}
	const cellOf = (x: number, y: number) =>
		Math.round((x - g.x0) / cell) + Math.round((y - g.y0) / cell) * g.n;
	/** Blocked grid samples along a–b, ignoring those in the end members' own disks. */
	const blockedAlong = (a: (typeof ms)[number], b: (typeof ms)[number]) => {
		const len = dist(b.x - a.x, b.y - a.y);
		const steps = Math.ceil(len / (cell / 2));
		let count = 0;
		for (let s = 1; s < steps; s++) {
			const t = s / steps;
			const x = a.x + t * (b.x - a.x),
				y = a.y + t * (b.y - a.y);
			if (t * len < a.R || (1 - t) * len < b.R) continue;
			if (blocked[cellOf(x, y)]) count++;
		}
		return count;
	};

	// A spanning tree of the members: Kruskal over the Delaunay triangulation's edges, which hold
	// the Euclidean minimum spanning tree. A link through other nodes costs more, so the tree
	// prefers links that need no detour.
	const links: [number, number, number][] = [];
	{
		const delaunay = Delaunay.from(
			ms,
			(p) => p.x,
			(p) => p.y
		);
		for (let a = 0; a < ms.length; a++)
			for (const b of delaunay.neighbors(a)) {
				if (b <= a) continue;
				const pa = ms[a]!,
					pb = ms[b]!;
				const len = dist(pb.x - pa.x, pb.y - pa.y);
				links.push([a, b, cuts.length ? len + 2 * cell * blockedAlong(pa, pb) : len]);
			}
	}
	links.sort((p, q) => p[2] - q[2] || p[0] - q[0] || p[1] - q[1]);
	const root = Int32Array.from(ms, (_, i) => i);
	const find = (i: number): number => {
		while (root[i] !== i) i = root[i] = root[root[i]!]!;
		return i;
	};
	const tree: [number, number][] = [];
	for (const [a, b] of links) {
		const ra = find(a),
			rb = find(b);
		if (ra === rb) continue;
		root[ra] = rb;
		tree.push([a, b]);
	}

	// The field: positive inside, about the distance to the outline.
	const field = new Float32Array(g.n * g.m).fill(-halo);
	const addDisk = (x: number, y: number, R: number) => {
		const reach = R + halo;
		eachVertex(g, x - reach, y - reach, x + reach, y + reach, (k, vx, vy) => {
			const v = R - dist(vx - x, vy - y);
			if (v > field[k]!) field[k] = v;
		});
	};
	const addSegment = (ax: number, ay: number, bx: number, by: number) => {
		const reach = corridor + halo;
		eachVertex(
			g,
			Math.min(ax, bx) - reach,
			Math.min(ay, by) - reach,
			Math.max(ax, bx) + reach,
			Math.max(ay, by) + reach,
			(k, vx, vy) => {
				const v = corridor - segmentDistance(vx, vy, ax, ay, bx, by);
				if (v > field[k]!) field[k] = v;
			}
		);
	};
	for (const p of ms) addDisk(p.x, p.y, p.R);

	let budget = ROUTE_BUDGET;
	const cost = new Float64Array(g.n * g.m).fill(Infinity);
	const prev = new Int32Array(g.n * g.m);
	for (const [a, b] of tree) {
		const pa = ms[a]!,
			pb = ms[b]!;
		const path = blockedAlong(pa, pb) > 0 ? route(pa, pb) : null;
		if (!path) {
			addSegment(pa.x, pa.y, pb.x, pb.y);
			continue;
		}
		for (let k = 1; k < path.length; k++)
			addSegment(path[k - 1]![0], path[k - 1]![1], path[k]![0], path[k]![1]);
	}

	/**
	 * A corridor from a to b around the blocked cells: A* over the grid (eight neighbours), then
	 * pulled tight to the fewest straight runs that stay clear. Null when there is no way round
	 * within the box or the budget is spent; the corridor then runs straight and the cuts split it.
	 */
	function route(a: (typeof ms)[number], b: (typeof ms)[number]): Ring | null {
		const free = (k: number) => {
			if (!blocked[k]) return true;
			const x = g.x0 + (k % g.n) * cell,
				y = g.y0 + Math.floor(k / g.n) * cell;
			return sq(x - a.x) + sq(y - a.y) < sq(a.R) || sq(x - b.x) + sq(y - b.y) < sq(b.R);
		};
		const start = cellOf(a.x, a.y),
			goal = cellOf(b.x, b.y);
		const gi = goal % g.n,
			gj = Math.floor(goal / g.n);
		const h = (k: number) => {
			const dx = Math.abs((k % g.n) - gi),
				dy = Math.abs(Math.floor(k / g.n) - gj);
			return Math.max(dx, dy) + (Math.SQRT2 - 1) * Math.min(dx, dy);
		};
		const touched: number[] = [start];
		cost[start] = 0;
		const open = new Heap();
		open.push(start, h(start));
		let found = false;
		while (open.size && budget > 0) {
			const k = open.pop();
			if (k === goal) {
				found = true;
				break;
			}
			budget--;
			const i = k % g.n,
				j = Math.floor(k / g.n),
				c = cost[k]!;
			for (let dj = -1; dj <= 1; dj++)
				for (let di = -1; di <= 1; di++) {
					if (!di && !dj) continue;
					const ni = i + di,
						nj = j + dj;
					if (ni < 0 || nj < 0 || ni >= g.n || nj >= g.m) continue;
					const nk = ni + nj * g.n;
					const nc = c + (di && dj ? Math.SQRT2 : 1);
					if (nc < cost[nk]! && free(nk)) {
						if (cost[nk] === Infinity) touched.push(nk);
						cost[nk] = nc;
						prev[nk] = k;
						open.push(nk, nc + h(nk));
					}
				}
		}
		const cells: number[] = [goal];
		if (found)
			while (cells[cells.length - 1] !== start) cells.push(prev[cells[cells.length - 1]!]!);
		for (const k of touched) cost[k] = Infinity;
		if (!found) return null;
		cells.reverse();
		const at = (k: number): [number, number] => [
			g.x0 + (k % g.n) * cell,
			g.y0 + Math.floor(k / g.n) * cell
		];
		const clear = (p: [number, number], q: [number, number]) => {
			const steps = Math.ceil(dist(q[0] - p[0], q[1] - p[1]) / (cell / 2));
			for (let s = 1; s < steps; s++) {
				const t = s / steps;
				if (!free(cellOf(p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))) return false;
			}
			return true;
		};
		const points: Ring = [[a.x, a.y]];
		const pts = cells.map(at);
		pts[0] = [a.x, a.y];
		pts[pts.length - 1] = [b.x, b.y];
		let from = 0;
		while (from < pts.length - 1) {
			let to = pts.length - 1;
			while (to > from + 1 && !clear(pts[from]!, pts[to]!)) to--;
			points.push(pts[to]!);
			from = to;
		}
		return points;
	}

	// Cut out every non-member.
	for (const c of cuts) {
		const reach = c.C + halo;
		eachVertex(g, c.x - reach, c.y - reach, c.x + reach, c.y + reach, (k, vx, vy) => {
			const v = dist(vx - c.x, vy - c.y) - c.C;
			if (v < field[k]!) field[k] = v;
		});
	}

	// d3-contour puts value (i, j) at (i + ½, j + ½) of its own plane.
	const shapes = contours().size([g.n, g.m]).thresholds([0])(Array.from(field))[0]!.coordinates;
	const out: Ring[][] = [];
	for (const polygon of shapes) {
		const rings = polygon.map((ring) =>
			ring
				.slice(0, -1)
				.map(([i, j]): [number, number] => [g.x0 + (i! - 0.5) * cell, g.y0 + (j! - 0.5) * cell])
		);
		// A piece that holds no member (a corridor cut off between two non-members) says nothing.
		if (ms.some((p) => inRing(p.x, p.y, rings[0]!))) out.push(rings);
	}
	return out;
}
