import { describe, expect, it } from 'vitest';
import { wrapLabel } from '$lib/scene/label-lines';
import {
	boxCorners,
	placeRelationLabels,
	polygonsOverlap,
	type RelationCandidate
} from '$lib/scene/relation-labels';
import { textWidth } from '$lib/scene/text-width';

const link = (
	id: string,
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	text = 'funds'
): RelationCandidate => ({
	id,
	text,
	x1,
	y1,
	x2,
	y2,
	priority: 0
});

describe('relation labels along their links', () => {
	it('sets a label on the middle of its link, turned along it', () => {
		const { placed, dropped } = placeRelationLabels([link('a', 0, 0, 200, 0)], [], 12);
		expect(dropped).toBe(0);
		expect(placed).toHaveLength(1);
		const p = placed[0]!;
		expect(p.angle).toBeCloseTo(0);
		expect(p.x).toBeCloseTo(100);
		// The text's middle sits on the line: its baseline a little below it.
		expect(p.y).toBeGreaterThan(0);
		expect(p.y).toBeLessThan(6);
	});

	it('never sets a label upside down: a link pointing left or down reads left to right', () => {
		for (const [x2, y2] of [
			[-200, 0],
			[-150, 150],
			[-150, -150],
			[0, 200],
			[0, -200],
			[150, 150]
		] as const) {
			const [p] = placeRelationLabels([link('a', 0, 0, x2, y2)], [], 12).placed;
			expect(p!.angle, `${x2},${y2}`).toBeGreaterThan(-90.0001);
			expect(p!.angle, `${x2},${y2}`).toBeLessThanOrEqual(90);
		}
	});

	it('gives a link too short for its text no label, and counts it', () => {
		const short = link('s', 0, 0, textWidth('funds', 12) - 1, 0);
		const r = placeRelationLabels([short], [], 12);
		expect(r.placed).toHaveLength(0);
		expect(r.dropped).toBe(1);
	});

	it('keeps labels clear of each other and of obstacles, sliding along the link or leaving one out', () => {
		// Two links crossing at their middles: the second label slides along its link.
		const cands = [link('a', 0, 100, 400, 100), link('b', 200, -100, 200, 300)];
		const node: [number, number, number, number] = [60, 90, 80, 110];
		const { placed, dropped } = placeRelationLabels(cands, [node], 12);
		expect(placed.length + dropped).toBe(2);
		expect(placed.length).toBe(2);
		for (const [i, a] of placed.entries()) {
			expect(polygonsOverlap(a.corners, boxCorners(node))).toBe(false);
			for (const b of placed.slice(i + 1))
				expect(polygonsOverlap(a.corners, b.corners)).toBe(false);
		}
		// A label that has nowhere to go is left out, not piled.
		const blocked = placeRelationLabels([link('c', 0, 0, 100, 0)], [[-10, -20, 110, 20]], 12);
		expect(blocked).toEqual({ placed: [], dropped: 1 });
	});

	it('places the more important first and stays inside the bounds', () => {
		const a = { ...link('a', 0, 0, 120, 0, 'sponsors'), priority: 1 };
		const b = { ...link('b', 0, 0, 120, 0, 'sponsors'), priority: 5 };
		expect(placeRelationLabels([a, b], [], 12).placed.map((p) => p.id)).toEqual(['b']);
		expect(placeRelationLabels([a], [], 12, [0, 0, 50, 50]).placed).toHaveLength(0);
	});
});

describe('long labels on balanced lines', () => {
	it('keeps a short label on one line and splits a long one where the longest line is shortest', () => {
		expect(wrapLabel('Baku', 24, 240)).toEqual(['Baku']);
		const lines = wrapLabel('Businesses and investments of regime-linked Iranians', 24, 240);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Businesses and investments of regime-linked Iranians');
		for (const l of lines) expect(textWidth(l, 24)).toBeLessThanOrEqual(240);
		// Never a word cut in two, even when it does not fit.
		expect(wrapLabel('Supercalifragilistic', 24, 50)).toEqual(['Supercalifragilistic']);
		// At most maxLines.
		expect(wrapLabel('a b c d e f g h', 24, 10, 3)).toHaveLength(3);
	});
});

describe('relation labels over what the view dims', () => {
	// A dimmed node's box right on the link's middle and every other spot along it.
	const faint: [number, number, number, number] = [0, -6, 200, 6];
	it("lets a lit link's label cover dimmed nodes and labels", () => {
		const lit = { ...link('a', 0, 0, 200, 0), lit: true };
		const { placed } = placeRelationLabels([lit], [], 12, undefined, [faint]);
		expect(placed.map((p) => p.id)).toEqual(['a']);
	});
	it('keeps a link that is not lit, and any label off what is in full view, clear', () => {
		const plain = link('b', 0, 0, 200, 0);
		expect(placeRelationLabels([plain], [], 12, undefined, [faint]).placed).toHaveLength(0);
		const lit = { ...link('a', 0, 0, 200, 0), lit: true };
		expect(placeRelationLabels([lit], [faint], 12).placed).toHaveLength(0);
	});
});
