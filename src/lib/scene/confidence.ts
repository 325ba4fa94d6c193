import type { Confidence, GraphNode } from '../model/types';

/**
 * How sure the source is, drawn as one dash language for every output (screen SVG, canvas,
 * export): stated solid, reported long dashes, inferred short dashes. Each pattern is a multiple
 * of the stroke's width, so a thick line keeps the look of a thin one, and the three stay apart in
 * greyscale and on a washed-out projector (the long dash is three times the short one, and the
 * short one is still longer than the line is wide).
 */
export const CONFIDENCE_DASH: Readonly<Record<Confidence, readonly [number, number] | null>> = {
	stated: null,
	reported: [6, 2.5],
	inferred: [1.6, 2]
};

/** Two decimals, as dash lengths are written (no "-0": lengths are positive). */
const two = (v: number) => String(Math.round(v * 100) / 100);

/** A missing confidence reads as stated, as the format documents. */
export function levelOf(x: { confidence?: Confidence | undefined }): Confidence {
	return x.confidence ?? 'stated';
}

/** The SVG stroke-dasharray of a level at stroke width `width`, or null for a solid line. */
export function confidenceDash(level: Confidence | undefined, width: number): string | null {
	const ratio = CONFIDENCE_DASH[level ?? 'stated'];
	if (!ratio) return null;
	return `${two(ratio[0] * width)} ${two(ratio[1] * width)}`;
}

/** A dash pattern scaled by `factor` (a selected edge is drawn thicker: its dashes grow with it). */
export function scaleDash(dash: string | null, factor: number): string | null {
	if (dash === null || factor === 1) return dash;
	return dash
		.split(' ')
		.map((d) => two(Number(d) * factor))
		.join(' ');
}

/**
 * The ring drawn outside a reported or inferred node, in the foreground colour, dashed as its
 * level's edges are: the node's own outline already tells types and clusters apart by dash.
 */
export const CONFIDENCE_RING = { grow: 3, width: 1.5 } as const;

/** The dash of a node's confidence ring, or null for a stated node (no ring). */
export function nodeConfidenceDash(node: Pick<GraphNode, 'confidence'>): string | null {
	return confidenceDash(node.confidence, CONFIDENCE_RING.width);
}

/** Whether a node's place in its group is the dataset author's inference. */
export function membershipInferred(node: Pick<GraphNode, 'group' | 'groupConfidence'>): boolean {
	return node.group !== undefined && node.groupConfidence === 'inferred';
}

/**
 * The mark of an inferred group membership: a small hollow dot in the group's colour on the
 * node's upper left, where neither the pin (centre) nor the label (below) nor a self-loop (upper
 * right) sits. Offsets are in layout units from the node's centre.
 */
export const MEMBERSHIP_MARK = { radius: 2.6, width: 1.5 } as const;
export function membershipMarkAt(radius: number): { x: number; y: number } {
	const d = (radius + MEMBERSHIP_MARK.radius * 0.4) * Math.SQRT1_2;
	return { x: -d, y: -d };
}

/** The levels the given elements use, in the order stated, reported, inferred. */
export function levelsUsed(items: Iterable<{ confidence?: Confidence | undefined }>): Confidence[] {
	const seen = new Set<Confidence>();
	for (const x of items) seen.add(levelOf(x));
	return (['stated', 'reported', 'inferred'] as const).filter((l) => seen.has(l));
}
