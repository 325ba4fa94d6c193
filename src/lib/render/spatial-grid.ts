/**
 * A uniform grid over points, built in O(n) into two flat arrays (a counting sort by cell), so it
 * can be rebuilt every frame of a 20,000-node layout without allocating per node. It answers the
 * two questions the canvas renderer asks: which points lie in a rectangle (label culling) and which
 * point is under the pointer (hit testing).
 */
export class SpatialGrid {
	/** Half the grid's corner: coordinates are halved before they are binned (see below). */
	readonly #x0: number;
	readonly #y0: number;
	/** Cells per (halved) layout unit. */
	readonly #perUnit: number;
	readonly #cols: number;
	readonly #rows: number;
	/** Points of cell c are #items[#start[c] .. #start[c + 1]). */
	readonly #start: Uint32Array;
	readonly #items: Uint32Array;
	readonly #positions: ArrayLike<number>;

	constructor(
		positions: ArrayLike<number>,
		count: number,
		include: (i: number) => boolean = () => true
	) {
		this.#positions = positions;
		let x0 = Infinity,
			y0 = Infinity,
			x1 = -Infinity,
			y1 = -Infinity,
			n = 0;
		for (let i = 0; i < count; i++) {
			if (!include(i)) continue;
			const x = positions[2 * i]!,
				y = positions[2 * i + 1]!;
			if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
			n++;
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
		if (n === 0) [x0, y0, x1, y1] = [0, 0, 1, 1];
		// In halves: the spread of two finite numbers can overflow (MAX_VALUE − −MAX_VALUE); half of
		// it cannot, nor can the product of the square roots of two halves.
		const w = Math.max(x1 / 2 - x0 / 2, 0.5),
			h = Math.max(y1 / 2 - y0 / 2, 0.5);
		// About two points per cell on average.
		const cell = Math.max(Math.sqrt(w) * Math.sqrt(h) * Math.sqrt(2 / Math.max(n, 1)), 5e-7);
		this.#perUnit = 1 / cell;
		this.#x0 = x0 / 2;
		this.#y0 = y0 / 2;
		// At most 4096 × 4096 cells, however far apart the points are.
		this.#cols = Math.min(Math.floor(w / cell) + 1, 4096);
		this.#rows = Math.min(Math.floor(h / cell) + 1, 4096);
		const cells = this.#cols * this.#rows;
		const cellOf = new Int32Array(count).fill(-1);
		const start = new Uint32Array(cells + 1);
		for (let i = 0; i < count; i++) {
			if (!include(i)) continue;
			const c = this.#cellAt(positions[2 * i]!, positions[2 * i + 1]!);
			if (c < 0) continue;
			cellOf[i] = c;
			start[c + 1]!++;
		}
		for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
		const fill = start.slice(0, cells);
		const items = new Uint32Array(start[cells]!);
		for (let i = 0; i < count; i++) if (cellOf[i]! >= 0) items[fill[cellOf[i]!]!++] = i;
		this.#start = start;
		this.#items = items;
	}

	#cellAt(x: number, y: number): number {
		if (!Number.isFinite(x) || !Number.isFinite(y)) return -1;
		const cx = this.#col(x),
			cy = this.#row(y);
		return cy * this.#cols + cx;
	}

	/** The column of x, clamped to the grid (NaN for NaN, which visits nothing). */
	#col(x: number): number {
		return Math.min(this.#cols - 1, Math.max(0, Math.floor((x * 0.5 - this.#x0) * this.#perUnit)));
	}

	#row(y: number): number {
		return Math.min(this.#rows - 1, Math.max(0, Math.floor((y * 0.5 - this.#y0) * this.#perUnit)));
	}

	/** Calls `visit` for each point in the rectangle [x0, x1] × [y0, y1]. */
	each(x0: number, y0: number, x1: number, y1: number, visit: (i: number) => void): void {
		const p = this.#positions;
		const c0 = this.#col(x0),
			c1 = this.#col(x1),
			r0 = this.#row(y0),
			r1 = this.#row(y1);
		for (let r = r0; r <= r1; r++)
			for (let c = c0; c <= c1; c++) {
				const cell = r * this.#cols + c;
				for (let k = this.#start[cell]!; k < this.#start[cell + 1]!; k++) {
					const i = this.#items[k]!;
					const x = p[2 * i]!,
						y = p[2 * i + 1]!;
					if (x >= x0 && x <= x1 && y >= y0 && y <= y1) visit(i);
				}
			}
	}

	/** The points in a rectangle, in grid order. */
	query(x0: number, y0: number, x1: number, y1: number): number[] {
		const out: number[] = [];
		this.each(x0, y0, x1, y1, (i) => out.push(i));
		return out;
	}

	/**
	 * The point whose outline (a circle of `radius(i)`) is nearest (x, y), if that is within `slop`
	 * of the outline or inside it; -1 otherwise. `reach` bounds the search: the largest radius plus slop.
	 */
	hit(x: number, y: number, radius: (i: number) => number, reach: number, slop = 0): number {
		const p = this.#positions;
		let best = -1,
			bestGap = Infinity;
		this.each(x - reach, y - reach, x + reach, y + reach, (i) => {
			const gap = Math.hypot(p[2 * i]! - x, p[2 * i + 1]! - y) - radius(i);
			// Ties go to the later point: it is drawn on top.
			if (gap <= slop && gap <= bestGap) {
				best = i;
				bestGap = gap;
			}
		});
		return best;
	}
}

/**
 * The shown edge nearest (x, y) within `within` (layout units), or -1: a scan, since it runs once
 * per click, not per frame.
 */
export function nearestEdge(
	positions: ArrayLike<number>,
	ends: Uint32Array,
	shown: Uint8Array,
	x: number,
	y: number,
	within: number
): number {
	let best = -1,
		bestDistance = within;
	for (let j = 0; j < shown.length; j++) {
		if (!shown[j]) continue;
		const a = ends[2 * j]!,
			b = ends[2 * j + 1]!;
		const x1 = positions[2 * a]!,
			y1 = positions[2 * a + 1]!;
		const dx = positions[2 * b]! - x1,
			dy = positions[2 * b + 1]! - y1;
		const length2 = dx * dx + dy * dy;
		const along = length2 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length2)) : 0;
		const d = Math.hypot(x1 + along * dx - x, y1 + along * dy - y);
		if (d <= bestDistance) {
			best = j;
			bestDistance = d;
		}
	}
	return best;
}
