import type { Emphasis } from '../clusters/emphasis';
import type { Shape } from '../model/types';
import { byCodeUnit } from '../model/order';
import { shapeCorners, shapeRadius } from './shapes';
import { drawnLabel } from './text';
import { textWidth } from './text-width';
import {
	grow,
	inside,
	nearestOnBox,
	Occupancy,
	overlaps,
	segBounds,
	type Box,
	type Item
} from './label-grid';
import { toScreen, type Transform } from './transform';

export type { Box } from './label-grid';
export { segmentHitsBox } from './label-grid';

export interface LabelCandidate {
	id: string;
	/** Screen position of the node's centre and its radius on screen. */
	x: number;
	y: number;
	r: number;
	/** The label as drawn: cut to LABEL_MAX characters (drawnLabel). */
	text: string;
	/** Higher wins when labels compete for room (see labelPriority). */
	priority: number;
	/** Shown whatever the crowding (selected, hovered, a path's nodes). */
	forced: boolean;
	/** The node's box around (x, y), as offsets `[left, top, right, bottom]`; a square of r by default. */
	extent?: Box;
	/** Distance from the centre to the node's outline, where a leader line starts; r by default. */
	outline?: number;
	/** The text's width in pixels when the caller measured it; estimated otherwise. */
	width?: number;
	bold?: boolean;
	/** The text broken into lines (a page's long labels, see wrapLabel); one line when absent. */
	lines?: string[];
	/** The spot tried first (an index into labelSpots' first ring), when a page spread made room there. */
	prefer?: number;
}

