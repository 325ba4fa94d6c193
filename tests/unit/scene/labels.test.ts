import { describe, expect, it } from 'vitest';
import type { Emphasis } from '$lib/clusters/emphasis';
import {
	ASCENT,
	DESCENT,
	labelPriority,
	labelSpots,
	labelTier,
	LABEL_TIER,
	placeLabels,
	segmentHitsBox,
	shapeExtent,
	type Box,
	type LabelCandidate,
	type LabelPlacement
} from '$lib/scene/labels';
import { textWidth } from '$lib/scene/text-width';
import { nextInDirection } from '$lib/render/keyboard-nav';
import { seededRandom } from '$lib/model/random';

const label = (
	id: string,
	x: number,
	y: number,
	priority: number,
	forced = false
): LabelCandidate => ({
	id,
	x,
	y,
	r: 5,
	text: 'A label of some length',
	priority,
	forced
});

/** A 12 px label's text height. */
const H = (ASCENT + DESCENT) * 12;
const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const nodeBox = (c: LabelCandidate): Box => [c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r];
/** Where each label went, as the index of its spot (0 = below, 1 = right, 2 = left, 3 = above, …). */
function spotIndex(c: LabelCandidate, placed: LabelPlacement): number {
	const at = placed.get(c.id)!;
	return labelSpots(nodeBox(c), c.x, c.y, at.box[2] - at.box[0], H).findIndex(
		(s) => Math.abs(s.box[0] - at.box[0]) < 1e-9 && Math.abs(s.box[1] - at.box[1]) < 1e-9
	);
}
/** A box of 2 px at the middle of `b`. */
const dot = (b: Box): Box => {
	const x = (b[0] + b[2]) / 2,
		y = (b[1] + b[3]) / 2;
	return [x - 1, y - 1, x + 1, y + 1];
};
/** Every label's text box clear of every other label's and of every other node's box. */
function expectNoOverlap(candidates: LabelCandidate[], placed: LabelPlacement) {
	const shown = [...placed.values()];
	const problems: string[] = [];
	for (let a = 0; a < shown.length; a++)
		for (let b = a + 1; b < shown.length; b++)
			if (overlaps(shown[a]!.box, shown[b]!.box))
				problems.push(`${shown[a]!.id} / ${shown[b]!.id}`);
	for (const l of shown)
		for (const c of candidates)
			if (c.id !== l.id && overlaps(l.box, nodeBox(c))) problems.push(`${l.id} over node ${c.id}`);
	expect(problems).toEqual([]);
}

