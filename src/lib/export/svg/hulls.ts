import type { Cluster } from '../../clusters/assign';
import { HULL, HULL_PADDING } from '../../scene/paint';
import type { SvgFrame } from './frame';
import type { SvgInput } from './input';
import { attrs } from './markup';

/** One outline per highlighted cluster, under everything else, around its members drawn. */
export function writeHulls(
	f: SvgFrame,
	hulls: Cluster[],
	nodes: Set<string>,
	hullPath: NonNullable<SvgInput['hullPath']>
): void {
	for (const c of hulls) {
		const pts = c.members
			.filter((id) => nodes.has(id))
			.map((id) => ({
				x: f.X(f.pos(id).x),
				y: f.Y(f.pos(id).y),
				r: f.styles.get(id)!.radius * f.k
			}));
		if (pts.length === 0) continue;
		f.out.push(
			`<path${attrs({
				d: hullPath(pts, HULL_PADDING * f.k),
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
