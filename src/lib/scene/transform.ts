import { MAX_COORDINATE } from '../model/limits';

export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** The view transform: a screen point is `(x + k·lx, y + k·ly)` for a layout point `(lx, ly)`. */
export interface Transform {
	x: number;
	y: number;
	k: number;
}

/**
 * The zoom range shared by "Fit to screen" and every gesture, so a network fitted at the smallest
 * scale can still be zoomed out of by a wheel step without jumping in.
 */
export const ZOOM = { min: 0.05, max: 8 } as const;

/**
 * How far a view may be panned, in screen pixels: enough to bring any point a file may hold
 * (±MAX_COORDINATE) to the screen at the largest zoom, small enough that every point on screen
 * stays far below 2^53, where adding 1 to a number stops changing it.
 */
export const PAN_LIMIT = 2 * ZOOM.max * MAX_COORDINATE;

/** The largest scale "Fit to screen" uses: a small network is not blown up to fill the screen. */
export const FIT_MAX = 2.5;

/**
 * A transform from outside (a link, the history) brought within bounds: the scale into `ZOOM`, the
 * pan within ±PAN_LIMIT. Null for what is no transform at all: a number that is not finite, or a
 * scale that is not positive.
 */
export function boundedTransform(t: Transform): Transform | null {
	if (![t.x, t.y, t.k].every(Number.isFinite) || t.k <= 0) return null;
	const pan = (v: number) => Math.min(PAN_LIMIT, Math.max(-PAN_LIMIT, v));
	return { x: pan(t.x), y: pan(t.y), k: Math.min(ZOOM.max, Math.max(ZOOM.min, t.k)) };
}

/** Where a layout point lands on screen. */
export function toScreen(t: Transform, x: number, y: number): { x: number; y: number } {
	return { x: t.x + t.k * x, y: t.y + t.k * y };
}

/** The layout point under a screen point: the inverse of `toScreen`. */
export function toLayout(t: Transform, x: number, y: number): { x: number; y: number } {
	return { x: (x - t.x) / t.k, y: (y - t.y) / t.k };
}

/** The part of the layout a `width`×`height` screen shows, grown by `margin` layout units. */
export function visibleWindow(t: Transform, width: number, height: number, margin = 0): Bounds {
	const a = toLayout(t, 0, 0),
		b = toLayout(t, width, height);
	return { minX: a.x - margin, minY: a.y - margin, maxX: b.x + margin, maxY: b.y + margin };
}

/**
 * `t` scaled by `factor` about the screen point (px, py), kept within [min, max]. A transform
 * already outside the range is never pushed further out, nor jumped back in by a step the other way.
 */
export function zoomAround(
	t: Transform,
	px: number,
	py: number,
	factor: number,
	min: number = ZOOM.min,
	max: number = ZOOM.max
): Transform {
	const wanted = t.k * factor;
	const k =
		factor < 1 ? Math.min(t.k, Math.max(min, wanted)) : Math.max(t.k, Math.min(max, wanted));
	const r = k / t.k;
	return { k, x: px - (px - t.x) * r, y: py - (py - t.y) * r };
}

/** The box around every node, grown by each node's radius. */
export function boundsOf(positions: ArrayLike<number>, radii: ArrayLike<number>): Bounds {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	for (let i = 0; i < radii.length; i++) {
		const x = positions[2 * i]!,
			y = positions[2 * i + 1]!,
			r = radii[i]!;
		if (x - r < minX) minX = x - r;
		if (y - r < minY) minY = y - r;
		if (x + r > maxX) maxX = x + r;
		if (y + r > maxY) maxY = y + r;
	}
	if (!Number.isFinite(minX)) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
	return { minX, minY, maxX, maxY };
}

/** The bounds of some nodes only (by index), e.g. those a filter leaves shown. */
export function boundsOfSome(
	positions: ArrayLike<number>,
	radii: ArrayLike<number>,
	which: readonly number[]
): Bounds {
	const p: number[] = [],
		r: number[] = [];
	for (const i of which) {
		p.push(positions[2 * i]!, positions[2 * i + 1]!);
		r.push(radii[i]!);
	}
	return boundsOf(p, r);
}

/** Screen pixels kept clear on each side of an area. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The same `n` pixels on every side. */
export const insetsOf = (n: number): Insets => ({ top: n, right: n, bottom: n, left: n });

/**
 * The zoom transform that centres `b` in a `width`×`height` viewport with `padding` to spare: the
 * same on every side, or per side (the part of the viewport that overlays leave clear, plus room).
 */
export function fitTransform(
	b: Bounds,
	width: number,
	height: number,
	padding: number | Insets = 40,
	maxScale: number = FIT_MAX
): Transform {
	const p = typeof padding === 'number' ? insetsOf(padding) : padding;
	const w = Math.max(b.maxX - b.minX, 1);
	const h = Math.max(b.maxY - b.minY, 1);
	const k = Math.max(
		ZOOM.min,
		Math.min(maxScale, (width - p.left - p.right) / w, (height - p.top - p.bottom) / h)
	);
	return {
		k,
		x: p.left + (width - p.left - p.right) / 2 - k * (b.minX + w / 2),
		y: p.top + (height - p.top - p.bottom) / 2 - k * (b.minY + h / 2)
	};
}