describe('placeLabels', () => {
	it('shows every label at its default spot, centred under its node, when there is room', () => {
		const cs = [label('a', 0, 0, 1), label('b', 0, 100, 1), label('c', 400, 0, 1)];
		const placed = placeLabels(cs);
		expect(new Set(placed.keys())).toEqual(new Set(['a', 'b', 'c']));
		for (const c of cs) {
			const at = placed.get(c.id)!;
			expect(at.x).toBe(c.x);
			expect(at.box[1]).toBeGreaterThan(c.y + c.r);
			expect(at.y).toBeCloseTo(at.box[1] + ASCENT * 12, 9);
			expect(at.leader).toBeNull();
			expect(spotIndex(c, placed)).toBe(0);
		}
	});

	it('tries the spots in order: below, right, left, above, then the diagonals', () => {
		const c = label('a', 0, 0, 1);
		const w = textWidth(c.text, 12);
		const spots = labelSpots(nodeBox(c), 0, 0, w, H);
		// Block the spots one by one with a dot drawn over each: each time the next one wins.
		for (let k = 0; k < 8; k++) {
			const placed = placeLabels([c], { obstacles: spots.slice(0, k).map((s) => dot(s.box)) });
			expect(spotIndex(c, placed), `with ${k} spots blocked`).toBe(k);
		}
		expect(
			spots.slice(0, 4).map((s) => [Math.sign(s.box[0] + w / 2), Math.sign(s.box[1])])
		).toEqual([
			[0, 1],
			[1, -1],
			[-1, -1],
			[0, -1]
		]);
	});

	it('moves a label to a further ring with a leader from its node’s outline when the first ring is full', () => {
		const c = { ...label('a', 0, 0, 1), outline: 5 };
		const w = textWidth(c.text, 12);
		const ring0 = labelSpots(nodeBox(c), 0, 0, w, H).filter((s) => s.ring === 0);
		const placed = placeLabels([c], { obstacles: ring0.map((s) => dot(s.box)) });
		const at = placed.get('a')!;
		expect(spotIndex(c, placed)).toBeGreaterThanOrEqual(ring0.length);
		const l = at.leader!;
		expect(l).not.toBeNull();
		expect(Math.hypot(l.x1, l.y1)).toBeCloseTo(5, 6);
		// It ends on the label's box (with its gap), nearest the node.
		expect(l.x2).toBeGreaterThanOrEqual(at.box[0] - 1);
		expect(l.x2).toBeLessThanOrEqual(at.box[2] + 1);
		expect(Math.min(Math.abs(l.y2 - at.box[1] + 1), Math.abs(l.y2 - at.box[3] - 1))).toBeLessThan(
			1e-9
		);
		// The first ring has no leader: it touches its node.
		expect(placeLabels([c]).get('a')!.leader).toBeNull();
	});

	it('keeps a label off other nodes’ shapes, not only off other labels', () => {
		// A big node right under a small one: the small one's label goes elsewhere.
		const small = label('small', 0, 0, 1);
		const big = { ...label('big', 0, 30, 0), r: 15, text: 'B' };
		const placed = placeLabels([small, big]);
		expect(spotIndex(small, placed)).toBeGreaterThan(0);
		expectNoOverlap([small, big], placed);
	});

	it('gives the room to the more important label and hides the other only when it is boxed in', () => {
		// Two nodes side by side in a box that holds one label: the higher priority wins it.
		const bounds: Box = [-100, -10, 140, 30];
		const placed = placeLabels([label('low', 40, 0, 1), label('high', 0, 0, 5)], { bounds });
		expect(new Set(placed.keys())).toEqual(new Set(['high']));
		// With room, both are shown, the less important one moved rather than hidden.
		const roomy = placeLabels([label('low', 10, 4, 1), label('high', 0, 0, 5)]);
		expect(new Set(roomy.keys())).toEqual(new Set(['low', 'high']));
		expectNoOverlap([label('low', 10, 4, 1), label('high', 0, 0, 5)], roomy);
	});

	it('hides labels lowest priority first, and only those with no free spot', () => {
		const random = seededRandom(7);
		const cs = Array.from({ length: 200 }, (_, i) =>
			label(`n${i}`, random() * 1200, random() * 800, Math.floor(random() * 10))
		);
		const bounds: Box = [0, 0, 1200, 800];
		const placed = placeLabels(cs, { bounds });
		expect(placed.size).toBeGreaterThan(40);
		expect(placed.size).toBeLessThan(cs.length);
		expectNoOverlap(cs, placed);
		for (const l of placed.values())
			expect(l.box[0] >= 0 && l.box[1] >= 0 && l.box[2] <= 1200 && l.box[3] <= 800).toBe(true);
		// Every hidden label is boxed in: each of its spots hits a label or node, or leaves the bounds.
		// (Each label claims its box and 1 px around it.)
		const grow = (b: Box): Box => [b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1];
		const shown = [...placed.values()];
		const free: string[] = [];
		const hidden = cs.filter((c) => !placed.has(c.id));
		expect(hidden.length).toBeGreaterThan(5);
		for (const c of hidden) {
			const w = textWidth(c.text, 12);
			for (const s of labelSpots(nodeBox(c), c.x, c.y, w, H).filter((s) => s.ring === 0)) {
				const b = grow(s.box);
				const out = b[0] < 0 || b[1] < 0 || b[2] > 1200 || b[3] > 800;
				const hit =
					shown.some((l) => overlaps(b, grow(l.box))) ||
					shown.some(
						(l) => l.leader && segmentHitsBox(l.leader.x1, l.leader.y1, l.leader.x2, l.leader.y2, b)
					) ||
					cs.some((o) => o.id !== c.id && overlaps(b, nodeBox(o)));
				if (!out && !hit) free.push(c.id);
			}
		}
		expect(free, 'hidden with a free spot').toEqual([]);
		// The most important are mostly shown, more so than the least.
		const top = cs.filter((c) => c.priority === 9);
		expect(top.filter((c) => placed.has(c.id)).length).toBeGreaterThan(top.length * 0.6);
		const share = (p: number) =>
			cs.filter((c) => c.priority === p && placed.has(c.id)).length /
			cs.filter((c) => c.priority === p).length;
		expect(share(9)).toBeGreaterThan(share(0));
	});

	it('always shows forced labels', () => {
		const placed = placeLabels([label('low', 10, 4, 1, true), label('high', 0, 0, 5)], {
			bounds: [-100, -10, 140, 30]
		});
		expect(placed.has('low')).toBe(true);
		expect(placed.has('high')).toBe(false);
	});

	it('moves a placed label aside to make room for one that had none', () => {
		// "a" takes its default spot below; "b" sits where only that spot is free for it, so "a"
		// moves to its right and both are shown.
		const a = { ...label('a', 100, 100, 5), text: 'Baku' };
		const b = { ...label('b', 100, 140, 1), text: 'Baku' };
		const wall = (x0: number, y0: number, x1: number, y1: number): Box => [x0, y0, x1, y1];
		const placed = placeLabels([a, b], {
			obstacles: [wall(0, 150, 200, 300), wall(0, 0, 80, 200), wall(112, 128, 200, 200)],
			bounds: [0, 0, 200, 300]
		});
		expect(new Set(placed.keys())).toEqual(new Set(['a', 'b']));
		expectNoOverlap([a, b], placed);
	});

	it('is deterministic on ties', () => {
		const cs = [label('b', 0, 0, 1), label('a', 5, 0, 1)];
		expect(placeLabels(cs)).toEqual(placeLabels([...cs].reverse()));
		expect(spotIndex(cs[1]!, placeLabels(cs))).toBe(0);
	});

	it('does bounded work for 20,000 candidates: a few hundred tests each at most', () => {
		const random = seededRandom(3);
		const many = (n: number) =>
			Array.from({ length: n }, (_, i) =>
				label(`n${i}`, random() * 1280, random() * 720, Math.floor(random() * 50))
			);
		const cost = (n: number) => {
			const stats = { tests: 0 };
			placeLabels(many(n), { bounds: [0, 0, 1280, 720], stats });
			return stats.tests;
		};
		const small = cost(2_000),
			large = cost(20_000);
		expect(large).toBeLessThan(20_000 * 400);
		// Ten times the candidates is not a hundred times the work.
		expect(large / small).toBeLessThan(20);
	});
});

