import type { GraphEdge } from '$lib/model';
import { nodeEdge } from '$lib/scene/edges';
import { LABEL } from '$lib/scene/paint';
import type { RelationLabelMode } from '$lib/scene/relation-labels';
import {
	RELATION_SIZE,
	screenRelationLabels,
	type ScreenRelation
} from '$lib/scene/screen-relations';
import { haloText } from './draw';
import type { CanvasFrame } from './frame';

/** What the canvas needs besides the frame to label its links. */
export interface CanvasRelations {
	mode: RelationLabelMode;
	edges: GraphEdge[];
}

/**
 * Links tried for a label on a large network: only those long enough on screen count, so zoomed
 * out there are few; zoomed in on a dense part, this bounds the placement's work.
 */
const LIMIT = 300;
/**
 * Past this many nodes in view the picture is too dense for relation labels (few would find
 * room, and the placement's work grows with the nodes it must keep clear of): zoom in for them.
 */
const MAX_NODES_IN_VIEW = 1000;

/**
 * Relation labels on the canvas, placed by the scene's rule (as the SVG renderer does) and kept
 * until their inputs change. Never placed while the layout moves: a moving picture has none, and
 * a pan or a zoom redraws the picture last drawn until it settles.
 */
export class RelationLabelCache {
	#key: unknown[] = [];
	#placed: ScreenRelation[] = [];

	/** The labels for frame `f`; placed anew only when what they depend on has changed. */
	of(f: CanvasFrame, r: CanvasRelations | null): ScreenRelation[] {
		if (!r || r.mode === 'none' || f.moving) return [];
		const key = [
			r.mode,
			r.edges,
			f.transform,
			f.positions,
			f.edgeStyles,
			f.nodeStyles,
			f.edgeShown,
			f.nodeShown,
			f.labels,
			f.width,
			f.height
		];
		if (key.length === this.#key.length && key.every((v, i) => v === this.#key[i]))
			return this.#placed;
		this.#key = key;
		this.#placed = place(f, r);
		return this.#placed;
	}
}

function place(f: CanvasFrame, r: CanvasRelations): ScreenRelation[] {
	const p = f.positions,
		ends = f.ends,
		styles = f.nodeStyles;
	const shown: number[] = [];
	for (let j = 0; j < r.edges.length; j++) if (f.edgeShown[j]) shown.push(j);
	// The shown nodes in view (with a node's reach of margin): the labels keep clear of them.
	const t = f.transform;
	const margin = 50 / t.k;
	const [x0, y0] = [-t.x / t.k - margin, -t.y / t.k - margin];
	const [x1, y1] = [(f.width - t.x) / t.k + margin, (f.height - t.y) / t.k + margin];
	const nodes: number[] = [];
	for (let i = 0; i < f.nodeShown.length; i++) {
		if (!f.nodeShown[i]) continue;
		const [x, y] = [p[2 * i]!, p[2 * i + 1]!];
		if (x < x0 || x > x1 || y < y0 || y > y1) continue;
		if (nodes.push(i) > MAX_NODES_IN_VIEW) return [];
	}
	return screenRelationLabels({
		mode: r.mode,
		edges: r.edges,
		shown,
		line: (j) => {
			const a = ends[2 * j]!,
				b = ends[2 * j + 1]!;
			const [sa, sb] = [styles[a], styles[b]];
			if (!sa || !sb || a === b) return undefined;
			const strong = f.edgeStyles[j]?.highlighted ?? false;
			return nodeEdge(p[2 * a]!, p[2 * a + 1]!, sa, p[2 * b]!, p[2 * b + 1]!, sb, false, strong);
		},
		edgeStyles: f.edgeStyles,
		nodeStyles: styles,
		nodes,
		positions: p,
		labels: f.labels,
		transform: f.transform,
		width: f.width,
		height: f.height,
		limit: LIMIT
	});
}

/** Draws placed relation labels in screen pixels, italic, with the node labels' halo. */
export function drawRelationLabels(
	g: CanvasRenderingContext2D,
	placed: readonly ScreenRelation[],
	f: CanvasFrame,
	dpr: number
): void {
	if (placed.length === 0) return;
	haloText(g, f);
	g.font = `italic 400 ${RELATION_SIZE}px system-ui, sans-serif`;
	for (const l of placed) {
		const a = (l.angle * Math.PI) / 180;
		const c = Math.cos(a) * dpr,
			s = Math.sin(a) * dpr;
		g.setTransform(c, s, -s, c, l.x * dpr, l.y * dpr);
		g.globalAlpha = l.faded ? LABEL.fadedOpacity : 1;
		g.strokeText(l.text, 0, 0);
		g.fillText(l.text, 0, 0);
	}
	g.setTransform(dpr, 0, 0, dpr, 0, 0);
	g.globalAlpha = 1;
}
