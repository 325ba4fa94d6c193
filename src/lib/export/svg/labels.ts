import type { Emphasis } from '../../clusters/emphasis';
import type { GraphIndex } from '../../model/graph-index';
import type { GraphNode } from '../../model/types';
import {
	labelTier,
	nodeLabelCandidate,
	placeLabels,
	type Box,
	type LabelCandidate,
	type LabelPlacement,
	type PlacedLabel
} from '../../scene/labels';
import { LABEL, LEADER } from '../../scene/paint';
import { drawnLabel } from '../../scene/text';
import type { LabelDensity } from '../options';
import type { SvgFrame } from './frame';
import { oneDecimal } from '../../scene/numbers';
import { attrs, esc, font } from './markup';
import type { PageLayout } from './page';

/** Labels on the page: larger than on screen, read from across a room. */
export const PAGE_LABEL = { size: 14, halo: 4 } as const;

/** The label candidates of the nodes drawn, on the page, by the same rule as the screen's. */
export function pageLabelCandidates(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex,
	emphasis: Emphasis
): LabelCandidate[] {
	return drawn.map((x) => {
		const p = f.pos(x.id);
		const s = f.styles.get(x.id)!;
		const degree = index.degree.get(x.id) ?? 0;
		return nodeLabelCandidate(x, p.x, p.y, s.radius, f.t, degree, s, labelTier(x.id, emphasis));
	});
}

/** The picture's area of the page as a box, where labels must stay. */
export const areaBox = (a: PageLayout['area']): Box => [a.x, a.y, a.x + a.w, a.y + a.h];

/**
 * Which nodes get a label and where: none, all (each still takes the first free spot, and its
 * default one when none is free), or those the scene's placement fits ("auto").
 */
export function pageLabels(
	f: SvgFrame,
	drawn: GraphNode[],
	index: GraphIndex,
	emphasis: Emphasis,
	density: LabelDensity,
	area: PageLayout['area']
): LabelPlacement {
	if (density === 'none') return new Map();
	const candidates = pageLabelCandidates(f, drawn, index, emphasis);
	if (density === 'all') for (const c of candidates) c.forced = true;
	return placeLabels(candidates, { fontSize: PAGE_LABEL.size, bounds: areaBox(area) });
}

/** A leader line as a path (the export's lines are its edges), one decimal like every number. */
const leaderPath = (l: NonNullable<PlacedLabel['leader']>) =>
	`M${oneDecimal(l.x1)},${oneDecimal(l.y1)}L${oneDecimal(l.x2)},${oneDecimal(l.y2)}`;

/** Each label twice: a halo in the background colour under the text (no paint-order); leader lines first. */
export function writeLabels(f: SvgFrame, drawn: GraphNode[], placement: LabelPlacement): void {
	const size = PAGE_LABEL.size;
	for (const x of drawn) {
		const leader = placement.get(x.id)?.leader;
		if (!leader) continue;
		const faded = f.styles.get(x.id)!.opacity !== 1;
		f.out.push(
			`<path${attrs({ d: leaderPath(leader), fill: 'none', stroke: f.fg, 'stroke-width': LEADER.width, opacity: LEADER.opacity * (faded ? LABEL.fadedOpacity : 1) })}/>`
		);
	}
	for (const x of drawn) {
		const at = placement.get(x.id);
		if (!at) continue;
		const s = f.styles.get(x.id)!;
		const text = esc(drawnLabel(x.label));
		const common = {
			x: at.x,
			y: at.y,
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
