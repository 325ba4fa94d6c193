import { visibleWindow, type Transform } from '../scene/transform';
import type { SpatialGrid } from './spatial-grid';

/** Labels the screen can usefully hold: about one per 6,000 px² (150 on a 1280×720 graph). */
export function labelBudget(width: number, height: number): number {
	return Math.max(10, Math.floor((width * height) / 6000));
}

/** Below this radius on screen a node is a dot, and only forced labels are worth drawing. */
export const MIN_LABELLED_RADIUS = 2.5;

export interface LabelPick {
	grid: SpatialGrid;
	transform: Transform;
	width: number;
	height: number;
	radius(i: number): number;
	priority(i: number): number;
	forced(i: number): boolean;
	/** The layout is running: a quarter of the labels, since moving text cannot be read anyway. */
	moving?: boolean;
}

/**
 * The level-of-detail rule for labels on a large network: only nodes inside the viewport (found
 * through the spatial index, not by scanning every node), forced ones always, the rest only when
 * the zoom makes their node big enough to read against, and at most `labelBudget` of those, by
 * priority. The survivors then go through the usual overlap check.
 */
export function pickLabelCandidates(p: LabelPick): number[] {
	const { transform: t, width, height } = p;
	// A margin of a label's width, so labels of nodes just off screen can still show.
	const w = visibleWindow(t, width, height, 80 / t.k);
	const inView: number[] = [];
	const forced: number[] = [];
	p.grid.each(w.minX, w.minY, w.maxX, w.maxY, (i) => {
		if (p.forced(i)) forced.push(i);
		else if (p.radius(i) * t.k >= MIN_LABELLED_RADIUS) inView.push(i);
	});
	const budget = Math.floor(labelBudget(width, height) / (p.moving ? 4 : 1));
	if (inView.length > budget) {
		inView.sort((a, b) => p.priority(b) - p.priority(a) || a - b);
		inView.length = budget;
	}
	return [...forced, ...inView];
}
