import * as v from 'valibot';
import { MAX_COORDINATE } from './limits.ts';
import { CONFIDENCES, CREDIBILITIES, RELIABILITIES, SHAPES } from './types.ts';

// The contract of PRODUCT.md. Objects are loose: unknown fields survive as attributes.

const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

/** d3 and networkx files use numbers as ids; we accept them and treat them as text. */
const id = (what: string) =>
	v.union(
		[
			text(what),
			v.pipe(v.number(), v.finite(`${what} must be a finite number or text`), v.toString())
		],
		`${what} must be text or a number`
	);

const finite = (what: string) =>
	v.pipe(v.number(`${what} must be a number`), v.finite(`${what} must be a finite number`));

/** A number as a reader would write it: 1e+20 rather than twenty-one digits. */
const shown = (n: number) => (Math.abs(n) < 1e9 ? String(n) : n.toExponential());

/** A position: finite, and within ±MAX_COORDINATE, past which drawing loses its sense. */
const coordinate = (what: 'x' | 'y') =>
	v.pipe(
		finite(what),
		v.check(
			(n) => Math.abs(n) <= MAX_COORDINATE,
			(issue) =>
				`${what} must be within ±${MAX_COORDINATE.toLocaleString('en-US')} (it is ${shown(issue.input as number)})`
		)
	);

const year = (what: string) =>
	v.pipe(
		v.number(`${what} must be a year (a whole number)`),
		v.integer(`${what} must be a whole year`)
	);

/** What a reader sees of a wrong value: "G", 7, a list. */
const quoted = (input: unknown) =>
	typeof input === 'string' ? `"${input}"` : JSON.stringify(input);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day 01–31. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const partialDate = (what: string) =>
	v.pipe(
		v.string(`${what} must be a date written as text, e.g. "2013-11-14"`),
		v.regex(
			PARTIAL_DATE,
			(issue) =>
				`${what} ${quoted(issue.input)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`
		)
	);

