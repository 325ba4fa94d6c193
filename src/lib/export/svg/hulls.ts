import type { Cluster } from '../../clusters/assign';
import { HULL, HULL_PADDING } from '../../scene/paint';
import type { SvgFrame } from './frame';
import type { SvgInput } from './input';
import { attrs } from './markup';

/**
 * One outline per highlighted cluster, under everything else, around its members drawn and clear
 * of every other node drawn: the same contour the screen draws.
 */
export function writeHulls(
	f: SvgFrame,
	hulls: Cluster[],
	nodes: Set<string>,
	hullPath: NonNullable<SvgInput['hullPath']>
): void {
	const circle = (id: string) => ({
		x: f.X(f.pos(id).x),
		y: f.Y(f.pos(id).y),
		r: f.styles.get(id)!.radius * f.k
	});
	for (const c of hulls) {
		const inside = new Set(c.members);
		const pts = c.members.filter((id) => nodes.has(id)).map(circle);
		if (pts.length === 0) continue;
		const others = [...nodes].filter((id) => !inside.has(id)).map(circle);
		const d = hullPath(pts, HULL_PADDING * f.k, others);
		if (!d) continue;
		f.out.push(
			`<path${attrs({
				d,
				fill: c.colour,
				'fill-opacity': String(HULL.fillOpacity),
				stroke: c.colour,
				'stroke-opacity': String(HULL.strokeOpacity),
				'stroke-width': HULL.strokeWidth,
				'stroke-linejoin': 'round'
			})}/>`
		);
	}
}
