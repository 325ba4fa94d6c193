import type { GraphIndex } from '../../model/graph-index';
import type { GraphNode } from '../../model/types';
import {
	estimateWidth,
	labelBaseline,
	nodeLabelCandidate,
	placeLabels,
	type LabelCandidate
} from '../../scene/labels';
import { LABEL } from '../../scene/paint';
import { drawnLabel } from '../../scene/text';
import type { LabelDensity } from '../options';
import type { SvgFrame } from './frame';
import { attrs, esc, font } from './markup';
import type { PageLayout } from './page';

/** Labels on the page: larger than on screen, read from across a room. */
export const PAGE_LABEL = { size: 14, halo: 4 } as const;

/** The label candidates of the nodes drawn, on the page, by the same rule as the screen's. */
export function pageLabelCandidates(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex
): LabelCandidate[] {
	return drawn.map((x) => {
		const p = f.pos(x.id);
		const s = f.styles.get(x.id)!;
		return nodeLabelCandidate(x, p.x, p.y, s.radius, f.t, index.degree.get(x.id) ?? 0, s);
	});
}

/** Which nodes get a label: all, none, or those the scene's placement fits ("auto"). */
export function pageLabels(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex,
	density: LabelDensity
): Set<string> {
	if (density === 'all') return new Set(drawn.map((x) => x.id));
	if (density === 'none') return new Set();
	return placeLabels(pageLabelCandidates(f, drawn, index), PAGE_LABEL.size);
}

/** Each label twice: a halo in the background colour under the text (no paint-order). */
export function writeLabels(
	f: SvgFrame,
	drawn: GraphNode[],
	labelled: Set<string>,
	area: PageLayout['area']
): void {
	const size = PAGE_LABEL.size;
	for (const x of drawn) {
		if (!labelled.has(x.id)) continue;
		const s = f.styles.get(x.id)!;
		const p = f.pos(x.id);
		// Keep labels of nodes near the edge inside the drawing area.
		const label = drawnLabel(x.label);
		const text = esc(label);
		const half = estimateWidth(label, size) / 2;
		const lx = Math.min(Math.max(f.X(p.x), area.x + half), area.x + area.w - half),
			ly = labelBaseline(f.Y(p.y), s.radius * f.k, size);
		const common = {
			x: lx,
			y: ly,
			'text-anchor': 'middle',
			...font(size, s.emphasised ? 700 : 400)
		};
		const opacity = s.opacity === 1 ? null : String(LABEL.fadedOpacity);
		f.out.push(
			`<text${attrs({ ...common, fill: f.bg, stroke: f.bg, 'stroke-width': PAGE_LABEL.halo, 'stroke-linejoin': 'round', opacity })}>${text}</text>`
		);
		f.out.push(`<text${attrs({ ...common, fill: f.fg, opacity })}>${text}</text>`);
	}
}
