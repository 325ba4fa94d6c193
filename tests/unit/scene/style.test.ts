import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_EMPHASIS, NO_INPUT } from '$lib/clusters/emphasis';
import { PALETTES } from '$lib/clusters/palette';
import { shapePath } from '$lib/scene/shapes';
import {
	betweennessRadius,
	createStyleContext,
	DIMMED_NODE,
	edgeStyle,
	INFERRED_DASH,
	nodeRadius,
	nodeStyle
} from '$lib/scene/style';
import { dataset, edge, index, node } from '../clusters/fixture';

const clustering = assignClusters(dataset, index, 'group', 'light');
const ctx = createStyleContext(dataset, index, 'light', clustering);
const em = (input: Partial<typeof NO_INPUT>) =>
	computeEmphasis({ ...NO_INPUT, ...input }, dataset, index, clustering);

describe('nodeStyle', () => {
	it('takes shape from the type and colour from the cluster', () => {
		expect(nodeStyle(node('hub'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'hexagon',
			fill: PALETTES.light[0]
		});
		// A declared colour wins; an undeclared shape falls back by position.
		expect(nodeStyle(node('a'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'square',
			fill: '#123456'
		});
		expect(nodeStyle(node('far'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'circle',
			fill: ctx.neutral
		});
	});

	it('sizes by degree, or by betweenness when asked', () => {
		expect(nodeStyle(node('hub'), ctx, NO_EMPHASIS).radius).toBe(nodeRadius(2));
		expect(nodeRadius(2)).toBeGreaterThan(nodeRadius(1));
		expect(nodeRadius(10_000)).toBe(24);
		const b = new Map([
			['hub', 0.5],
			['a', 0],
			['b', 1],
			['far', 0]
		]);
		const byB = createStyleContext(dataset, index, 'light', clustering, 'betweenness', b);
		expect(byB.sizeBy).toBe('betweenness');
		expect(nodeStyle(node('b'), byB, NO_EMPHASIS).radius).toBe(24);
		expect(nodeStyle(node('a'), byB, NO_EMPHASIS).radius).toBe(5);
		expect(betweennessRadius(0.25, 1)).toBeCloseTo(14.5);
		// Without the numbers yet, size stays by degree.
		expect(createStyleContext(dataset, index, 'light', clustering, 'betweenness').sizeBy).toBe(
			'degree'
		);
	});

	it('dims what the emphasis leaves out, but keeps it visible', () => {
		const e = em({ active: 'hub' });
		expect(['hub', 'a', 'b', 'far'].map((id) => nodeStyle(node(id), ctx, e).opacity)).toEqual([
			1,
			1,
			1,
			DIMMED_NODE
		]);
		expect(DIMMED_NODE).toBeGreaterThan(0);
		expect(DIMMED_NODE).toBeLessThanOrEqual(0.4);
		expect(nodeStyle(node('hub'), ctx, e).forceLabel).toBe(true);
		expect(nodeStyle(node('a'), ctx, e)).toMatchObject({ forceLabel: false, emphasised: true });
	});

	it('rings the selected node', () => {
		const e = em({ selectedNode: 'a' });
		expect(nodeStyle(node('a'), ctx, e).ring).toBe(true);
		expect(nodeStyle(node('hub'), ctx, e).ring).toBe(false);
	});
});

describe('edgeStyle', () => {
	it('dashes inferred edges only', () => {
		expect(edgeStyle(edge('h-a'), ctx, NO_EMPHASIS).dash).toBe(INFERRED_DASH);
		expect(edgeStyle(edge('h-b'), ctx, NO_EMPHASIS).dash).toBeNull();
		expect(edgeStyle(edge('b-far'), ctx, NO_EMPHASIS).dash).toBeNull();
	});

	it('brings out the edges the emphasis lights', () => {
		const e = em({ active: 'a' });
		expect(edgeStyle(edge('h-a'), ctx, e)).toMatchObject({ highlighted: true, opacity: 1 });
		expect(edgeStyle(edge('b-far'), ctx, e).opacity).toBeLessThan(0.2);
	});
});

describe('shapePath', () => {
	it('draws closed paths centred on the origin', () => {
		for (const shape of ['circle', 'square', 'diamond', 'triangle', 'hexagon'] as const) {
			const d = shapePath(shape, 10);
			expect(d).toMatch(/^M.*Z$/);
			const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.max(...nums.map(Math.abs))).toBeLessThan(16);
		}
		expect(shapePath('square', 10)).toBe('M-8.86,-8.86L8.86,-8.86L8.86,8.86L-8.86,8.86Z');
	});
});
