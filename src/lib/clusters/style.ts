import type { GraphIndex } from '../model/graph-index';
import type { Dataset, GraphEdge, GraphNode, Shape } from '../model/types';
import { categoryColour, EDGE_COLOUR, NEUTRAL, type Theme } from './palette';

/** What the picture emphasises right now; the page's ViewState produces it. */
export interface Emphasis {
	/** The node under the pointer or keyboard focus: it and its neighbours stand out. */
	active: string | null;
	selectedNode: string | null;
	selectedEdge: string | null;
}

export const NO_EMPHASIS: Emphasis = { active: null, selectedNode: null, selectedEdge: null };

/** Everything about a dataset the style functions need, computed once per dataset and theme. */
export interface StyleContext {
	theme: Theme;
	index: GraphIndex;
	groupColour: Map<string, string>;
	typeShape: Map<string, Shape>;
	neutral: string;
	edgeColour: string;
}

const FALLBACK_SHAPES: Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon'];

export function createStyleContext(
	dataset: Dataset,
	index: GraphIndex,
	theme: Theme
): StyleContext {
	const groupColour = new Map<string, string>();
	dataset.groups.forEach((g, i) => groupColour.set(g.id, g.color ?? categoryColour(i, theme)));
	const typeShape = new Map<string, Shape>();
	dataset.types.forEach((t, i) =>
		typeShape.set(t.id, t.shape ?? FALLBACK_SHAPES[i % FALLBACK_SHAPES.length]!)
	);
	return {
		theme,
		index,
		groupColour,
		typeShape,
		neutral: NEUTRAL[theme],
		edgeColour: EDGE_COLOUR[theme]
	};
}

export interface NodeStyle {
	shape: Shape;
	fill: string;
	radius: number;
	opacity: number;
	/** A ring drawn around selected nodes. */
	ring: boolean;
	/** The focused or selected node's label is shown whatever the crowding. */
	forceLabel: boolean;
	/** Emphasised nodes (the focus and its neighbours) win label collisions over the rest. */
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

export const DIMMED_NODE = 0.22;
export const DIMMED_EDGE = 0.1;

/** Node size grows with the square root of degree, so hubs stand out without swamping the rest. */
export function nodeRadius(degree: number): number {
	return Math.min(24, 5 + 2.6 * Math.sqrt(degree));
}

function emphasised(ctx: StyleContext, em: Emphasis): Set<string> | null {
	const focus = em.active ?? em.selectedNode;
	if (focus !== null) {
		const set = new Set(ctx.index.neighbours.get(focus) ?? []);
		set.add(focus);
		return set;
	}
	if (em.selectedEdge !== null) {
		const e = ctx.index.edgeById.get(em.selectedEdge);
		if (e) return new Set([e.source, e.target]);
	}
	return null;
}

/** How a node looks under the current emphasis; used by the screen and (later) the exporter. */
export function nodeStyle(node: GraphNode, ctx: StyleContext, em: Emphasis): NodeStyle {
	const lit = emphasised(ctx, em);
	const isLit = lit === null || lit.has(node.id);
	return {
		shape: (node.type && ctx.typeShape.get(node.type)) || 'circle',
		fill: (node.group && ctx.groupColour.get(node.group)) || ctx.neutral,
		radius: nodeRadius(ctx.index.degree.get(node.id) ?? 0),
		opacity: isLit ? 1 : DIMMED_NODE,
		ring: em.selectedNode === node.id,
		forceLabel:
			node.id === em.active ||
			node.id === em.selectedNode ||
			(em.active === null && em.selectedNode === null && lit !== null && lit.has(node.id)),
		emphasised: lit !== null && lit.has(node.id)
	};
}

export function edgeStyle(edge: GraphEdge, ctx: StyleContext, em: Emphasis): EdgeStyle {
	const focus = em.active ?? em.selectedNode;
	let highlighted = false;
	let dim = false;
	if (focus !== null) {
		highlighted = edge.source === focus || edge.target === focus;
		dim = !highlighted;
	} else if (em.selectedEdge !== null) {
		highlighted = edge.id === em.selectedEdge;
		dim = !highlighted;
	}
	return {
		stroke: ctx.edgeColour,
		width: (highlighted ? 2 : 1.25) * Math.min(3, Math.max(1, Math.sqrt(edge.weight))),
		dash: edge.confidence === 'inferred' ? '5 4' : null,
		opacity: dim ? DIMMED_EDGE : highlighted ? 1 : 0.7,
		highlighted
	};
}
