import type { GraphIndex } from '../model/graph-index';
import type { Dataset, GraphEdge, GraphNode, Shape } from '../model/types';
import type { Clustering } from '../clusters/assign';
import type { Emphasis } from '../clusters/emphasis';
import { EDGE_COLOUR, NEUTRAL, type Theme } from '../clusters/palette';
import { outlineDash } from './paint';

export const SIZE_MODES = ['degree', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_MODES)[number];

/** Everything the style functions need, computed once per dataset, theme, colouring and sizing. */
export interface StyleContext {
	theme: Theme;
	index: GraphIndex;
	clustering: Clustering;
	typeShape: Map<string, Shape>;
	/** Drawn radius of each node. */
	radius: Map<string, number>;
	sizeBy: SizeBy;
	neutral: string;
	edgeColour: string;
}

const FALLBACK_SHAPES: Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon'];

/** Node size grows with the square root of degree, so hubs stand out without swamping the rest. */
export function nodeRadius(degree: number): number {
	return Math.min(24, 5 + 2.6 * Math.sqrt(degree));
}

/** Betweenness (0–1) mapped onto the same range of sizes as degree. */
export function betweennessRadius(value: number, max: number): number {
	return 5 + 19 * Math.sqrt(max > 0 ? value / max : 0);
}

export function createStyleContext(
	dataset: Dataset,
	index: GraphIndex,
	theme: Theme,
	clustering: Clustering,
	sizeBy: SizeBy = 'degree',
	betweenness?: Map<string, number>
): StyleContext {
	const typeShape = new Map<string, Shape>();
	dataset.types.forEach((t, i) =>
		typeShape.set(t.id, t.shape ?? FALLBACK_SHAPES[i % FALLBACK_SHAPES.length]!)
	);
	const bySize = sizeBy === 'betweenness' && betweenness !== undefined;
	const max = bySize ? Math.max(0, ...betweenness.values()) : 0;
	const radius = new Map(
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
		radius,
		sizeBy: bySize ? 'betweenness' : 'degree',
		neutral: NEUTRAL[theme],
		edgeColour: EDGE_COLOUR[theme]
	};
}

export interface NodeStyle {
	shape: Shape;
	fill: string;
	/** Dash pattern of the outline: clusters past the palette's 12 colours differ by it. */
	outlineDash: string | null;
	radius: number;
	opacity: number;
	/** A ring drawn around selected nodes. */
	ring: boolean;
	/** The label is shown whatever the crowding. */
	forceLabel: boolean;
	/** Part of what is emphasised: wins label collisions and is drawn bold. */
	emphasised: boolean;
}

export interface EdgeStyle {
	stroke: string;
	width: number;
	/** SVG stroke-dasharray, or null for a solid line. */
	dash: string | null;
	opacity: number;
	highlighted: boolean;
}

/** Dimmed, yet visible: at most 0.4 so the emphasis reads, above 0 so context stays. */
export const DIMMED_NODE = 0.22;
export const DIMMED_EDGE = 0.1;
export const INFERRED_DASH = '5 4';

/** How a node looks under the current emphasis; the screen and the exporter both use it. */
export function nodeStyle(node: GraphNode, ctx: StyleContext, em: Emphasis): NodeStyle {
	const cluster = ctx.clustering.byId.get(ctx.clustering.of.get(node.id) ?? '');
	const lit = em.lit === null || em.lit.has(node.id);
	return {
		shape: (node.type && ctx.typeShape.get(node.type)) || 'circle',
		fill: cluster?.colour ?? ctx.neutral,
		outlineDash: cluster ? outlineDash(cluster.variant) : null,
		radius: ctx.radius.get(node.id) ?? nodeRadius(0),
		opacity: lit ? 1 : DIMMED_NODE,
		ring: em.selectedNode === node.id,
		forceLabel: em.forced.has(node.id),
		emphasised: em.lit !== null && em.lit.has(node.id)
	};
}

export function edgeStyle(edge: GraphEdge, ctx: StyleContext, em: Emphasis): EdgeStyle {
	const highlighted = em.litEdges !== null && em.litEdges.has(edge.id);
	const dim = em.lit !== null && !highlighted;
	return {
		stroke: ctx.edgeColour,
		width: (highlighted ? 2 : 1.25) * Math.min(3, Math.max(1, Math.sqrt(edge.weight))),
		dash: edge.confidence === 'inferred' ? INFERRED_DASH : null,
		opacity: dim ? DIMMED_EDGE : highlighted ? 1 : 0.7,
		highlighted
	};
}
