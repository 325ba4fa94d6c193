import type { GraphIndex } from '../model/graph-index';
import { SHAPES, type Dataset, type GraphEdge, type GraphNode, type Shape } from '../model/types';
import type { Clustering } from '../clusters/assign';
import type { Emphasis } from '../clusters/emphasis';
import { EDGE_COLOUR, NEUTRAL, type Theme } from '../clusters/palette';
import { confidenceDash, membershipInferred, nodeConfidenceDash } from './confidence';
import { outlineDash } from './paint';

export const SIZE_MODES = ['degree', 'betweenness', 'file'] as const;
export type SizeBy = (typeof SIZE_MODES)[number];

/** Everything the style functions need, computed once per dataset, theme, colouring and sizing. */
export interface StyleContext {
	theme: Theme;
	index: GraphIndex;
	clustering: Clustering;
	typeShape: Map<string, Shape>;
	/** Outline dash of each type whose shape an earlier type already has (see typeShapes). */
	typeDash: Map<string, string | null>;
	/** Drawn radius of each node. */
	radius: Map<string, number>;
	sizeBy: SizeBy;
	neutral: string;
	edgeColour: string;
}

/** Node size grows with the square root of degree, so hubs stand out without swamping the rest. */
export function nodeRadius(degree: number): number {
	return Math.min(24, 5 + 2.6 * Math.sqrt(degree));
}

/** Each node's drawn radius, in node order: the layout keeps nodes apart by it. */
export function drawnRadii(nodes: readonly GraphNode[], ctx: StyleContext): Float64Array {
	return Float64Array.from(nodes, (n) => ctx.radius.get(n.id) ?? nodeRadius(0));
}

/** Betweenness (0–1) mapped onto the same range of sizes as degree. */
export function betweennessRadius(value: number, max: number): number {
	return 5 + 19 * Math.sqrt(max > 0 ? value / max : 0);
}

/**
 * Each type's shape and outline dash. A type that declares no shape takes the shape at its position
 * in SHAPES, or the next one no type has yet; once every shape is taken, the least used. The n-th
 * type to share a shape gets the n-th outline dash (as clusters past the palette do), so types stay
 * apart when there are more of them than shapes.
 */
export function typeShapes(types: Dataset['types']): {
	shape: Map<string, Shape>;
	dash: Map<string, string | null>;
} {
	const used = new Map<Shape, number>();
	const shape = new Map<string, Shape>();
	const dash = new Map<string, string | null>();
	const take = (id: string, s: Shape) => {
		const n = used.get(s) ?? 0;
		used.set(s, n + 1);
		shape.set(id, s);
		dash.set(id, outlineDash(n));
	};
	for (const t of types) if (t.shape) take(t.id, t.shape);
	types.forEach((t, i) => {
		if (t.shape) return;
		let best: Shape = SHAPES[i % SHAPES.length]!;
		for (let k = 0; k < SHAPES.length; k++) {
			const s = SHAPES[(i + k) % SHAPES.length]!;
			if ((used.get(s) ?? 0) < (used.get(best) ?? 0)) best = s;
		}
		take(t.id, best);
	});
	return { shape, dash };
}

export function createStyleContext(
	dataset: Dataset,
	index: GraphIndex,
	theme: Theme,
	clustering: Clustering,
	sizeBy: SizeBy = 'degree',
	betweenness?: Map<string, number>,
	/** Radii from the file's sizes (file-sizes.ts), for sizeBy "file"; loaded when first asked. */
	fileRadii?: Map<string, number> | null
): StyleContext {
	const { shape: typeShape, dash: typeDash } = typeShapes(dataset.types);
	// Sizes from the file (see file-sizes.ts), when it gives any.
	const fromFile = sizeBy === 'file' ? (fileRadii ?? null) : null;
	const bySize = sizeBy === 'betweenness' && betweenness !== undefined;
	const max = bySize ? Math.max(0, ...betweenness.values()) : 0;
	const radius =
		fromFile ??
		new Map(
			dataset.nodes.map((n) => [
				n.id,
				bySize
					? betweennessRadius(betweenness.get(n.id) ?? 0, max)
					: nodeRadius(index.degree.get(n.id) ?? 0)
			])
		);
	return {
		theme,
		index,
		clustering,
		typeShape,
		typeDash,
		radius,
		sizeBy: fromFile ? 'file' : bySize ? 'betweenness' : 'degree',
		neutral: NEUTRAL[theme],
		edgeColour: EDGE_COLOUR[theme]
	};
}

export interface NodeStyle {
	shape: Shape;
	fill: string;
	/** Dash pattern of the outline: types past the shapes, and clusters past the colours, differ by it. */
	outlineDash: string | null;
	radius: number;
	opacity: number;
	/** A ring drawn around selected nodes. */
	ring: boolean;
	/** The label is shown whatever the crowding. */
	forceLabel: boolean;
	/** Part of what is emphasised: wins label collisions and is drawn bold. */
	emphasised: boolean;
	/** Dash of the ring that marks a reported or inferred node (scene/confidence); null: stated. */
	confidenceDash?: string | null;
	/** The node's group is the dataset author's inference: a small hollow dot marks it. */
	membershipMark?: boolean;
}

export interface EdgeStyle {
	stroke: string;
	width: number;
	/** SVG stroke-dasharray by confidence (scene/confidence), or null for a solid (stated) line. */
	dash: string | null;
	opacity: number;
	highlighted: boolean;
}

/** Dimmed, yet visible: at most 0.4 so the emphasis reads, above 0 so context stays. */
export const DIMMED_NODE = 0.22;
export const DIMMED_EDGE = 0.1;
/** An unweighted inferred edge's dash; every level's pattern is in scene/confidence. */
export const INFERRED_DASH = confidenceDash('inferred', 1.25)!;

/** How a node looks under the current emphasis; the screen and the exporter both use it. */
export function nodeStyle(node: GraphNode, ctx: StyleContext, em: Emphasis): NodeStyle {
	const cluster = ctx.clustering.byId.get(ctx.clustering.of.get(node.id) ?? '');
	const lit = em.lit === null || em.lit.has(node.id);
	return {
		shape: (node.type && ctx.typeShape.get(node.type)) || 'circle',
		fill: cluster?.colour ?? ctx.neutral,
		// A type's dash tells apart types that share a shape; a cluster's, clusters that share a colour.
		outlineDash:
			(node.type && ctx.typeDash.get(node.type)) || (cluster ? outlineDash(cluster.variant) : null),
		radius: ctx.radius.get(node.id) ?? nodeRadius(0),
		opacity: lit ? 1 : DIMMED_NODE,
		ring: em.selectedNode === node.id,
		forceLabel: em.forced.has(node.id),
		emphasised: em.lit !== null && em.lit.has(node.id),
		confidenceDash: nodeConfidenceDash(node),
		// Only where colour shows the group is the group's claim in the picture.
		membershipMark: ctx.clustering.mode === 'group' && membershipInferred(node)
	};
}

export function edgeStyle(edge: GraphEdge, ctx: StyleContext, em: Emphasis): EdgeStyle {
	const highlighted = em.litEdges !== null && em.litEdges.has(edge.id);
	const dim = em.lit !== null && !highlighted;
	const width = (highlighted ? 2 : 1.25) * Math.min(3, Math.max(1, Math.sqrt(edge.weight)));
	return {
		stroke: ctx.edgeColour,
		width,
		dash: confidenceDash(edge.confidence, width),
		opacity: dim ? DIMMED_EDGE : highlighted ? 1 : 0.7,
		highlighted
	};
}