/** Where a label is drawn: centred on `x` with its (first line's) baseline at `y`. */
export interface PlacedLabel {
	id: string;
	x: number;
	y: number;
	/** The text's box. */
	box: Box;
	/** A line from the node's outline to the label, when the label sits away from its node. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** The labels shown, by node id; a node without an entry has no label. */
export type LabelPlacement = Map<string, PlacedLabel>;

/** Room around a label's text that another label may not enter, shared by both sides. */
export const LABEL_GAP = 2;
/** The text's box above and below its baseline, as shares of the font size (Arial's metrics). */
export const ASCENT = 0.92;
export const DESCENT = 0.25;
/** The distance between the baselines of a label's lines, as a share of the font size. */
export const LINE_HEIGHT = 1.15;
/** Pixels between a node's box and its label's text. */
const PAD = 2;
/** How much further out each ring of positions lies. */
const RING_STEP = 16;
/** Rings of positions each label tries: the first touches its node, the others get a leader. */
const RINGS = 3;
/** Labels a hidden one may move out of its way. */
const MAX_MOVED = 2;
/** Hidden labels that get a second chance, the most important first: each costs up to ~2,600 tests. */
const MAX_REPAIRS = 32;
/** Candidates past this many (forced ones aside) are not tried: what a screen can hold, and then some. */
const MAX_TRIED = 2000;

/** How wide `text` is drawn at `fontSize`, without a DOM: good enough to decide overlaps. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
	return textWidth(text, fontSize, bold);
}

/**
 * How much a label matters, as a tier above the node's degree: the node the user is on, then its
 * neighbours (or a selected edge's ends), a path's nodes, a highlighted cluster's members, search
 * hits, then every other node.
 */
export const LABEL_TIER = { rest: 0, search: 1, cluster: 2, path: 3, neighbour: 4, focus: 5 };

/** The tier of node `id`'s label under emphasis `em`. */
export function labelTier(id: string, em: Emphasis): number {
	if (em.forced.has(id) || em.selectedNode === id) {
		// A path's and a search's forced nodes are many: they rank as their kind, above the lit rest.
		if (em.reason === 'path') return LABEL_TIER.path + 0.5;
		if (em.reason === 'search') return LABEL_TIER.search + 0.5;
		return LABEL_TIER.focus;
	}
	if (!em.lit?.has(id)) return LABEL_TIER.rest;
	switch (em.reason) {
		case 'path':
			return LABEL_TIER.path;
		case 'clusters':
			return LABEL_TIER.cluster;
		case 'search':
			return LABEL_TIER.search;
		default:
			return LABEL_TIER.neighbour;
	}
}

/** Which label wins room: the higher tier, then the better-connected node. */
export function labelPriority(degree: number, tier: number): number {
	return tier * 1e9 + degree;
}

/** A node's box as offsets from its centre: the shape's corners (or circle) and half its outline. */
export function shapeExtent(shape: Shape, r: number, stroke = 1.5): Box {
	const corners = shapeCorners(shape, r);
	const h = stroke / 2;
	if (!corners) return [-r - h, -r - h, r + h, r + h];
	let l = 0,
		t = 0,
		rt = 0,
		b = 0;
	for (const [x, y] of corners) {
		l = Math.min(l, x);
		rt = Math.max(rt, x);
		t = Math.min(t, y);
		b = Math.max(b, y);
	}
	return [l - h, t - h, rt + h, b + h];
}

/**
 * A node's label as a candidate for placement, on screen or on a page: where the node lands under
 * the transform `t`, how large it is there, and how much its label matters (`tier`, LABEL_TIER).
 */
export function nodeLabelCandidate(
	node: { id: string; label: string },
	x: number,
	y: number,
	radius: number,
	t: Transform,
	degree: number,
	style: { emphasised: boolean; forceLabel: boolean; shape?: Shape },
	tier = style.emphasised ? LABEL_TIER.neighbour : LABEL_TIER.rest
): LabelCandidate {
	const at = toScreen(t, x, y);
	const r = t.k * radius;
	const shape = style.shape ?? 'circle';
	return {
		id: node.id,
		x: at.x,
		y: at.y,
		r,
		text: drawnLabel(node.label),
		priority: labelPriority(degree, tier),
		forced: style.forceLabel,
		extent: shapeExtent(shape, r),
		outline: shapeRadius(shape, r),
		bold: style.emphasised
	};
}

/** The baseline of a node's label at its default spot: centred under the node, clear of its outline. */
export function labelBaseline(nodeY: number, radius: number, fontSize: number): number {
	return nodeY + radius + PAD + ASCENT * fontSize;
}

/** The text box of a label centred on `x` with its baseline at `y`. */
export function textBox(x: number, y: number, width: number, fontSize: number): Box {
	return [x - width / 2, y - ASCENT * fontSize, x + width / 2, y + DESCENT * fontSize];
}

/**
 * The spots a label tries, in order: below (its default), right, left, above, the diagonals, then
 * below and above again slid sideways so one end of the text sits over the node (`dx` ±0.5).
 */
const DIRECTIONS: readonly [number, number][] = [
	[0, 1],
	[1, 0],
	[-1, 0],
	[0, -1],
	[1, 1],
	[-1, 1],
	[1, -1],
	[-1, -1],
	[0.5, 1],
	[-0.5, 1],
	[0.5, -1],
	[-0.5, -1]
];

/**
 * The text boxes a label tries, in order: ring after ring of the eight spots around its node's box
 * `n` (absolute), each ring RING_STEP further out.
 */
export function labelSpots(n: Box, cx: number, cy: number, w: number, h: number, rings = RINGS) {
	return Array.from({ length: rings * DIRECTIONS.length }, (_, k) =>
		labelSpot(n, cx, cy, w, h, k, RING_STEP)
	);
}

/** Spot `k` of `labelSpots`, alone. */
function labelSpot(n: Box, cx: number, cy: number, w: number, h: number, k: number, step: number) {
	const ring = Math.floor(k / DIRECTIONS.length);
	const [dx, dy] = DIRECTIONS[k % DIRECTIONS.length]!;
	const o = PAD + ring * step;
	const left =
		Math.abs(dx) === 0.5
			? cx - w / 2 + dx * (w - (n[2] - n[0]))
			: dx > 0
				? n[2] + o
				: dx < 0
					? n[0] - o - w
					: cx - w / 2;
	const top = dy > 0 ? n[3] + o : dy < 0 ? n[1] - o - h : cy - h / 2;
	return { box: [left, top, left + w, top + h] as Box, ring };
}

export interface PlaceOptions {
	fontSize?: number;
	gap?: number;
	/** Rings of spots each label tries (RINGS by default); a page, with few labels, affords more. */
	rings?: number;
	/** How much further out each ring lies (RING_STEP by default): a page's larger text wants more. */
	ringStep?: number;
	/** Labels a hidden one may move out of its way (MAX_MOVED by default). */
	maxMoved?: number;
	/** Hidden labels given a second chance (MAX_REPAIRS by default). */
	repairs?: number;
	/** The area labels must stay inside (the screen, the page's picture); anywhere if absent. */
	bounds?: Box;
	/** Other boxes labels must keep clear of: controls drawn over the picture. */
	obstacles?: Box[];
	/** Counts the work done (item tests), for tests that bound it. */
	stats?: { tests: number };
}

/** A label put down: its text box, its claim (the box with its gap) and its leader, as grid items. */
interface Put {
	label: PlacedLabel;
	items: Item[];
	/** It leaves the bounds. */
	out: boolean;
}

/**
 * Places labels, forced ones first, then by priority: each takes the first of its spots
 * (`labelSpots`) where its text clears every label placed before, every other node's box and every
 * leader line, and stays inside `bounds`; a spot away from its node gets a leader line, which must
 * cross no label or node either. A label with no free spot may still get one by moving a single
 * label in its way (not a forced one) to another free spot of that label's own. Otherwise it is
 * hidden, unless forced, when it takes its default spot. Greedy and deterministic; a coarse grid
 * makes each test O(k) for the k things nearby, and at most MAX_TRIED labels (forced ones aside)
 * are tried, so the work stays bounded.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	options: PlaceOptions = {}
): LabelPlacement {
	const size = options.fontSize ?? 12;
	const half = (options.gap ?? LABEL_GAP) / 2;
	const oneLine = (ASCENT + DESCENT) * size;
	const heightOf = (c: LabelCandidate) =>
		oneLine + ((c.lines?.length ?? 1) - 1) * LINE_HEIGHT * size;
	const rings = options.rings ?? RINGS;
	const ringStep = options.ringStep ?? RING_STEP;
	const maxMoved = options.maxMoved ?? MAX_MOVED;
	const bounds = options.bounds;
	const grid = new Occupancy();
	const nodeBox = (c: LabelCandidate): Box => {
		const e = c.extent ?? [-c.r, -c.r, c.r, c.r];
		return [c.x + e[0], c.y + e[1], c.x + e[2], c.y + e[3]];
	};
	const onScreen = (c: LabelCandidate) =>
		Number.isFinite(c.x) && Number.isFinite(c.y) && (!bounds || overlaps(nodeBox(c), bounds));
	// Every node is in the way of the others' labels, and so is anything drawn over the picture.
	candidates.forEach((c, i) => {
		if (onScreen(c)) grid.add({ box: nodeBox(c), seg: null, owner: i });
	});
	for (const box of options.obstacles ?? []) grid.add({ box, seg: null, owner: -1 });
	const order = candidates
		.map((_, i) => i)
		.filter((i) => onScreen(candidates[i]!))
		.sort((a, b) => {
			const ca = candidates[a]!,
				cb = candidates[b]!;
			return (
				Number(cb.forced) - Number(ca.forced) ||
				cb.priority - ca.priority ||
				byCodeUnit(ca.id, cb.id)
			);
		});

	const widths = new Float64Array(candidates.length).fill(NaN);
	const nodeBoxes: Box[] = candidates.map(nodeBox);
	const SPOTS = rings * DIRECTIONS.length;
	/** Spot k of candidate i: its text box, its ring and the box it claims (with the gap). */
	const spotBoxes = (i: number, k: number) => {
		const c = candidates[i]!;
		let w = widths[i]!;
		if (Number.isNaN(w))
			w = widths[i] =
				c.width ?? Math.max(...(c.lines ?? [c.text]).map((l) => estimateWidth(l, size, c.bold)));
		const spot = labelSpot(nodeBoxes[i]!, c.x, c.y, w, heightOf(c), k, ringStep);
		return { box: spot.box, ring: spot.ring, claim: grow(spot.box, half) };
	};
	/** Spot k of candidate i as the label it would be, with what it puts on the grid. */
	const spotOf = (i: number, k: number): Put => {
		const c = candidates[i]!;
		const { box, ring, claim } = spotBoxes(i, k);
		let leader: PlacedLabel['leader'] = null;
		const items: Item[] = [{ box: claim, seg: null, owner: i }];
		if (ring > 0) {
			const [qx, qy] = nearestOnBox(claim, c.x, c.y);
			const d = Math.hypot(qx - c.x, qy - c.y) || 1;
			const from = Math.min(c.outline ?? c.r, d);
			leader = {
				x1: c.x + ((qx - c.x) / d) * from,
				y1: c.y + ((qy - c.y) / d) * from,
				x2: qx,
				y2: qy
			};
			const seg: Item['seg'] = [leader.x1, leader.y1, leader.x2, leader.y2];
			items.push({ box: segBounds(seg), seg, owner: i });
		}
		const label = { id: c.id, x: (box[0] + box[2]) / 2, y: box[1] + ASCENT * size, box, leader };
		return { label, items, out: !!bounds && !inside(claim, bounds) };
	};
	/** Candidate i's k-th spot in the order it tries them: its preferred one first. */
	const nth = (i: number, k: number) => {
		const p = candidates[i]!.prefer;
		if (p === undefined || p <= 0 || p >= SPOTS) return k;
		return k === 0 ? p : k <= p ? k - 1 : k;
	};
	/** Candidate i's spots in order, as labels. */
	function* spotsOf(i: number): Generator<Put> {
		for (let k = 0; k < SPOTS; k++) yield spotOf(i, nth(i, k));
	}
	const scratch: Item[] = [];
	/** The first free spot of candidate i; its text box is checked before anything is made. */
	const firstFree = (i: number): Put | undefined => {
		for (let n = 0; n < SPOTS; n++) {
			const k = nth(i, n);
			const { claim } = spotBoxes(i, k);
			if (bounds && !inside(claim, bounds)) continue;
			scratch.length = 0;
			grid.blockers(claim, i, null, 1, scratch);
			if (scratch.length) continue;
			const put = spotOf(i, k);
			if (free(put, i)) return put;
		}
	};
	/** What is in the way of `put`: up to `max` items. */
	const blockersOf = (put: Put, i: number, max: number) => {
		const found: Item[] = [];
		for (const it of put.items) {
			grid.blockers(it.box, i, it.seg, max, found);
			if (found.length >= max) break;
		}
		return found;
	};
	const free = (put: Put, i: number) => blockersOf(put, i, 1).length === 0;

