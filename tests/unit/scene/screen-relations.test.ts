import { describe, expect, it } from 'vitest';
import { polygonsOverlap, boxCorners } from '$lib/scene/relation-labels';
import { screenRelationLabels, type ScreenRelationInput } from '$lib/scene/screen-relations';
import type { EdgeStyle, NodeStyle } from '$lib/scene/style';

const node = (opacity = 1): NodeStyle => ({
	shape: 'circle',
	fill: '#336699',
	outlineDash: null,
	radius: 5,
	opacity,
	ring: false,
	forceLabel: false,
	emphasised: false
});
const edge = (highlighted = false, opacity = 0.7): EdgeStyle => ({
	stroke: '#666',
	width: 1,
	dash: null,
	opacity,
	highlighted
});

/** A row of links, each from (0, 40·j) to (length, 40·j), every one labelled "funds". */
function row(count: number, length: number, over: Partial<ScreenRelationInput> = {}) {
	const positions: number[] = [];
	for (let j = 0; j < count; j++) positions.push(0, 40 * j + 20, length, 40 * j + 20);
	const input: ScreenRelationInput = {
		mode: 'all',
		edges: Array.from({ length: count }, (_, j) => ({ id: `e${j}`, relation: 'funds', weight: j })),
		shown: Array.from({ length: count }, (_, j) => j),
		line: (j) => ({ x1: 0, y1: 40 * j + 20, x2: length, y2: 40 * j + 20 }),
		edgeStyles: Array.from({ length: count }, () => edge()),
		nodeStyles: Array.from({ length: 2 * count }, () => node()),
		nodes: [],
		positions,
		labels: [],
		transform: { x: 0, y: 0, k: 1 },
		width: 1000,
		height: 40 * count + 40,
		...over
	};
	return input;
}

describe('relation labels on screen, for both renderers', () => {
	it('labels every long-enough link in "all", none in "none", only lit ones in "highlighted"', () => {
		expect(screenRelationLabels(row(3, 300)).map((l) => l.id)).toEqual(['e2', 'e1', 'e0']);
		expect(screenRelationLabels(row(3, 300, { mode: 'none' }))).toEqual([]);
		const lit = row(3, 300, { edgeStyles: [edge(), edge(true), edge()] });
		expect(screenRelationLabels({ ...lit, mode: 'highlighted' }).map((l) => l.id)).toEqual(['e1']);
	});

	it('labels a link only when the zoom makes it long enough on screen for its text', () => {
		// 30 layout units: too short at 1×, long enough at 4×.
		expect(screenRelationLabels(row(2, 30))).toEqual([]);
		const near = screenRelationLabels(row(2, 30, { transform: { x: 0, y: 0, k: 4 }, height: 400 }));
		expect(near.map((l) => l.id).sort()).toEqual(['e0', 'e1']);
		// Off screen, a link carries none.
		expect(screenRelationLabels(row(2, 300, { transform: { x: 2000, y: 0, k: 1 } }))).toEqual([]);
	});

	it('tries at most `limit` links, the most important first', () => {
		const lit = row(6, 300, { edgeStyles: [edge(), edge(), edge(true), edge(), edge(), edge()] });
		const two = screenRelationLabels({ ...lit, limit: 2 });
		// The lit link first, then the heaviest of the rest.
		expect(two.map((l) => l.id)).toEqual(['e2', 'e5']);
	});

	it('keeps clear of node shapes and node labels, and fades with a dimmed link', () => {
		// A label box over the middle of link 0, a node over the middle of link 1.
		const input = row(2, 300, {
			labels: [{ id: 'n', i: 0, x: 150, y: 24, box: [110, 10, 190, 30], leader: null }],
			nodes: [2],
			positions: [0, 0, 0, 0, 150, 60, 0, 0],
			nodeStyles: [node(), node(), { ...node(), radius: 12 }, node()],
			edgeStyles: [edge(), edge(false, 0.1)]
		});
		const placed = screenRelationLabels(input);
		expect(placed).toHaveLength(2);
		const blocks = [
			[110, 10, 190, 30],
			[138, 48, 162, 72]
		] as const;
		for (const l of placed)
			for (const b of blocks) expect(polygonsOverlap(l.corners, boxCorners([...b]))).toBe(false);
		expect(placed.find((l) => l.id === 'e1')!.faded).toBe(true);
		expect(placed.find((l) => l.id === 'e0')!.faded).toBe(false);
	});

	it('gives a self-loop (a curve) no label', () => {
		const input = row(1, 300, {
			line: () => ({ x1: 0, y1: 20, x2: 300, y2: 20, curve: [0, 0, 300, 0] })
		});
		expect(screenRelationLabels(input)).toEqual([]);
	});
});
