import { CONFIDENCE_RING, MEMBERSHIP_MARK, membershipMarkAt } from '$lib/scene/confidence';
import type { NodeStyle } from '$lib/scene/style';
import type { ShapePaths } from './shape-paths';

/**
 * A reported or inferred node's dashed ring and an inferred membership's hollow dot, as the SVG
 * layer draws them. Expects the transform on the node's centre in layout units.
 */
export function drawConfidenceMarks(
	g: CanvasRenderingContext2D,
	st: NodeStyle,
	shapes: ShapePaths,
	colours: { foreground: string; background: string }
): void {
	if (st.confidenceDash) {
		g.strokeStyle = colours.foreground;
		g.lineWidth = CONFIDENCE_RING.width;
		g.setLineDash(st.confidenceDash.split(' ').map(Number));
		g.stroke(shapes.outline(st, CONFIDENCE_RING.grow));
		g.setLineDash([]);
	}
	if (st.membershipMark) {
		const at = membershipMarkAt(st.radius);
		g.beginPath();
		g.arc(at.x, at.y, MEMBERSHIP_MARK.radius, 0, 2 * Math.PI);
		g.fillStyle = colours.background;
		g.fill();
		g.lineWidth = MEMBERSHIP_MARK.width;
		g.strokeStyle = st.fill;
		g.stroke();
	}
}