	const puts = new Map<number, Put>();
	const putDown = (i: number, put: Put) => {
		for (const it of put.items) grid.add(it);
		puts.set(i, put);
	};
	const takeUp = (i: number) => {
		for (const it of puts.get(i)!.items) grid.remove(it);
		puts.delete(i);
	};

	/**
	 * Frees a spot for i by moving the labels in its way (at most MAX_MOVED, none forced) to free
	 * spots of their own; true when it did, and nothing moved when it did not.
	 */
	const makeRoom = (i: number): boolean => {
		for (const put of spotsOf(i)) {
			if (put.out) continue;
			const others = blockersOf(put, i, maxMoved + 1);
			if (others.length > maxMoved) continue;
			const js = others.map((o) => o.owner);
			if (
				js.some(
					(j, k) => !puts.has(j) || candidates[j]!.forced || others[k] !== puts.get(j)!.items[0]
				)
			)
				continue;
			const was = js.map((j) => puts.get(j)!);
			js.forEach(takeUp);
			putDown(i, put);
			const done: number[] = [];
			for (const j of js) {
				const moved = firstFree(j);
				if (!moved) break;
				putDown(j, moved);
				done.push(j);
			}
			if (done.length === js.length) return true;
			done.forEach(takeUp);
			takeUp(i);
			js.forEach((j, k) => putDown(j, was[k]!));
		}
		return false;
	};

	const hidden: number[] = [];
	let tried = 0;
	for (const i of order) {
		const c = candidates[i]!;
		if (!c.forced && tried++ >= MAX_TRIED) break;
		const put = firstFree(i);
		if (put) putDown(i, put);
		else if (!c.forced) hidden.push(i);
		else putDown(i, spotOf(i, 0));
	}
	// Second chances, most important first: each may move up to MAX_MOVED labels out of its way.
	for (const i of hidden.slice(0, options.repairs ?? MAX_REPAIRS)) makeRoom(i);

	if (options.stats) options.stats.tests += grid.tests;
	const placed: LabelPlacement = new Map();
	for (const i of order) {
		const put = puts.get(i);
		if (put) placed.set(put.label.id, put.label);
	}
	return placed;
}
