import type { LayoutInput } from './input';

/** Past this many nodes the starting spiral is spread out, so the nodes do not start on top of each other. */
const SPREAD_FROM = 300;

/**
 * Where each node starts: its position from the file if it has one, else on a phyllotaxis spiral
 * (the one d3-force uses, radius growing with √i). Large networks get a wider spiral: d3's packs
 * nodes closer than their collision radii, and untangling that costs the first ticks dearly.
 * Computed without d3, so the page can draw the first frame before the simulation has loaded.
 */
export function startPositions(input: LayoutInput): Float64Array {
	const n = input.radii.length;
	const out = new Float64Array(2 * n);
	const turn = Math.PI * (3 - Math.sqrt(5));
	const step = n > SPREAD_FROM ? 22.5 : 10;
	for (let i = 0; i < n; i++) {
		const given = input.initial?.[i];
		if (given) {
			out[2 * i] = given.x;
			out[2 * i + 1] = given.y;
		} else {
			const r = step * Math.sqrt(0.5 + i),
				a = i * turn;
			out[2 * i] = r * Math.cos(a);
			out[2 * i + 1] = r * Math.sin(a);
		}
	}
	return out;
}
