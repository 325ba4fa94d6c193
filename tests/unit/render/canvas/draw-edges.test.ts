import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawEdges } from '$lib/render/canvas/draw-edges';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import { selfLoopGeometry } from '$lib/scene/edges';
import type { EdgeStyle, NodeStyle } from '$lib/scene/style';

type Call = [string, ...number[]];

/** A 2D context and Path2D that only record the path calls made on them. */
class RecordingPath {
	calls: Call[] = [];
	moveTo = (x: number, y: number) => this.calls.push(['moveTo', x, y]);
	lineTo = (x: number, y: number) => this.calls.push(['lineTo', x, y]);
	bezierCurveTo = (...v: number[]) => this.calls.push(['bezierCurveTo', ...v]);
	closePath = () => this.calls.push(['closePath']);
}
function recordingContext() {
	const path = new RecordingPath();
	const filled: RecordingPath[] = [];
	const g = Object.assign(path, {
		beginPath: () => {},
		stroke: () => {},
		fill: (p: RecordingPath) => filled.push(p),
		setLineDash: () => {},
		globalAlpha: 1,
		strokeStyle: '',
		fillStyle: '',
		lineWidth: 1
	});
	return { g: g as unknown as CanvasRenderingContext2D, path, filled };
}

const nodeStyle = (radius: number): NodeStyle => ({
	shape: 'circle',
	fill: '#336699',
	outlineDash: null,
	radius,
	opacity: 1,
	ring: false,
	forceLabel: false,
	emphasised: false
});
const edgeStyle: EdgeStyle = {
	stroke: '#888888',
	width: 1,
	dash: null,
	opacity: 1,
	highlighted: false
};

function frame(over: Partial<CanvasFrame> = {}): CanvasFrame {
	return {
		width: 400,
		height: 300,
		transform: { x: 0, y: 0, k: 1 },
		positions: [100, 100, 200, 100],
		nodeStyles: [nodeStyle(8), nodeStyle(6)],
		nodeShown: Uint8Array.of(1, 1),
		// Edge 0 loops on node 0; edge 1 runs from node 0 to node 1.
		ends: Uint32Array.of(0, 0, 0, 1),
		edgeStyles: [edgeStyle, edgeStyle],
		edgeShown: Uint8Array.of(1, 1),
		edgeBatches: [[0, 1]],
		nodeBatches: [],
		nodeStyleTable: { styles: [], of: new Uint32Array(0) } as never,
		selectedEdge: -1,
		pinned: new Set(),
		hulls: [],
		labels: [],
		background: '#ffffff',
		foreground: '#000000',
		moving: false,
		...over
	};
}
const everywhere = { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 };

describe('drawEdges on a canvas', () => {
	const saved = (globalThis as { Path2D?: unknown }).Path2D;
	beforeEach(() => {
		(globalThis as { Path2D?: unknown }).Path2D = RecordingPath;
	});
	afterEach(() => {
		(globalThis as { Path2D?: unknown }).Path2D = saved;
	});

	it('draws a self-loop as the scene’s curve with its arrowhead, beside straight edges', () => {
		const { g, path, filled } = recordingContext();
		drawEdges(g, frame(), everywhere, 1);
		const loop = selfLoopGeometry(100, 100, 'circle', 8);
		expect(path.calls.slice(0, 2)).toEqual([
			['moveTo', loop.x1, loop.y1],
			['bezierCurveTo', ...loop.curve, loop.x2, loop.y2]
		]);
		expect(path.calls[3]![0]).toBe('lineTo');
		// Two heads, the loop's first, tip where the scene puts it.
		expect(filled).toHaveLength(1);
		expect(filled[0]!.calls.filter((c) => c[0] === 'closePath')).toHaveLength(2);
		expect(filled[0]!.calls[0]).toEqual(['moveTo', loop.head[0], loop.head[1]]);
	});

	it('draws the loop even where heads are left out, and the selected loop as its curve', () => {
		const { g, path } = recordingContext();
		drawEdges(g, frame({ transform: { x: 0, y: 0, k: 0.05 }, selectedEdge: 0 }), everywhere, 1);
		expect(path.calls.filter((c) => c[0] === 'bezierCurveTo')).toHaveLength(2);
	});

	it('leaves out a loop wholly outside the window, and keeps one that reaches into it', () => {
		const { g, path } = recordingContext();
		const loop = selfLoopGeometry(100, 100, 'circle', 8);
		drawEdges(
			g,
			frame({ edgeShown: Uint8Array.of(1, 0) }),
			{ minX: 200, minY: 0, maxX: 300, maxY: 300 },
			1
		);
		expect(path.calls).toEqual([]);
		drawEdges(
			g,
			frame({ edgeShown: Uint8Array.of(1, 0) }),
			{ minX: loop.head[0] - 1, minY: 0, maxX: 300, maxY: 300 },
			1
		);
		expect(path.calls.filter((c) => c[0] === 'bezierCurveTo')).toHaveLength(1);
	});
});
