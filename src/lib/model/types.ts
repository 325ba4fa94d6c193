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

export const CONFIDENCES = ['stated', 'reported', 'inferred'] as const;
/**
 * `stated`: the source asserts it in its own voice. `reported`: the source relays it from someone
 * else or hedges it ("reportedly", "allegedly", an unnamed expert). `inferred`: the dataset's
 * author concludes it.
 */
export type Confidence = (typeof CONFIDENCES)[number];

export {
	CREDIBILITIES,
	RELIABILITIES,
	type Credibility,
	type GradeFloor,
	type Reliability
} from './grade-scales.ts';
import type { Credibility, Reliability } from './grade-scales.ts';

export interface Citation {
	source: string;
	locator?: string;
	/** How credible the cited information is (1–6). */
	credibility?: Credibility;
	/** The id of a source the cited passage relays (e.g. a news report it quotes). */
	via?: string;
	/** The source's own qualifying words for this claim, e.g. "reportedly". */
	hedge?: string;
}

/** One party a source relays: another source of the file, or an intermediary described in words. */
export type RelayStep = { source: string } | { label: string; description?: string };

/** Years, inclusive; either end may be open. */
export interface Period {
	from?: number;
	to?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface Source {
	id: string;
	title: string;
	publisher?: string;
	url?: string;
	/** The older name of `published`; kept as the file gave it. */
	date?: string;
	/** When the source was published (or last modified); `date` when only that is given. */
	published?: PartialDate;
	/** When the source's information dates from, when that differs from publication. */
	informationDate?: PartialDate;
	reliability?: Reliability;
	/** Whom the source relays, nearest first. */
	via?: RelayStep[];
	/** Why it is graded so, how it relays; plain text. */
	note?: string;
}

/** A relation of the vocabulary; edges refer to it by `id`. */
export interface Relation {
	id: string;
	/** Read "source → label → target". Defaults to the id. */
	label: string;
	/** The label read backwards, "target → inverse → source", e.g. "is funded by". */
	inverse?: string;
	description?: string;
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
	/** How sure the node's place in its group is, when it differs from `confidence`. */
	groupConfidence?: Confidence;
	/** Why the element has its confidence (e.g. stated although the paragraph hedges). */
	confidenceNote?: string;
	period?: Period;
	/** When the source last saw it so; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	asOf?: PartialDate;
	sources: Citation[];
	x?: number;
	y?: number;
	attributes: Attributes;
}

export interface GraphEdge {
	id: string;
	source: string;
	target: string;
	/** The id of a relation in `Dataset.relations`. */
	relation?: string;
	description?: string;
	confidence?: Confidence;
	confidenceNote?: string;
	period?: Period;
	asOf?: PartialDate;
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
	/** The relation vocabulary: the file's, or its edges' phrases in order of first use. */
	relations: Relation[];
	nodes: GraphNode[];
	edges: GraphEdge[];
	events: TimelineEvent[];
	/** The briefing the file carries (`story`), if any: slides of saved views. */
	story?: Slide[];
	attributes: Attributes;
}
