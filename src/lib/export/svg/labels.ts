import type { Emphasis } from '../../clusters/emphasis';
import type { GraphIndex } from '../../model/graph-index';
import type { GraphNode } from '../../model/types';
import { wrapLabel } from '../../scene/label-lines';
import {
	LINE_HEIGHT,
	labelTier,
	nodeLabelCandidate,
	placeLabels,
	shapeExtent,
	type Box,
	type LabelCandidate,
	type LabelPlacement,
	type PlacedLabel
} from '../../scene/labels';
import { CONFIDENCE_RING } from '../../scene/confidence';
import { LABEL, LEADER } from '../../scene/paint';
import { shapeRadius } from '../../scene/shapes';
import type { NodeStyle } from '../../scene/style';
import type { LabelDensity } from '../options';
import type { SvgFrame } from './frame';
import { oneDecimal } from '../../scene/numbers';
import { attrs, esc, font } from './markup';
import type { PageCache } from './cache';
import type { PageLayout } from './page';

/** A label's halo, as a share of its font size: wide enough to part it from the edges under it. */
export const HALO = 0.28;
/** A page label wider than this many font sizes is set on two or three balanced lines. */
export const LABEL_WRAP_EMS = 9;
/** Rings of spots lie this many font sizes apart on a page: its text is larger than the screen's. */
export const PAGE_RING_STEP = 0.7;
/** Placements tried again, at most, for labels left out at "all". */
const RETRIES = 12;
/** Labels a left-out one may move aside on a page. */
const PAGE_MOVED = 3;
/** A page has few labels and no frame budget: each may try this many rings of spots. */
const PAGE_RINGS = 8;

/** The label candidates of the nodes drawn, on the page, by the same rule as the screen's. */
export function pageLabelCandidates(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex,
	emphasis: Emphasis,
	size: number
): LabelCandidate[] {
	return drawn.map((x) => {
		const p = f.pos(x.id);
		const s = f.styles.get(x.id)!;
		const degree = index.degree.get(x.id) ?? 0;
		const c = nodeLabelCandidate(x, p.x, p.y, s.radius, f.t, degree, s, labelTier(x.id, emphasis));
		ringed(c, s, f.t.k);
		c.lines = wrapLabel(c.text, size, LABEL_WRAP_EMS * size, 3, c.bold);
		return c;
	});
}

/**
 * A reported or inferred node's dashed ring (and its membership dot, inside the ring's box) is part
 * of the node: its label keeps clear of it and its leader starts outside it. `k` is the page's scale.
 */
export function ringed(c: LabelCandidate, s: NodeStyle, k: number): LabelCandidate {
	if (!s.confidenceDash && !s.membershipMark) return c;
	const ring = k * (s.radius + CONFIDENCE_RING.grow);
	c.extent = shapeExtent(s.shape, ring, CONFIDENCE_RING.width * k);
	c.outline = shapeRadius(s.shape, ring);
	return c;
}

/** The picture's area of the page as a box, where labels must stay. */
export const areaBox = (a: PageLayout['area']): Box => [a.x, a.y, a.x + a.w, a.y + a.h];

/** The labels placed, and the candidates (to say how many were left out). */
export interface PageLabels {
	placement: LabelPlacement;
	candidates: LabelCandidate[];
	size: number;
}

/**
 * Which nodes get a label and where, at the page's label size: none, or every label the scene's
 * placement can set clear of the others and of every node ("all" tries each node, "auto" keeps
 * the screen's limits). A label with no free spot is left out, never piled on another.
 */
export function pageLabels(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex,
	emphasis: Emphasis,
	density: LabelDensity,
	area: PageLayout['area'],
	size: number,
	obstacles: Box[] = [],
	cache?: PageCache,
	prefer?: ReadonlyMap<string, number>
): PageLabels {
	if (density === 'none') return { placement: new Map(), candidates: [], size };
	const candidates = pageLabelCandidates(f, drawn, index, emphasis, size);
	// The side the page's spread made room on is tried first.
	if (prefer) for (const c of candidates) c.prefer = prefer.get(c.id);
	// Forced labels would take their default spot when crowded: on a page, leave them out instead.
	for (const c of candidates) c.forced = false;
	const key = JSON.stringify([
		density,
		size,
		area,
		obstacles,
		candidates.map((c) => [c.id, c.text, c.x, c.y, c.r, c.priority, c.bold, c.prefer])
	]);
	// The same candidates on the same area give the same placement: the owner's cache keeps it.
	const place = () => placePage(candidates, density, area, size, obstacles);
	return cache ? cache.get('labels', key, place) : place();
}

