import type { Confidence, GraphEdge, GraphNode } from '../../model/types';
import {
	CONFIDENCE_RING,
	MEMBERSHIP_MARK,
	confidenceDash,
	levelsUsed,
	membershipInferred,
	membershipMarkAt
} from '../../scene/confidence';
import { CONFIDENCE_KEY, MEMBERSHIP_KEY, ringKey } from '../../scene/confidence-words';
import { oneDecimal as n } from '../../scene/numbers';
import { shapePath } from '../../scene/shapes';
import type { NodeStyle, StyleContext } from '../../scene/style';
import type { SvgFrame } from './frame';
import { attrs, placePath } from './markup';

/** A reported or inferred node's dashed ring and an inferred membership's dot, as on screen. */
export function writeConfidenceMarks(
	f: SvgFrame,
	s: Pick<NodeStyle, 'shape' | 'radius' | 'fill' | 'confidenceDash' | 'membershipMark'>,
	cx: number,
	cy: number,
	opacity: string | null
): void {
	if (s.confidenceDash)
		f.out.push(
			`<path${attrs({ d: placePath(shapePath(s.shape, s.radius + CONFIDENCE_RING.grow), cx, cy, f.k), fill: 'none', stroke: f.fg, 'stroke-width': CONFIDENCE_RING.width, 'stroke-dasharray': s.confidenceDash, opacity })}/>`
		);
	if (s.membershipMark) {
		const at = membershipMarkAt(s.radius);
		f.out.push(
			`<circle${attrs({ cx: n(cx + at.x * f.k), cy: n(cy + at.y * f.k), r: n(MEMBERSHIP_MARK.radius * f.k), fill: f.bg, stroke: s.fill, 'stroke-width': MEMBERSHIP_MARK.width, opacity })}/>`
		);
	}
}

/**
 * The legend's line rows for the levels the drawn edges use: stated alone needs no key beyond
 * "Stated by the source"; each other level gets its sample, dashed as at a legend's 1.5 width.
 */
export function confidenceLines(
	edges: readonly Pick<GraphEdge, 'confidence'>[]
): { label: string; dash: string | null; arrow: boolean; level: Confidence }[] {
	return levelsUsed(edges).map((level) => ({
		label: CONFIDENCE_KEY[level],
		dash: confidenceDash(level, 1.5),
		arrow: false,
		level
	}));
}

/** A legend row for a node mark: a reported or inferred node's ring, or the membership dot. */
export interface MarkRow {
	label: string;
	/** The ring's dash, or null for the membership dot's row. */
	ring: string | null;
	membership: boolean;
}

/**
 * The legend's rows for the node marks the page draws: a ring per level the drawn nodes use past
 * stated, and the membership dot where colour shows the group and a drawn node's group is inferred.
 */
export function markRows(
	drawn: readonly Pick<GraphNode, 'confidence' | 'group' | 'groupConfidence'>[],
	ctx: Pick<StyleContext, 'clustering'>
): MarkRow[] {
	const rows: MarkRow[] = levelsUsed(drawn)
		.filter((l) => l !== 'stated')
		.map((level) => ({
			label: ringKey(level),
			ring: confidenceDash(level, CONFIDENCE_RING.width),
			membership: false
		}));
	if (ctx.clustering.mode === 'group' && drawn.some(membershipInferred))
		rows.push({ label: MEMBERSHIP_KEY, ring: null, membership: true });
	return rows;
}

/** Layout radius of a legend's sample node. */
const SAMPLE_RADIUS = 5;

/**
 * A mark row's sample at (cx, cy), drawn by the picture's own writer: a plain node and its mark,
 * scaled so the ring fits a legend row of font size `size`.
 */
export function writeMarkSample(
	f: SvgFrame,
	row: Pick<MarkRow, 'ring' | 'membership'>,
	cx: number,
	cy: number,
	size: number
): void {
	const k = (0.62 * size) / (SAMPLE_RADIUS + CONFIDENCE_RING.grow);
	f.out.push(`<circle${attrs({ cx: n(cx), cy: n(cy), r: n(SAMPLE_RADIUS * k), fill: f.muted })}/>`);
	writeConfidenceMarks(
		{ ...f, k },
		{
			shape: 'circle',
			radius: SAMPLE_RADIUS,
			fill: f.fg,
			confidenceDash: row.ring,
			membershipMark: row.membership
		},
		cx,
		cy,
		null
	);
}
