import { LABEL } from './paint';
import { fitTransform, toScreen, type Bounds, type Insets, type Transform } from './transform';

/** A rectangle of the graph area in screen pixels, from its top left corner. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Pixels kept between an overlay (the legend, the zoom buttons, a sheet) and the network. */
export const OVERLAY_GAP = 8;

/**
 * Room the fit keeps around the network, in screen pixels, beyond each node's own radius: a label
 * is 12 px text beside its node (to its right by default, or moved above, below or left), so the
 * outermost nodes keep a line of text of room on every side and more on the right.
 */
export const FIT_MARGIN: Insets = {
	top: LABEL.size + 12,
	right: LABEL.size * 5,
	bottom: LABEL.size + 16,
	left: LABEL.size + 12
};

type Side = keyof Insets;
const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
/** Past this many overlays, each picks its side alone rather than trying every combination. */
const EXHAUSTIVE = 5;

/** How far in from `side` the clear area must start to stay off the overlay `o`. */
function reach(o: Rect, side: Side, width: number, height: number): number {
	switch (side) {
		case 'top':
			return o.y + o.height + OVERLAY_GAP;
		case 'bottom':
			return height - o.y + OVERLAY_GAP;
		case 'left':
			return o.x + o.width + OVERLAY_GAP;
		case 'right':
			return width - o.x + OVERLAY_GAP;
	}
}

/** Whether `o` covers any of the `width`×`height` area at all. */
function overlaps(o: Rect, width: number, height: number): boolean {
	return (
		o.width > 0 &&
		o.height > 0 &&
		o.x < width &&
		o.y < height &&
		o.x + o.width > 0 &&
		o.y + o.height > 0
	);
}

function add(a: Insets, b: Insets): Insets {
	return {
		top: a.top + b.top,
		right: a.right + b.right,
		bottom: a.bottom + b.bottom,
		left: a.left + b.left
	};
}

/**
 * The insets that keep the network off every overlay: each overlay is stepped around from one side
 * (the legend in a corner from the left or from below), and of all the choices the one that lets
 * `b` be drawn largest wins; on a tie, the one that leaves the larger clear area. Overlays outside
 * the area count for nothing.
 */
export function clearInsets(
	b: Bounds,
	width: number,
	height: number,
	overlays: readonly Rect[],
	margin: Insets = FIT_MARGIN,
	maxScale?: number
): Insets {
	const inside = overlays.filter((o) => overlaps(o, width, height));
	const none: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
	if (inside.length === 0) return none;
	const score = (ins: Insets): [number, number] => {
		const w = width - ins.left - ins.right,
			h = height - ins.top - ins.bottom;
		if (w <= 0 || h <= 0) return [-Infinity, -Infinity];
		return [fitTransform(b, width, height, add(ins, margin), maxScale).k, w * h];
	};
	const better = (a: [number, number], c: [number, number]) =>
		a[0] > c[0] + 1e-9 || (Math.abs(a[0] - c[0]) <= 1e-9 && a[1] > c[1]);
	const withSide = (ins: Insets, o: Rect, side: Side): Insets => ({
		...ins,
		[side]: Math.max(ins[side], reach(o, side, width, height))
	});

	if (inside.length > EXHAUSTIVE) {
		let ins = none;
		for (const o of inside) {
			let best: Insets | null = null,
				bestScore: [number, number] = [-Infinity, -Infinity];
			for (const side of SIDES) {
				const next = withSide(ins, o, side),
					s = score(next);
				if (!best || better(s, bestScore)) [best, bestScore] = [next, s];
			}
			ins = best!;
		}
		return ins;
	}
	let best = none,
		bestScore: [number, number] = [-Infinity, -Infinity];
	const combos = SIDES.length ** inside.length;
	for (let c = 0; c < combos; c++) {
		let ins = none;
		for (let i = 0, rest = c; i < inside.length; i++, rest = Math.floor(rest / SIDES.length))
			ins = withSide(ins, inside[i]!, SIDES[rest % SIDES.length]!);
		const s = score(ins);
		if (better(s, bestScore)) [best, bestScore] = [ins, s];
	}
	return best;
}

/** The fit of `b` into what the overlays leave clear of a `width`×`height` area, with `margin` for labels. */
export function fitClear(
	b: Bounds,
	width: number,
	height: number,
	overlays: readonly Rect[],
	margin: Insets = FIT_MARGIN,
	maxScale?: number
): Transform {
	return fitTransform(
		b,
		width,
		height,
		add(clearInsets(b, width, height, overlays, margin, maxScale), margin),
		maxScale
	);
}

/** The clear part of the area as a rectangle. */
export function clearRect(width: number, height: number, ins: Insets): Rect {
	return {
		x: ins.left,
		y: ins.top,
		width: Math.max(0, width - ins.left - ins.right),
		height: Math.max(0, height - ins.top - ins.bottom)
	};
}

/** Whether a circle of radius `r` about (cx, cy) touches the rectangle `o`. */
function circleTouches(cx: number, cy: number, r: number, o: Rect): boolean {
	const nx = Math.max(o.x, Math.min(cx, o.x + o.width)),
		ny = Math.max(o.y, Math.min(cy, o.y + o.height));
	return Math.hypot(cx - nx, cy - ny) < r;
}

/**
 * Whether a node drawn at layout point (x, y) with radius `r` (layout units) is clearly visible:
 * whole on screen with `margin` pixels to spare, and under no overlay.
 */
export function clearlyVisible(
	t: Transform,
	x: number,
	y: number,
	r: number,
	width: number,
	height: number,
	overlays: readonly Rect[],
	margin = OVERLAY_GAP
): boolean {
	const s = toScreen(t, x, y),
		reachPx = r * t.k + margin;
	if (s.x - reachPx < 0 || s.y - reachPx < 0 || s.x + reachPx > width || s.y + reachPx > height)
		return false;
	return !overlays.some((o) => circleTouches(s.x, s.y, r * t.k, o));
}

/**
 * The view that brings a node hidden under an overlay or off screen to the middle of the clear
 * area, at the same zoom; null when it is clearly visible already and the view should stay still.
 */
export function revealTransform(
	t: Transform,
	x: number,
	y: number,
	r: number,
	width: number,
	height: number,
	overlays: readonly Rect[],
	clear: Rect
): Transform | null {
	if (clearlyVisible(t, x, y, r, width, height, overlays)) return null;
	return {
		k: t.k,
		x: clear.x + clear.width / 2 - t.k * x,
		y: clear.y + clear.height / 2 - t.k * y
	};
}
