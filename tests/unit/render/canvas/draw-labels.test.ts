import { describe, expect, it } from 'vitest';
import { batchNodes, styleTable } from '$lib/render/canvas/batches';
import { drawFrame } from '$lib/render/canvas/draw';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import { SpriteAtlas } from '$lib/render/canvas/sprite-atlas';
import { drawnLabel, LABEL_MAX } from '$lib/scene/text';
import type { NodeStyle } from '$lib/scene/style';
import { fakeCanvases } from './fake-canvas';

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

/** A label placed at (x, y) by the scene, without a leader line. */
const at = (id: string, x: number, y: number) => ({
	id,
	x,
	y,
	box: [x - 10, y - 11, x + 10, y + 3] as [number, number, number, number],
	leader: null
});

describe('labels on the canvas', () => {
	it(`are drawn cut to ${LABEL_MAX} characters, however long the label`, () => {
		const long = 'Iran '.repeat(1_000_000);
		const nodeStyles = [style, style];
		const f: CanvasFrame = {
			width: 100,
			height: 100,
			transform: { x: 0, y: 0, k: 1 },
			positions: [10, 10, 60, 60],
			nodeStyles,
			nodeShown: new Uint8Array([1, 1]),
			ends: new Uint32Array(),
			edgeStyles: [],
			edgeShown: new Uint8Array(),
			edgeBatches: [],
			nodeBatches: batchNodes(nodeStyles),
			nodeStyleTable: styleTable(nodeStyles),
			selectedEdge: -1,
			pinned: new Set(),
			hulls: [],
			labels: [
				{ ...at('a', 10, 30), i: 0, text: long, bold: false, faded: false },
				{ ...at('b', 60, 80), i: 1, text: 'Baku', bold: true, faded: false }
			],
			background: '#ffffff',
			foreground: '#000000',
			moving: false
		};
		const canvases = fakeCanvases();
		const screen = canvases.create(100, 100).getContext('2d')!;
		const written: string[] = [];
		const g = new Proxy(screen, {
			get: (target, key) =>
				key === 'fillText' || key === 'strokeText'
					? (text: string) => written.push(text)
					: Reflect.get(target, key)
		});
		drawFrame(g, f, new SpriteAtlas(canvases.create), 1);
		expect(written).toEqual([drawnLabel(long), drawnLabel(long), 'Baku', 'Baku']);
		expect(drawnLabel(long)).toHaveLength(LABEL_MAX);
	});
});

describe('leader lines on the canvas', () => {
	it('are drawn where the scene placed them, from the node to its label', () => {
		const nodeStyles = [style];
		const leader = { x1: 15, y1: 10, x2: 40, y2: 30 };
		const f: CanvasFrame = {
			width: 100,
			height: 100,
			transform: { x: 0, y: 0, k: 1 },
			positions: [10, 10],
			nodeStyles,
			nodeShown: new Uint8Array([1]),
			ends: new Uint32Array(),
			edgeStyles: [],
			edgeShown: new Uint8Array(),
			edgeBatches: [],
			nodeBatches: batchNodes(nodeStyles),
			nodeStyleTable: styleTable(nodeStyles),
			selectedEdge: -1,
			pinned: new Set(),
			hulls: [],
			labels: [{ ...at('a', 60, 40), leader, i: 0, text: 'Baku', bold: false, faded: false }],
			background: '#ffffff',
			foreground: '#000000',
			moving: false
		};
		const canvases = fakeCanvases();
		const screen = canvases.create(100, 100).getContext('2d')!;
		const calls: string[] = [];
		const g = new Proxy(screen, {
			get: (target, key) =>
				key === 'moveTo' || key === 'lineTo' || key === 'fillText'
					? (...args: unknown[]) => calls.push(`${String(key)} ${args.slice(0, 3).join(' ')}`)
					: Reflect.get(target, key)
		});
		drawFrame(g, f, new SpriteAtlas(canvases.create), 1);
		expect(calls.slice(-3)).toEqual(['moveTo 15 10', 'lineTo 40 30', 'fillText Baku 60 40']);
	});
});
