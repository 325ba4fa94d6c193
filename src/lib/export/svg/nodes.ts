import type { GraphNode } from '../../model/types';
import { NODE_OUTLINE_WIDTH, RING } from '../../scene/paint';
import { shapePath } from '../../scene/shapes';
import { writeConfidenceMarks } from './confidence-marks';
import type { SvgFrame } from './frame';
import { attrs, placePath } from './markup';

/** Each node's shape (and a selected node's ring), opacity on the shape itself. */
export function writeNodes(f: SvgFrame, drawn: GraphNode[]): void {
	for (const x of drawn) {
		const s = f.styles.get(x.id)!;
		const p = f.pos(x.id);
		const cx = f.X(p.x),
			cy = f.Y(p.y);
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		if (s.ring)
			f.out.push(
				`<path${attrs({ d: placePath(shapePath(s.shape, s.radius + RING.grow), cx, cy, f.k), fill: 'none', stroke: f.fg, 'stroke-width': RING.width, opacity })}/>`
			);
		f.out.push(
			`<path${attrs({
				d: placePath(shapePath(s.shape, s.radius), cx, cy, f.k),
				fill: s.fill,
				stroke: s.outlineDash ? f.fg : f.bg,
				'stroke-width': NODE_OUTLINE_WIDTH,
				'stroke-dasharray': s.outlineDash,
				opacity
			})}/>`
		);
		writeConfidenceMarks(f, s, cx, cy, opacity);
	}
}
