/** Reading SVG path data back into polygons, for tests of the outlines. */
export type Point = [number, number];

interface Command {
	op: string;
	args: number[];
}

export function parsePath(d: string): Command[] {
	const commands: Command[] = [];
	for (const m of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
		const args = (m[2]!.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
		commands.push({ op: m[1]!, args });
	}
	return commands;
}

/** Each subpath as a dense polygon: every cubic Bézier sampled at 16 steps, arcs at 64. */
export function flattenPath(d: string): Point[][] {
	const rings: Point[][] = [];
	let ring: Point[] = [];
	let cur: Point = [0, 0];
	for (const { op, args } of parsePath(d)) {
		if (op === 'M') {
			if (ring.length) rings.push(ring);
			cur = [args[0]!, args[1]!];
			ring = [cur];
		} else if (op === 'L') {
			cur = [args[0]!, args[1]!];
			ring.push(cur);
		} else if (op === 'C') {
			const [x1, y1, x2, y2, x, y] = args as [number, number, number, number, number, number];
			for (let s = 1; s <= 16; s++) {
				const t = s / 16;
				const u = 1 - t;
				const b = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
				ring.push([
					b[0] * cur[0] + b[1] * x1 + b[2] * x2 + b[3] * x,
					b[0] * cur[1] + b[1] * y1 + b[2] * y2 + b[3] * y
				]);
			}
			cur = [x, y];
		} else if (op === 'A') {
			// Only the half-circle arcs of a circle outline: sample along the half circle.
			const [r, , , , sweep, x, y] = args as number[];
			const cx = (cur[0] + x!) / 2,
				cy = (cur[1] + y!) / 2;
			const a0 = Math.atan2(cur[1] - cy, cur[0] - cx);
			const dir = sweep ? 1 : -1;
			for (let s = 1; s <= 32; s++) {
				const a = a0 + (dir * Math.PI * s) / 32;
				ring.push([cx + r! * Math.cos(a), cy + r! * Math.sin(a)]);
			}
			cur = [x!, y!];
		}
	}
	if (ring.length) rings.push(ring);
	return rings;
}

/** Nonzero winding over every ring, as a browser fills a path by default. */
export function insidePath([px, py]: Point, rings: Point[][]): boolean {
	let winding = 0;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[j]!;
			const [xj, yj] = ring[i]!;
			const cross = (xj - xi) * (py - yi) - (px - xi) * (yj - yi);
			if (yi <= py && yj > py && cross > 0) winding++;
			else if (yi > py && yj <= py && cross < 0) winding--;
		}
	return winding !== 0;
}

/** A tiny linear congruential generator (Numerical Recipes constants), for repeatable tests. */
export function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}
