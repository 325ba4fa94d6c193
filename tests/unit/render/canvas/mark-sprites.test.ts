import { beforeAll, describe, expect, it, vi } from 'vitest';
import { styleTable } from '$lib/render/canvas/batches';
import { drawNodes } from '$lib/render/canvas/draw-nodes';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import { SpriteAtlas } from '$lib/render/canvas/sprite-atlas';
import { nodeConfidenceDash } from '$lib/scene/confidence';
import type { NodeStyle } from '$lib/scene/style';
import { circleStyle, fakeCanvases, nodeFrame } from './fake-canvas';

const inferred = nodeConfidenceDash({ confidence: 'inferred' })!;
const reported = nodeConfidenceDash({ confidence: 'reported' })!;
const colours = { foreground: '#000000', background: '#ffffff' };
const marked = (over: Partial<NodeStyle>, radius = 5): NodeStyle => ({
	...circleStyle('#336699', radius),
	...over
});

/** `count` nodes on a row, every other one inferred, at zoom `k`. */
function frame(count: number, k: number, radius = 5): CanvasFrame {
	const nodeStyles = Array.from({ length: count }, (_, i) =>
		marked({ confidenceDash: i % 2 ? inferred : null }, radius)
	);
	const positions = Array.from({ length: count }, (_, i) => [10 + (i % 30) * 12, 20 + i / 30]);
	return nodeFrame(nodeStyles, positions.flat(), { width: 400, height: 100, k });
}

/** The screen canvas's 2D calls, counted by name; the fake paints nothing itself. */
function countingContext() {
	const calls = new Map<string, number>();
	const canvas = { width: 400, height: 100 };
	const g = new Proxy({ canvas } as Record<string | symbol, unknown>, {
		get: (target, key) =>
			key in target
				? target[key]
				: () => void calls.set(String(key), (calls.get(String(key)) ?? 0) + 1)
	});
	return { g: g as unknown as CanvasRenderingContext2D, calls };
}

describe('confidence marks as pictures', () => {
	// Node has no Path2D; the fake contexts never look inside one.
	beforeAll(() => {
		vi.stubGlobal('Path2D', class {});
		return () => vi.unstubAllGlobals();
	});

	it('tells apart styles that differ only by their marks, so each style has one mark picture', () => {
		const table = styleTable([
			marked({ confidenceDash: null }),
			marked({ confidenceDash: inferred }),
			marked({ confidenceDash: reported }),
			marked({ confidenceDash: inferred }),
			marked({ membershipMark: true })
		]);
		expect([...table.ids]).toEqual([0, 1, 2, 1, 3]);
	});

	it('makes one picture per mark and size step, none for a node without marks', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		expect(atlas.markFor(marked({ confidenceDash: null }), 1, colours)).toBeNull();
		expect(atlas.made).toBe(0);
		const ring = atlas.markFor(marked({ confidenceDash: inferred }), 1, colours);
		expect(ring).not.toBeNull();
		// An equal style, and 2 % more zoom, find the same picture; 20 % more zoom does not.
		expect(atlas.markFor(marked({ confidenceDash: inferred }), 1.02, colours)).toBe(ring);
		expect(atlas.markFor(marked({ confidenceDash: inferred }), 1.2, colours)).not.toBe(ring);
		// Another dash, another colour scheme (dark theme), a dot in another group colour: new ones.
		expect(atlas.markFor(marked({ confidenceDash: reported }), 1, colours)).not.toBe(ring);
		const dark = { foreground: '#ffffff', background: '#000000' };
		expect(atlas.markFor(marked({ confidenceDash: inferred }), 1, dark)).not.toBe(ring);
		const dot = atlas.markFor(marked({ membershipMark: true }), 1, colours);
		expect(atlas.markFor(marked({ membershipMark: true, fill: '#993366' }), 1, colours)).not.toBe(
			dot
		);
		expect(atlas.made).toBe(6);
		// The picture holds the whole ring: wider than the node's own picture would be.
		const node = atlas.spriteFor(marked({}), 1, '#ffffff');
		expect(ring!.size).toBeGreaterThan(node.size);
	});

	it('draws small nodes’ rings without a stroke per node: the work does not grow with the nodes', () => {
		const strokes = (count: number) => {
			const atlas = new SpriteAtlas(fakeCanvases().create);
			const { g, calls } = countingContext();
			drawNodes(g, frame(count, 1), atlas, { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 }, 1);
			return { strokes: calls.get('stroke') ?? 0, dashes: calls.get('setLineDash') ?? 0, atlas };
		};
		const few = strokes(10),
			many = strokes(400);
		expect([few.strokes, few.dashes]).toEqual([0, 0]);
		expect([many.strokes, many.dashes]).toEqual([0, 0]);
		// One node picture and one ring picture, however many nodes share them.
		expect([few.atlas.made, many.atlas.made]).toEqual([2, 2]);
	});

	it('still strokes each ring when nodes are large on screen (drawn as paths)', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		const { g, calls } = countingContext();
		drawNodes(g, frame(10, 6), atlas, { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 }, 1);
		// One stroke per node batch (one here), then one per inferred node's ring.
		expect(calls.get('stroke')).toBe(1 + 5);
		expect(atlas.made).toBe(0);
	});
});
