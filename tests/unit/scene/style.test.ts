import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '$lib/model/types';
import { OUTLINE_DASHES } from '$lib/scene/paint';
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
	nodeStyle,
	typeShapes
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
		for (const shape of SHAPES) {
			const d = shapePath(shape, 10);
			expect(d).toMatch(/^M.*Z$/);
			const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(Math.max(...nums.map(Math.abs))).toBeLessThan(16);
		}
		expect(shapePath('square', 10)).toBe('M-8.86,-8.86L8.86,-8.86L8.86,8.86L-8.86,8.86Z');
	});
});

describe('typeShapes', () => {
	const key = (m: ReturnType<typeof typeShapes>, id: string) =>
		`${m.shape.get(id)} ${m.dash.get(id)}`;

	it('gives each of as many types as there are shapes its own shape, with a plain outline', () => {
		const types = SHAPES.map((_, i) => ({ id: `t${i}`, label: `T${i}` }));
		const m = typeShapes(types);
		expect(new Set(types.map((t) => m.shape.get(t.id))).size).toBe(SHAPES.length);
		for (const t of types) expect(m.dash.get(t.id)).toBeNull();
	});

	it('keeps types past the shapes apart by a dashed outline', () => {
		const types = Array.from({ length: 2 * SHAPES.length + 3 }, (_, i) => ({
			id: `t${i}`,
			label: `T${i}`
		}));
		const m = typeShapes(types);
		const keys = new Set(types.map((t) => key(m, t.id)));
		expect(keys.size).toBe(types.length);
		// The tenth type reuses a shape and is told apart by the first dash.
		expect(m.dash.get(`t${SHAPES.length}`)).toBe(OUTLINE_DASHES[1]);
		expect(m.dash.get(`t${2 * SHAPES.length}`)).toBe(OUTLINE_DASHES[2]);
	});

	it('leaves declared shapes alone and steers undeclared ones to unused shapes', () => {
		const m = typeShapes([
			{ id: 'a', label: 'A', shape: 'circle' },
			{ id: 'b', label: 'B' },
			{ id: 'c', label: 'C', shape: 'square' },
			{ id: 'd', label: 'D', shape: 'circle' }
		]);
		expect(m.shape.get('a')).toBe('circle');
		expect(m.shape.get('c')).toBe('square');
		// b's place in the list is square's, taken: it gets the next free shape.
		expect(m.shape.get('b')).toBe('diamond');
		// Two types that both declare a circle differ by outline.
		expect(m.shape.get('d')).toBe('circle');
		expect(m.dash.get('a')).toBeNull();
		expect(m.dash.get('d')).toBe(OUTLINE_DASHES[1]);
	});

	it('draws a dashed type dashed whatever its cluster', () => {
		const types = Array.from({ length: SHAPES.length + 1 }, (_, i) => ({ id: `t${i}`, label: '' }));
		const many = { ...dataset, types, nodes: [{ ...node('hub'), type: `t${SHAPES.length}` }] };
		const c = createStyleContext(many, index, 'light', clustering);
		expect(nodeStyle(many.nodes[0]!, c, NO_EMPHASIS).outlineDash).toBe(OUTLINE_DASHES[1]);
	});

	it('gives the bundled dataset nine types nine shapes', () => {
		const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'));
		const m = typeShapes(raw.types);
		expect(raw.types).toHaveLength(9);
		expect(new Set(m.shape.values()).size).toBe(9);
		expect([...m.dash.values()].every((d) => d === null)).toBe(true);
	});
});
