import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '$lib/model';
import { batchNodes, styleTable } from '$lib/render/canvas/batches';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import { RelationLabelCache } from '$lib/render/canvas/relation-labels';
import type { NodeStyle } from '$lib/scene/style';

const style: NodeStyle = {
	shape: 'circle',
	fill: '#336699',
	outlineDash: null,
	radius: 5,
	opacity: 1,
	ring: false,
	forceLabel: false,
	emphasised: false
};
const nodeStyles = [style, style, style];
const edges: GraphEdge[] = [
	{ id: 'ab', source: 'a', target: 'b', relation: 'funds', sources: [], weight: 1, attributes: {} },
	{
		id: 'aa',
		source: 'a',
		target: 'a',
		relation: 'funds itself',
		sources: [],
		weight: 1,
		attributes: {}
	},
	{ id: 'bc', source: 'b', target: 'c', relation: 'runs', sources: [], weight: 1, attributes: {} }
];
const edgeStyle = { stroke: '#666', width: 1, dash: null, opacity: 0.7, highlighted: false };

function frame(over: Partial<CanvasFrame> = {}): CanvasFrame {
	return {
		width: 400,
		height: 200,
		transform: { x: 0, y: 0, k: 1 },
		positions: [20, 50, 380, 50, 380, 52],
		nodeStyles,
		nodeShown: new Uint8Array([1, 1, 1]),
		ends: new Uint32Array([0, 1, 0, 0, 1, 2]),
		edgeStyles: [edgeStyle, edgeStyle, edgeStyle],
		edgeShown: new Uint8Array([1, 1, 1]),
		edgeBatches: [],
		nodeBatches: batchNodes(nodeStyles),
		nodeStyleTable: styleTable(nodeStyles),
		selectedEdge: -1,
		pinned: new Set(),
		hulls: [],
		labels: [],
		background: '#fff',
		foreground: '#000',
		moving: false,
		...over
	};
}

describe('relation labels on the canvas', () => {
	it('labels the long straight link only: not the loop, not the link too short on screen', () => {
		const placed = new RelationLabelCache().of(frame(), { mode: 'all', edges });
		expect(placed.map((l) => l.id)).toEqual(['ab']);
		expect(placed[0]!.text).toBe('funds');
	});

	it('places none while the layout moves, and none when the view asks for none', () => {
		const cache = new RelationLabelCache();
		expect(cache.of(frame({ moving: true }), { mode: 'all', edges })).toEqual([]);
		expect(cache.of(frame(), { mode: 'none', edges })).toEqual([]);
		expect(cache.of(frame(), null)).toEqual([]);
	});

	it('places again only when what the labels depend on changes', () => {
		const cache = new RelationLabelCache();
		const f = frame();
		const r = { mode: 'all' as const, edges };
		const first = cache.of(f, r);
		expect(cache.of({ ...f }, { ...r })).toBe(first);
		const panned = cache.of({ ...f, transform: { x: 0, y: 40, k: 1 } }, r);
		expect(panned).not.toBe(first);
		expect(panned[0]!.y).toBeCloseTo(first[0]!.y + 40);
	});

	it('places none while more than 1,000 nodes are in view: zoomed out, the picture is too dense', () => {
		const many = 1100;
		const styles = Array.from({ length: 3 + many }, () => style);
		// A crowd below the link: out of a short view, in a tall one (as zooming out brings it in).
		const positions = [20, 50, 380, 50, 380, 52];
		for (let i = 0; i < many; i++) positions.push((i % 40) * 10, 2000 + Math.floor(i / 40) * 10);
		const f = frame({
			positions,
			nodeStyles: styles,
			nodeShown: new Uint8Array(3 + many).fill(1),
			nodeBatches: batchNodes(styles),
			nodeStyleTable: styleTable(styles)
		});
		const r = { mode: 'all' as const, edges };
		expect(new RelationLabelCache().of(f, r).map((l) => l.id)).toEqual(['ab']);
		const out = { ...f, height: 3000, transform: { x: 0, y: 0, k: 1 } };
		expect(new RelationLabelCache().of(out, r)).toEqual([]);
	});
});
