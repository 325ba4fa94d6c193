/**
 * While the layout moves, at most this many edges are drawn (an even sample), and at most about
 * this much line in device pixels: stroking tens of thousands of lines, or a few thousand that
 * cross the screen as they do in a layout's first moments, is what a CPU-rasterised canvas cannot
 * keep up with, and a moving picture does not need every line. The settled picture draws them all.
 */
export const MOVING_EDGE_LIMIT = 4000;
export const MOVING_INK_LIMIT = 250_000;

/**
 * The sampling step for edges in a moving picture: every edge when there are few and they are
 * short. `ink` is the shown edges' total length on screen, in device pixels.
 */
export function edgeStride(shownEdges: number, moving: boolean, ink = 0): number {
	if (!moving) return 1;
	return Math.max(1, Math.ceil(shownEdges / MOVING_EDGE_LIMIT), Math.ceil(ink / MOVING_INK_LIMIT));
}

/**
 * The shown edges' total length in device pixels at `scale`: the mean length of about 1,000 of
 * them, times how many are shown (`count`).
 */
export function edgeInk(
	positions: ArrayLike<number>,
	ends: Uint32Array,
	shown: Uint8Array,
	scale: number,
	count: number
): number {
	const every = Math.max(1, Math.ceil(shown.length / 1000));
	let sum = 0,
		seen = 0;
	for (let j = 0; j < shown.length; j += every) {
		if (!shown[j]) continue;
		const a = ends[2 * j]!,
			b = ends[2 * j + 1]!;
		sum += Math.hypot(
			positions[2 * b]! - positions[2 * a]!,
			positions[2 * b + 1]! - positions[2 * a + 1]!
		);
		seen += 1;
	}
	return seen ? (sum / seen) * count * scale : 0;
}

/**
 * A dash pattern shorter than a few device pixels cannot be seen, yet a software rasteriser cuts
 * every line into sub-pixel pieces (at 5,000 nodes, 15 of every 18 ms spent drawing edges). Such a
 * line is drawn solid at the pattern's share of ink instead, which looks the same.
 */
export const MIN_DASH_PERIOD_PX = 3;
export function dashVisible(dash: number[], scale: number): boolean {
	const period = dash.reduce((a, b) => a + b, 0) * (dash.length % 2 ? 2 : 1);
	return dash.length > 0 && period * scale >= MIN_DASH_PERIOD_PX;
}
/**
 * Whether a frame draws a pattern as dashes: not while the layout moves (a pattern cannot be
 * followed on a moving line, and it is what a software rasteriser spends most on), nor too fine.
 */
export function drawsDash(dash: number[], scale: number, moving: boolean): boolean {
	return !moving && dashVisible(dash, scale);
}
/** The share of a line a dash pattern inks: 5 of 9 for "5 4". */
export function inkShare(dash: number[]): number {
	const pattern = dash.length % 2 ? [...dash, ...dash] : dash;
	const period = pattern.reduce((a, b) => a + b, 0);
	if (!(period > 0)) return 1;
	return pattern.reduce((a, b, i) => a + (i % 2 ? 0 : b), 0) / period;
}

/** Arrowheads only where they can be seen and there are few enough to be worth the time. */
const ARROW_MIN_ZOOM = 0.6;
const ARROW_MAX_EDGES = 3000;
export function drawsArrows(zoom: number, shownEdges: number): boolean {
	return zoom >= ARROW_MIN_ZOOM && shownEdges <= ARROW_MAX_EDGES;
}
