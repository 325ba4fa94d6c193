import type { GraphNode } from '../../model/types';
import { NODE_OUTLINE_WIDTH, RING } from '../../scene/paint';
import { shapePath } from '../../scene/shapes';
import { writeConfidenceMarks } from './confidence-marks';
import { drawnLabel } from '../../scene/text';
import type { SvgFrame } from './frame';
import { writeNodeLabel, type PageLabels } from './labels';
import { attrs, esc, placePath } from './markup';

/**
 * Each node as one group a designer can move: a <title> naming it, its shape (and a selected
 * node's ring), opacity on the shapes themselves, and its label with its leader line.
 */
export function writeNodes(
	f: SvgFrame,
	drawn: GraphNode[],
	labels: PageLabels,
	ids: (kind: string, id: string) => string
): void {
	const byId = new Map(labels.candidates.map((c) => [c.id, c]));
	for (const x of drawn) {
		const s = f.styles.get(x.id)!;
		const p = f.pos(x.id);
		const cx = f.X(p.x),
			cy = f.Y(p.y);
		const opacity = s.opacity === 1 ? null : String(s.opacity);
		f.out.push(
			`<g${attrs({ id: ids('node', x.id) })}>`,
			`<title>${esc(drawnLabel(x.label))}</title>`
		);
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
		const c = byId.get(x.id);
		if (c) writeNodeLabel(f, labels, c, s.opacity !== 1);
		f.out.push('</g>');
	}
}