describe('label priority', () => {
	const em = (e: Partial<Emphasis>): Emphasis => ({
		lit: null,
		litEdges: null,
		forced: new Set(),
		selectedNode: null,
		selectedEdge: null,
		reason: 'none',
		...e
	});

	it('ranks the node the user is on, its neighbours, a path, a cluster, search hits, then the rest', () => {
		const node = em({
			reason: 'node',
			lit: new Set(['a', 'b']),
			forced: new Set(['a']),
			selectedNode: 'a'
		});
		expect(labelTier('a', node)).toBe(LABEL_TIER.focus);
		expect(labelTier('b', node)).toBe(LABEL_TIER.neighbour);
		expect(labelTier('c', node)).toBe(LABEL_TIER.rest);
		expect(labelTier('p', em({ reason: 'path', lit: new Set(['p']) }))).toBe(LABEL_TIER.path);
		expect(labelTier('m', em({ reason: 'clusters', lit: new Set(['m']) }))).toBe(
			LABEL_TIER.cluster
		);
		expect(labelTier('s', em({ reason: 'search', lit: new Set(['s']) }))).toBe(LABEL_TIER.search);
		const { focus, neighbour, path, cluster, search, rest } = LABEL_TIER;
		expect([focus, neighbour, path, cluster, search, rest]).toEqual(
			[rest, search, cluster, path, neighbour, focus].sort((x, y) => y - x)
		);
	});

	it('puts a tier above any degree', () => {
		expect(labelPriority(0, LABEL_TIER.search)).toBeGreaterThan(labelPriority(100_000, 0));
		expect(labelPriority(3, 0)).toBeGreaterThan(labelPriority(2, 0));
	});
});