function placePage(
	candidates: LabelCandidate[],
	density: LabelDensity,
	area: PageLayout['area'],
	size: number,
	obstacles: Box[]
): PageLabels {
	const place = () =>
		placeLabels(candidates, {
			fontSize: size,
			bounds: areaBox(area),
			obstacles,
			rings: density === 'all' ? PAGE_RINGS : undefined,
			ringStep: size * PAGE_RING_STEP,
			repairs: density === 'all' ? candidates.length : undefined,
			maxMoved: density === 'all' ? PAGE_MOVED : undefined
		});
	let placement = place();
	// Each retry places every label again: a budget keeps the dialog's preview quick.
	let budget = RETRIES;
	const retry = () => (budget-- > 0 ? place() : placement);
	// "All": a label left out tries its other shapes (one line, or narrower lines), kept when the
	// whole placement then sets more labels. A few rounds; the page has few labels.
	for (let round = 0; density === 'all' && budget > 0; round++) {
		const out = candidates.filter((c) => !placement.has(c.id));
		if (out.length === 0) break;
		let better = false;
		for (const c of out) {
			const was = c.lines;
			for (const ems of [6, 14, Infinity]) {
				c.lines = wrapLabel(c.text, size, ems * size, 3, c.bold);
				if (String(c.lines) === String(was)) continue;
				const next = retry();
				if (next.size > placement.size) {
					placement = next;
					better = true;
					break;
				}
				c.lines = was;
			}
			if (better) break;
		}
		if (better) continue;
		// Then the labels left out go first, ahead of those that found room easily.
		const was = out.map((c) => c.priority);
		for (const c of out) c.priority += 1e12;
		const next = retry();
		if (next.size > placement.size) placement = next;
		else {
			out.forEach((c, k) => (c.priority = was[k]!));
			break;
		}
	}
	return { placement, candidates, size };
}

/** A leader line as a path (the export's lines are its edges), one decimal like every number. */
const leaderPath = (l: NonNullable<PlacedLabel['leader']>) =>
	`M${oneDecimal(l.x1)},${oneDecimal(l.y1)}L${oneDecimal(l.x2)},${oneDecimal(l.y2)}`;

/**
 * A node's label, written into the node's group: its leader line, then one group of two texts, a
 * halo in the background colour under the text (the profile's halo; paint-order is not read by
 * LibreOffice), each line a `<tspan>` at an absolute x and y.
 */
export function writeNodeLabel(
	f: SvgFrame,
	labels: PageLabels,
	c: LabelCandidate,
	faded: boolean
): void {
	const at = labels.placement.get(c.id);
	if (!at) return;
	const size = labels.size;
	if (at.leader)
		f.out.push(
			`<path${attrs({ d: leaderPath(at.leader), fill: 'none', stroke: f.fg, 'stroke-width': Math.max(LEADER.width, size / 16), opacity: LEADER.opacity * (faded ? LABEL.fadedOpacity : 1) })}/>`
		);
	f.out.push(textPair(f, c.lines ?? [c.text], at.x, at.y, size, c.bold ? 700 : 400, faded));
}

/** One label as a halo and a text in a group, lines as tspans. */
export function textPair(
	f: SvgFrame,
	lines: string[],
	x: number,
	y: number,
	size: number,
	weight: number,
	faded: boolean,
	transform?: string
): string {
	const spans =
		lines.length === 1
			? esc(lines[0]!)
			: lines
					.map((l, i) => `<tspan${attrs({ x, y: y + i * LINE_HEIGHT * size })}>${esc(l)}</tspan>`)
					.join('');
	const common = { x, y, 'text-anchor': 'middle', transform, ...font(size, weight) };
	const opacity = faded ? String(LABEL.fadedOpacity) : null;
	return (
		'<g>' +
		`<text${attrs({ ...common, fill: f.bg, stroke: f.bg, 'stroke-width': HALO * size, 'stroke-linejoin': 'round', opacity })}>${spans}</text>` +
		`<text${attrs({ ...common, fill: f.fg, opacity })}>${spans}</text>` +
		'</g>'
	);
}
