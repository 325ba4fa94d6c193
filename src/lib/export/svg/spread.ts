import type { Emphasis } from '../../clusters/emphasis';
import type { GraphIndex } from '../../model/graph-index';
import type { GraphNode } from '../../model/types';
import {
	ASCENT,
	DESCENT,
	LABEL_GAP,
	LINE_HEIGHT,
	estimateWidth,
	type Box
} from '../../scene/labels';
import { packForLabels, type SpreadResult } from '../../scene/label-spread';
import type { NodeStyle } from '../../scene/style';
import type { Transform } from '../../scene/transform';
import type { PageCache } from './cache';
import { areaBox, pageLabelCandidates } from './labels';
import type { PageLayout } from './page';

/** Room between a node's shape and its label, as the placement leaves it (scene/labels' PAD). */
const PAD = 2;
/**
 * The packings tried in turn, the first that fits every node kept (else the one that fits most):
 * nodes from the middle out (the shape kept best) with a little air between them, so a reader
 * tells which label is whose, then without; then the largest boxes first, then the most important.
 */
const TRIES = [
	['centre', 0.25],
	['centre', 0],
	['area', 0],
	['priority', 0]
] as const;

/**
 * Past this many nodes a page does not spread them: the packing's search grows with the square of
 * the nodes put down, and a page cannot set so many labels anyway.
 */
export const MAX_SPREAD = 400;

/**
 * The page's own copy of the layout, moved so that each node's shape and its label (at the page's
 * label size, on one of the four sides the placement tries first) clear every other's: "All
 * labels" on a fixed page then has a free spot beside its node for every label it can hold. The
 * screen's layout is not touched; only this page's positions move. Tries the packings of TRIES in
 * turn; keeps the first that fits every node, else the one that fits most. Null when the page has
 * more than MAX_SPREAD nodes.
 */
export function spreadPage(
	pos: (id: string) => { x: number; y: number },
	styles: Map<string, NodeStyle>,
	t: Transform,
	drawn: GraphNode[],
	index: GraphIndex,
	emphasis: Emphasis,
	area: PageLayout['area'],
	size: number,
	cache?: PageCache
) {
	if (drawn.length > MAX_SPREAD) return null;
	const f = { pos, styles, t } as Parameters<typeof pageLabelCandidates>[0];
	const candidates = pageLabelCandidates(f, drawn, index, emphasis, size);
	const items = candidates.map((c) => {
		const e = c.extent ?? [-c.r, -c.r, c.r, c.r];
		const lines = c.lines ?? [c.text];
		const w = Math.max(...lines.map((l) => estimateWidth(l, size, c.bold)));
		const h = (ASCENT + DESCENT) * size + (lines.length - 1) * LINE_HEIGHT * size;
		return {
			x: c.x,
			y: c.y,
			node: e,
			// Below (the placement's first spot), right, left and above, as labelSpots orders them.
			sides: [
				[Math.min(e[0], -w / 2), e[1], Math.max(e[2], w / 2), e[3] + PAD + h],
				[e[0], Math.min(e[1], -h / 2), e[2] + PAD + w, Math.max(e[3], h / 2)],
				[e[0] - PAD - w, Math.min(e[1], -h / 2), e[2], Math.max(e[3], h / 2)],
				[Math.min(e[0], -w / 2), e[1] - PAD - h, Math.max(e[2], w / 2), e[3]]
			] as Box[]
		};
	});
	const areaOf = (b: Box) => (b[2] - b[0]) * (b[3] - b[1]);
	const byOrder = (key: (i: number) => number) =>
		candidates.map((_, i) => i).sort((a, b) => key(b) - key(a) || a - b);
	const n = Math.max(1, candidates.length);
	const mx = candidates.reduce((s, c) => s + c.x, 0) / n,
		my = candidates.reduce((s, c) => s + c.y, 0) / n;
	const orders = {
		centre: () =>
			byOrder(
				(i) => -Math.hypot((candidates[i]!.x - mx) / area.w, (candidates[i]!.y - my) / area.h)
			),
		area: () => byOrder((i) => areaOf(items[i]!.sides[0]!)),
		priority: () => byOrder((i) => candidates[i]!.priority)
	};
	const run = (): SpreadResult => {
		let best: SpreadResult | null = null;
		for (const [order, air] of TRIES) {
			const r = packForLabels(
				items,
				areaBox(area),
				air * size + LABEL_GAP,
				orders[order](),
				best ? best.overlaps - 1 : Infinity
			);
			if (!best || r.overlaps < best.overlaps) best = r;
			if (r.overlaps === 0) break;
		}
		return best!;
	};
	// Everything the packing reads: the boxes, where they want to be and the order of importance.
	const key = JSON.stringify([area, size, items, candidates.map((c) => c.priority)]);
	const r = cache ? cache.get('spread', key, run) : run();
	const at = new Map(
		candidates.map((c, i) => [c.id, { x: (r.x[i]! - t.x) / t.k, y: (r.y[i]! - t.y) / t.k }])
	);
	return {
		pos: (id: string) => at.get(id) ?? pos(id),
		side: new Map(candidates.map((c, i) => [c.id, r.side[i]!])),
		overlaps: r.overlaps,
		moved: r.moved / t.k
	};
}