/** A year (a whole number) or a partial date; read as the date's text. */
const asOfMessage = (issue: { input: unknown }) =>
	`asOf ${quoted(issue.input)} is not a year or a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
const asOf = v.pipe(
	v.union([v.pipe(v.number(), v.integer(), v.toString()), v.string()], asOfMessage),
	v.regex(PARTIAL_DATE, asOfMessage)
);

const reliability = v.picklist(
	RELIABILITIES,
	(issue) => `${quoted(issue.input)} is not a reliability grade`
);
const credibility = v.picklist(
	CREDIBILITIES,
	(issue) => `${quoted(issue.input)} is not a credibility grade`
);

export const CitationSchema = v.looseObject({
	source: text('a citation source'),
	locator: v.optional(v.string('a citation locator must be text')),
	credibility: v.optional(credibility),
	via: v.optional(text('a citation via (the id of a source it relays)')),
	hedge: v.optional(text('a citation hedge'))
});

const RelayStepSchema = v.pipe(
	v.looseObject({
		source: v.optional(text('a via source')),
		label: v.optional(text('a via label')),
		description: v.optional(v.string('a via description must be text'))
	}),
	v.check(
		(s) => (s.source === undefined) !== (s.label === undefined),
		'a via step names either a "source" (an id from "sources") or a "label" (a described intermediary), one of the two'
	)
);

export const PeriodSchema = v.pipe(
	v.looseObject({ from: v.optional(year('period.from')), to: v.optional(year('period.to')) }),
	v.check(
		(p) => p.from === undefined || p.to === undefined || p.from <= p.to,
		'period.from must not be later than period.to'
	)
);

const confidence = v.picklist(CONFIDENCES, `confidence must be one of: ${CONFIDENCES.join(', ')}`);
const citations = v.array(CitationSchema, 'sources must be a list of citations');

export const SourceSchema = v.looseObject({
	id: text('a source id'),
	title: text('a source title'),
	publisher: v.optional(v.string()),
	url: v.optional(v.string()),
	date: v.optional(v.string()),
	published: v.optional(partialDate('published')),
	informationDate: v.optional(partialDate('informationDate')),
	reliability: v.optional(reliability),
	via: v.optional(v.array(RelayStepSchema, 'via must be a list of steps')),
	note: v.optional(v.string('a source note must be text'))
});

export const RelationSchema = v.looseObject({
	id: text('a relation id'),
	label: v.optional(text('a relation label')),
	inverse: v.optional(text('a relation inverse')),
	description: v.optional(v.string('a relation description must be text'))
});

export const GroupSchema = v.looseObject({
	id: id('a group id'),
	label: v.optional(text('a group label')),
	description: v.optional(v.string()),
	color: v.optional(
		v.pipe(
			v.string(),
			v.regex(/^#[0-9a-fA-F]{6}$/, 'a group color must be a hex colour such as "#1f77b4"')
		)
	)
});

export const TypeSchema = v.looseObject({
	id: id('a type id'),
	label: v.optional(text('a type label')),
	shape: v.optional(v.picklist(SHAPES, `shape must be one of: ${SHAPES.join(', ')}`))
});

export const NodeSchema = v.looseObject({
	id: id('a node id'),
	label: v.optional(v.union([text('a node label'), v.pipe(v.number(), v.toString())])),
	type: v.optional(id('a node type')),
	group: v.optional(id('a node group')),
	aliases: v.optional(v.array(v.string('an alias must be text'))),
	description: v.optional(v.string('a description must be text')),
	confidence: v.optional(confidence),
	groupConfidence: v.optional(confidence),
	confidenceNote: v.optional(v.string('a confidence note must be text')),
	period: v.optional(PeriodSchema),
	asOf: v.optional(asOf),
	sources: v.optional(citations),
	x: v.optional(coordinate('x')),
	y: v.optional(coordinate('y'))
});

export const EdgeSchema = v.looseObject({
	id: v.optional(id('an edge id')),
	source: id('an edge source'),
	target: id('an edge target'),
	relation: v.optional(v.string('a relation must be text')),
	description: v.optional(v.string('a description must be text')),
	confidence: v.optional(confidence),
	confidenceNote: v.optional(v.string('a confidence note must be text')),
	period: v.optional(PeriodSchema),
	asOf: v.optional(asOf),
	sources: v.optional(citations),
	weight: v.optional(v.pipe(finite('weight'), v.minValue(0, 'weight must not be negative')))
});

export const EventSchema = v.looseObject({
	date: v.pipe(
		v.string('an event date must be text'),
		v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an event date must look like 1992, 1992-02 or 1992-02-17')
	),
	label: text('an event label'),
	description: v.optional(v.string()),
	sources: v.optional(citations),
	nodes: v.optional(
		v.array(id('a node id of an event'), "an event's nodes must be a list of node ids")
	)
});

export const DatasetSchema = v.pipe(
	v.looseObject(
		{
			title: v.optional(v.string('title must be text')),
			summary: v.optional(v.string('summary must be text')),
			sources: v.optional(v.array(SourceSchema, 'sources must be a list')),
			groups: v.optional(v.array(GroupSchema, 'groups must be a list')),
			types: v.optional(v.array(TypeSchema, 'types must be a list')),
			relations: v.optional(v.array(RelationSchema, 'relations must be a list')),
			nodes: v.pipe(
				v.array(NodeSchema, 'nodes must be a list of node objects'),
				v.minLength(1, 'nodes must hold at least one node')
			),
			edges: v.optional(v.array(EdgeSchema, 'edges must be a list of edge objects')),
			links: v.optional(v.array(EdgeSchema, 'links must be a list of link objects')),
			events: v.optional(v.array(EventSchema, 'events must be a list'))
		},
		'a dataset must be a JSON object with a "nodes" list'
	),
	v.check((d) => !(d.edges && d.links), 'use either "edges" or "links", not both')
);

export type RawDataset = v.InferOutput<typeof DatasetSchema>;
