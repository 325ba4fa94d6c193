import type { Slide } from './story.ts';

/** The shapes a node type can be drawn as. */
export const SHAPES = [
	'circle',
	'square',
	'diamond',
	'triangle',
	'hexagon',
	'triangle-down',
	'pentagon',
	'star',
	'cross'
] as const;
export type Shape = (typeof SHAPES)[number];

export const CONFIDENCES = ['stated', 'inferred'] as const;
/** `stated`: the source says it. `inferred`: the dataset's author concludes it. */
export type Confidence = (typeof CONFIDENCES)[number];

export interface Citation {
	source: string;
	locator?: string;
}

/** Years, inclusive; either end may be open. */
export interface Period {
	from?: number;
	to?: number;
}

export interface Source {
	id: string;
	title: string;
	publisher?: string;
	url?: string;
	date?: string;
}

export interface Group {
	id: string;
	label: string;
	description?: string;
	color?: string;
}

export interface NodeType {
	id: string;
	label: string;
	shape?: Shape;
}

/** Fields the format does not know, kept so they can be shown as attributes. */
export type Attributes = Record<string, unknown>;

export interface GraphNode {
	id: string;
	label: string;
	type?: string;
	group?: string;
	aliases: string[];
	description?: string;
	confidence?: Confidence;
	period?: Period;
	sources: Citation[];
	x?: number;
	y?: number;
	attributes: Attributes;
}

export interface GraphEdge {
	id: string;
	source: string;
	target: string;
	relation?: string;
	description?: string;
	confidence?: Confidence;
	period?: Period;
	sources: Citation[];
	weight: number;
	attributes: Attributes;
}

export interface TimelineEvent {
	date: string;
	label: string;
	description?: string;
	sources: Citation[];
	/** The nodes the event concerns; empty when it names none. */
	nodes: string[];
}

/** A dataset after validation and normalisation: every optional list is present. */
export interface Dataset {
	title: string;
	summary: string;
	sources: Source[];
	groups: Group[];
	types: NodeType[];
	nodes: GraphNode[];
	edges: GraphEdge[];
	events: TimelineEvent[];
	/** The briefing the file carries (`story`), if any: slides of saved views. */
	story?: Slide[];
	attributes: Attributes;
}
