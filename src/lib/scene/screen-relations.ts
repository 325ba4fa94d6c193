import type { EdgeLine } from './edges';
import type { Box, PlacedLabel } from './labels';
import { LABEL } from './paint';
import {
	placeRelationLabels,
	type PlacedRelation,
	type RelationCandidate,
	type RelationLabelMode
} from './relation-labels';
import type { EdgeStyle, NodeStyle } from './style';
import { drawnLabel } from './text';
import { textWidth } from './text-width';
import { toScreen, type Transform } from './transform';

/**
 * The relation labels of the picture on screen, in screen pixels, for both renderers: the SVG one
 * (small networks) and the canvas (large ones) place them by this one rule, so a network reads the
 * same on either side of the switch-over.
 */

/** A little smaller than node labels: the nodes are what the picture is about. */
export const RELATION_SIZE = LABEL.size - 1;

/** Room a label needs beyond its text: a gap at both ends and clear of the link's ends. */
const SLACK = 4 + RELATION_SIZE;

export interface ScreenRelationInput {
	mode: RelationLabelMode;
	edges: readonly { id: string; relation?: string | undefined; weight: number }[];
	/** The edges that may carry a label (the shown ones), by index. */
	shown: readonly number[];
	/** An edge as drawn (trimmed at the outlines, in layout units); a curve carries no label. */
	line: (j: number) => EdgeLine | undefined;
	edgeStyles: readonly EdgeStyle[];
	nodeStyles: readonly NodeStyle[];
	/** The drawn nodes, by index: the labels keep clear of their shapes. */
	nodes: readonly number[];
	positions: ArrayLike<number>;
	/** The node labels on screen, each with its node's index: relation labels keep clear of them. */
	labels: Iterable<PlacedLabel & { i: number }>;
	transform: Transform;
	width: number;
	height: number;
	/**
	 * At most this many links are tried, the most important first. Only links long enough on
	 * screen for their text count, so a large network zoomed out has few; this bounds the rest.
	 */
	limit?: number;
}

export interface ScreenRelation extends PlacedRelation {
	/** The link is dimmed by the view: its label is too. */
	faded: boolean;
}

const overlaps = (b: Box, w: number, h: number) => b[2] >= 0 && b[3] >= 0 && b[0] <= w && b[1] <= h;

/** Places the relation labels the view asks for along their links, clear of nodes and labels. */
export function screenRelationLabels(input: ScreenRelationInput): ScreenRelation[] {
	const { mode, edges, edgeStyles, nodeStyles, positions: p, transform: t, width, height } = input;
	if (mode === 'none') return [];
	let candidates: RelationCandidate[] = [];
	for (const j of input.shown) {
		const e = edges[j],
			s = edgeStyles[j];
		if (!e?.relation || !s) continue;
		if (mode === 'highlighted' && !s.highlighted) continue;
		const g = input.line(j);
		if (!g || g.curve) continue;
		const a = toScreen(t, g.x1, g.y1),
			b = toScreen(t, g.x2, g.y2);
		const box: Box = [
			Math.min(a.x, b.x),
			Math.min(a.y, b.y),
			Math.max(a.x, b.x),
			Math.max(a.y, b.y)
		];
		if (!overlaps(box, width, height)) continue;
		const text = drawnLabel(e.relation);
		// Too short on screen for its text: the placement would pass it over anyway.
		if (Math.hypot(b.x - a.x, b.y - a.y) <= textWidth(text, RELATION_SIZE) + SLACK) continue;
		candidates.push({
			id: e.id,
			text,
			x1: a.x,
			y1: a.y,
			x2: b.x,
			y2: b.y,
			priority: (s.highlighted ? 1e6 : 0) + e.weight,
			lit: s.highlighted
		});
	}
	if (input.limit !== undefined && candidates.length > input.limit)
		candidates = candidates
			.sort((x, y) => y.priority - x.priority || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
			.slice(0, input.limit);
	if (candidates.length === 0) return [];
	// A dimmed node and its label are faint: a lit link's label may cover them.
	const dim = (i: number) => (nodeStyles[i]?.opacity ?? 1) < 0.5;
	const obstacles: Box[] = [],
		dimmed: Box[] = [];
	for (const l of input.labels) (dim(l.i) ? dimmed : obstacles).push(l.box);
	for (const i of input.nodes) {
		const c = toScreen(t, p[2 * i]!, p[2 * i + 1]!);
		const r = (nodeStyles[i]?.radius ?? 0) * t.k;
		const box: Box = [c.x - r, c.y - r, c.x + r, c.y + r];
		if (overlaps(box, width, height)) (dim(i) ? dimmed : obstacles).push(box);
	}
	const faded = new Set<string>();
	for (const j of input.shown)
		if ((edgeStyles[j]?.opacity ?? 1) < 0.5 && edges[j]) faded.add(edges[j].id);
	const { placed } = placeRelationLabels(
		candidates,
		obstacles,
		RELATION_SIZE,
		[0, 0, width, height],
		dimmed
	);
	return placed.map((l) => ({ ...l, faded: faded.has(l.id) }));
}
