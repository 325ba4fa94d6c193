import type { Confidence, GraphEdge } from '../../model/types';
import {
	CONFIDENCE_RING,
	MEMBERSHIP_MARK,
	confidenceDash,
	levelsUsed,
	membershipMarkAt
} from '../../scene/confidence';
import { CONFIDENCE_KEY } from '../../scene/confidence-words';
import { oneDecimal as n } from '../../scene/numbers';
import { shapePath } from '../../scene/shapes';
import type { NodeStyle } from '../../scene/style';
import type { SvgFrame } from './frame';
import { attrs, placePath } from './markup';

/** A reported or inferred node's dashed ring and an inferred membership's dot, as on screen. */
export function writeConfidenceMarks(
	f: SvgFrame,
	s: NodeStyle,
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
