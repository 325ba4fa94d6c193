import type { GraphNode } from '$lib/model';
import { nodeLabelCandidate, placeLabels, type Box, type LabelPlacement } from '$lib/scene/labels';
import { LABEL } from '$lib/scene/paint';
import type { NodeStyle } from '$lib/scene/style';
import type { Rect } from '$lib/scene/clear-area';
import type { Transform } from '$lib/scene/transform';
import type { Measure } from './text-measure';

export interface ScreenLabels {
	nodes: GraphNode[];
	positions: ArrayLike<number>;
	nodeStyles: NodeStyle[];
	transform: Transform;
	/** The graph area in pixels: labels stay inside it. */
	width: number;
	height: number;
	degree(i: number): number;
	/** How much node i's label matters (scene/labels LABEL_TIER). */
	tier(i: number): number;
	/** The screen font's widths, when it can be measured. */
	measure: Measure | null;
	/** Controls drawn over the graph (`[left, top, right, bottom]`, pixels): labels keep clear. */
	overlays?: Box[];
}

/** Places the labels of nodes `indices` on screen, by the scene's rule, measured in the screen's font. */
export function placeScreenLabels(indices: number[], s: ScreenLabels): LabelPlacement {
	const p = s.positions;
	const candidates = indices.map((i) => {
		const style = s.nodeStyles[i]!;
		const c = nodeLabelCandidate(
			s.nodes[i]!,
			p[2 * i]!,
			p[2 * i + 1]!,
			style.radius,
			s.transform,
			s.degree(i),
			style,
			s.tier(i)
		);
		if (s.measure) c.width = s.measure(c.text, style.emphasised);
		return c;
	});
	const bounds = s.width > 0 && s.height > 0 ? ([0, 0, s.width, s.height] as const) : undefined;
	return placeLabels(candidates, {
		fontSize: LABEL.size,
		bounds: bounds && [...bounds],
		obstacles: s.overlays ?? []
	});
}

/** An overlay's rectangle, as the camera measured it over the graph area, as a label obstacle. */
export function overlayBox(r: Rect): Box {
	return [r.x, r.y, r.x + r.width, r.y + r.height];
}
