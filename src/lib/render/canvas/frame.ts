import type { PlacedLabel } from '$lib/scene/labels';
import type { EdgeStyle, NodeStyle } from '$lib/scene/style';
import type { Transform } from '$lib/scene/transform';
import type { StyleTable } from './batches';

/** What the canvas layer paints in one frame; everything in layout units except where it says screen. */
export interface CanvasFrame {
	width: number;
	height: number;
	transform: Transform;
	positions: ArrayLike<number>;
	nodeStyles: NodeStyle[];
	nodeShown: Uint8Array;
	/** Endpoints as node indices: [s0, t0, s1, t1, …]. */
	ends: Uint32Array;
	edgeStyles: EdgeStyle[];
	edgeShown: Uint8Array;
	/** Edges grouped by identical style, so each group is one path and one stroke. */
	edgeBatches: number[][];
	/** Nodes grouped by fill, opacity and outline: one path, one fill and one stroke each. */
	nodeBatches: number[][];
	nodeStyleTable: StyleTable;
	selectedEdge: number;
	pinned: ReadonlySet<number>;
	hulls: { d: string; colour: string }[];
	/** Labels to draw, placed by the scene (screen pixels), with their node and whether each is bold. */
	labels: (PlacedLabel & { i: number; text: string; bold: boolean; faded: boolean })[];
	background: string;
	foreground: string;
	/** The layout is running: a large network's edges are thinned while it moves. */
	moving: boolean;
}
