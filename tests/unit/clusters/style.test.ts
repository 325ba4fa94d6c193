import { describe, expect, it } from 'vitest';
import { shapePath } from '$lib/clusters/shapes';
import {
	createStyleContext,
	DIMMED_NODE,
	edgeStyle,
	nodeRadius,
	NO_EMPHASIS,
	nodeStyle
} from '$lib/clusters/style';
import { PALETTES } from '$lib/clusters/palette';
import { indexGraph, loadDataset } from '$lib/model';

const { dataset } = loadDataset({
	groups: [
		{ id: 'g1', label: 'One' },
		{ id: 'g2', label: 'Two', color: '#123456' }
	],
	types: [
		{ id: 'org', label: 'Org', shape: 'hexagon' },
		{ id: 'person', label: 'Person' }
	],
	nodes: [
		{ id: 'hub', group: 'g1', type: 'org' },
		{ id: 'a', group: 'g2', type: 'person' },
		{ id: 'b' },
		{ id: 'far' }
	],
	edges: [
		{ id: 'h-a', source: 'hub', target: 'a', confidence: 'inferred' },
		{ id: 'h-b', source: 'hub', target: 'b', confidence: 'stated' },
		{ id: 'b-far', source: 'b', target: 'far' }
	]
});
const index = indexGraph(dataset);
const ctx = createStyleContext(dataset, index, 'light');
const node = (id: string) => dataset.nodes.find((n) => n.id === id)!;
const edge = (id: string) => dataset.edges.find((e) => e.id === id)!;

describe('nodeStyle', () => {
	it('takes shape from the type and colour from the group', () => {
		expect(nodeStyle(node('hub'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'hexagon',
			fill: PALETTES.light[0]
		});
		// A declared colour wins; an undeclared shape falls back by position.
		expect(nodeStyle(node('a'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'square',
			fill: '#123456'
		});
		expect(nodeStyle(node('b'), ctx, NO_EMPHASIS)).toMatchObject({
			shape: 'circle',
			fill: ctx.neutral
		});
	});

	it('sizes by degree', () => {
		expect(nodeStyle(node('hub'), ctx, NO_EMPHASIS).radius).toBe(nodeRadius(2));
		expect(nodeRadius(2)).toBeGreaterThan(nodeRadius(1));
		expect(nodeRadius(10_000)).toBe(24);
	});

	it('highlights the active node and its neighbours and dims the rest', () => {
		const em = { ...NO_EMPHASIS, active: 'hub' };
		expect(['hub', 'a', 'b', 'far'].map((id) => nodeStyle(node(id), ctx, em).opacity)).toEqual([
			1,
			1,
			1,
			DIMMED_NODE
		]);
		expect(nodeStyle(node('hub'), ctx, em).forceLabel).toBe(true);
		expect(nodeStyle(node('a'), ctx, em)).toMatchObject({ forceLabel: false, emphasised: true });
		expect(nodeStyle(node('far'), ctx, em)).toMatchObject({ forceLabel: false, emphasised: false });
	});

	it('rings the selected node', () => {
		const em = { ...NO_EMPHASIS, selectedNode: 'a' };
		expect(nodeStyle(node('a'), ctx, em).ring).toBe(true);
		expect(nodeStyle(node('hub'), ctx, em).ring).toBe(false);
	});
});

describe('edgeStyle', () => {
	it('dashes inferred edges only', () => {
		expect(edgeStyle(edge('h-a'), ctx, NO_EMPHASIS).dash).toBe('5 4');
		expect(edgeStyle(edge('h-b'), ctx, NO_EMPHASIS).dash).toBeNull();
		expect(edgeStyle(edge('b-far'), ctx, NO_EMPHASIS).dash).toBeNull();
	});

	it('brings out the edges of the active node', () => {
		const em = { ...NO_EMPHASIS, active: 'a' };
		expect(edgeStyle(edge('h-a'), ctx, em)).toMatchObject({ highlighted: true, opacity: 1 });
		expect(edgeStyle(edge('b-far'), ctx, em).opacity).toBeLessThan(0.2);
	});

	it('brings out a selected edge and its ends', () => {
		const em = { ...NO_EMPHASIS, selectedEdge: 'b-far' };
		expect(edgeStyle(edge('b-far'), ctx, em).highlighted).toBe(true);
		expect(nodeStyle(node('far'), ctx, em).opacity).toBe(1);
		expect(nodeStyle(node('hub'), ctx, em).opacity).toBe(DIMMED_NODE);
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