describe('shapes and text as placement sees them', () => {
	it('measures text with Arial’s widths', () => {
		expect(textWidth('Baku', 12)).toBeCloseTo(((667 + 556 + 500 + 556) / 1000) * 12, 9);
		expect(textWidth('Baku', 12, true)).toBeGreaterThan(textWidth('Baku', 12));
	});

	it('boxes a shape by its corners, with half its outline', () => {
		expect(shapeExtent('circle', 10, 2)).toEqual([-11, -11, 11, 11]);
		const [l, t, r, b] = shapeExtent('triangle', 10, 0);
		expect(-t).toBeGreaterThan(b);
		expect(l).toBeCloseTo(-r, 9);
	});

	it('tells whether a segment crosses a box', () => {
		expect(segmentHitsBox(-10, 5, 20, 5, [0, 0, 10, 10])).toBe(true);
		expect(segmentHitsBox(-10, -5, 20, -5, [0, 0, 10, 10])).toBe(false);
		expect(segmentHitsBox(-10, -10, -1, 20, [0, 0, 10, 10])).toBe(false);
	});
});

describe('nextInDirection', () => {
	//   1
	// 2 0 3
	//   4
	const pos = [0, 0, 0, -10, -10, 0, 10, 1, 0, 10];
	it('moves to the nearest node in the arrow direction', () => {
		expect(nextInDirection(pos, 5, 0, 'ArrowUp')).toBe(1);
		expect(nextInDirection(pos, 5, 0, 'ArrowLeft')).toBe(2);
		expect(nextInDirection(pos, 5, 0, 'ArrowRight')).toBe(3);
		expect(nextInDirection(pos, 5, 0, 'ArrowDown')).toBe(4);
	});
	it('stays put when nothing lies that way or the key is not an arrow', () => {
		expect(nextInDirection(pos, 5, 1, 'ArrowUp')).toBe(1);
		expect(nextInDirection(pos, 5, 0, 'Enter')).toBe(0);
	});
});

describe('placeLabels far from the origin', () => {
	const at = (id: string, x: number, y: number, priority = 1): LabelCandidate => ({
		...label(id, x, y, priority),
		text: 'Baku'
	});

	it('places labels past 2^53 pixels, where adding 1 no longer changes a number', () => {
		// Before, the grid stepped from cell to cell with gx++ and never got past the first one.
		const placed = placeLabels([at('a', 1e20, 0), at('b', -1e20, 3e20), at('c', 0, 0)]);
		expect(new Set(placed.keys())).toEqual(new Set(['a', 'b', 'c']));
	});

	it('still keeps labels out there apart, where the grid has run out', () => {
		for (const far of [1e12, -1e15]) {
			const cs = [at('low', far + 10, far), at('high', far, far, 5), at('next', far, far + 50)];
			const placed = placeLabels(cs);
			// The less important of the two crowded labels moves rather than overlapping.
			expect(placed.get('high')!.x).toBe(far);
			expect(placed.has('low')).toBe(true);
			const boxes = [...placed.values()].map((l) => l.box);
			for (let a = 0; a < boxes.length; a++)
				for (let b = a + 1; b < boxes.length; b++)
					expect(overlaps(boxes[a]!, boxes[b]!)).toBe(false);
		}
	});

	it('survives the largest numbers and non-finite ones', () => {
		const shown = placeLabels([
			at('max', Number.MAX_VALUE, -Number.MAX_VALUE),
			at('inf', Infinity, 0),
			at('nan', NaN, NaN),
			{ ...at('wide', 0, 0), r: 1e300 }
		]);
		expect(shown.has('max')).toBe(true);
		expect(shown.has('nan')).toBe(false);
	});

	it('checks a label wider than the grid against every other label, without a cell for each', () => {
		const wide = { ...at('wide', 0, 0, 9), text: 'w'.repeat(10_000_000) };
		const stats = { tests: 0 };
		const shown = placeLabels([wide, at('under', 5_000_000, 0), at('far', 0, 500)], { stats });
		// A handful of box tests, not one per cell the wide label covers.
		expect(stats.tests).toBeLessThan(200);
		// The label under the wide one finds room above its node instead.
		expect(new Set(shown.keys())).toEqual(new Set(['wide', 'under', 'far']));
		expect(shown.get('under')!.box[3]).toBeLessThan(0);
	});
});
