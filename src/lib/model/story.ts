import {
	CREDIBILITIES,
	RELIABILITIES,
	type Credibility,
	type GradeFloor,
	type Reliability
} from './grade-scales.ts';
import { pointer, type DatasetIssue } from './issues.ts';

/**
 * A story: slides, each a saved view of the network with a title, a caption and speaker notes.
 * Written in a dataset as a `story` list (docs/data-format.md, "Stories"). The view holds what a
 * link holds, with the zoom kept as the part of the layout shown (layout units), so a slide frames
 * the same nodes on any screen and page.
 */

export const STORY_COLOURS = ['group', 'type', 'community', 'file'] as const;
export const STORY_SIZES = ['degree', 'betweenness', 'file'] as const;
/** Relation labels on the links: none, on the highlighted links only, or on all. */
export const STORY_RELATION_LABELS = ['none', 'highlighted', 'all'] as const;
/** Stories past this many slides are cut: a briefing is read, not scrolled. */
export const MAX_SLIDES = 200;
const MAX_TEXT = 10_000;

/** The part of the layout a slide shows, in layout units. */
export interface StoryFrame {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface StoryView {
	/** The selected node, or the selected edge; never both. */
	selected: string | null;
	edge: string | null;
	colour: (typeof STORY_COLOURS)[number];
	size: (typeof STORY_SIZES)[number];
	highlighted: string[];
	focus: 0 | 1 | 2 | 3;
	query: string;
	path: [string, string] | null;
	hiddenTypes: string[];
	hiddenRelations: string[];
	years: [number, number] | null;
	stated: boolean;
	/** Keep only what is graded at least this well; {} keeps everything. */
	grade: GradeFloor;
	relationLabels: (typeof STORY_RELATION_LABELS)[number];
	table: boolean;
	/** null: the whole network, fitted. */
	frame: StoryFrame | null;
}

export interface Slide {
	id: string;
	title: string;
	caption: string;
	notes: string;
	view: StoryView;
}

export const EMPTY_VIEW: StoryView = {
	selected: null,
	edge: null,
	colour: 'group',
	size: 'degree',
	highlighted: [],
	focus: 0,
	query: '',
	path: null,
	hiddenTypes: [],
	hiddenRelations: [],
	years: null,
	stated: false,
	grade: {},
	relationLabels: 'none',
	table: false,
	frame: null
};

/** What a story may name: the network's ids. */
export interface StoryRefs {
	nodes: ReadonlySet<string>;
	edges: ReadonlySet<string>;
	groups: ReadonlySet<string>;
	types: ReadonlySet<string>;
	relations: ReadonlySet<string>;
}

export function storyRefs(d: {
	nodes: { id: string; type?: string }[];
	edges: { id: string; relation?: string }[];
	groups: { id: string }[];
	types: { id: string }[];
}): StoryRefs {
	return {
		nodes: new Set(d.nodes.map((n) => n.id)),
		edges: new Set(d.edges.map((e) => e.id)),
		groups: new Set(d.groups.map((g) => g.id)),
		types: new Set(d.types.map((t) => t.id)),
		relations: new Set(d.edges.map((e) => e.relation ?? ''))
	};
}

/** Thrown inside one slide's check: the slide is refused with this place and reason. */
class Refused extends Error {
	constructor(
		readonly at: string,
		message: string,
		readonly fix: string
	) {
		super(message);
	}
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function text(x: unknown, at: string, what: string, required = false): string {
	if (x === undefined && !required) return '';
	if (typeof x !== 'string')
		throw new Refused(at, `${what} must be text`, `Write ${what} as text.`);
	if (required && !x.trim())
		throw new Refused(at, `${what} must not be empty`, 'Give every slide a title.');
	return x.slice(0, MAX_TEXT);
}

function ids(x: unknown, at: string, what: string, known: (id: string) => boolean, fix: string) {
	if (x === undefined) return [];
	if (!Array.isArray(x))
		throw new Refused(at, `${what} must be a list of ids`, `Write ${what} as ["a", "b"].`);
	const out: string[] = [];
	x.forEach((id, i) => {
		if (typeof id !== 'string' || !known(id))
			throw new Refused(`${at}/${i}`, `${JSON.stringify(id)} is not ${what}`, fix);
		if (!out.includes(id)) out.push(id);
	});
	return out;
}

function finite(x: unknown, at: string): number {
	if (typeof x !== 'number' || !Number.isFinite(x))
		throw new Refused(at, 'must be a finite number', 'Write a plain number.');
	return x;
}

/** A slide's view, checked against the network; throws Refused at the first problem. */
function readView(raw: unknown, at: string, refs: StoryRefs): StoryView {
	if (raw === undefined) return { ...EMPTY_VIEW };
	if (!isRecord(raw))
		throw new Refused(at, 'a view must be an object', 'Write "view": { … } or leave it out.');
	const v: StoryView = { ...EMPTY_VIEW };
	const node = (key: string, fix = 'Use the id of a node in "nodes".') => {
		const id = raw[key];
		if (id === undefined || id === null) return null;
		if (typeof id !== 'string' || !refs.nodes.has(id))
			throw new Refused(`${at}/${key}`, `${JSON.stringify(id)} is not a node`, fix);
		return id;
	};
	v.selected = node('selected');
	if (raw['edge'] !== undefined && raw['edge'] !== null) {
		const e = raw['edge'];
		if (typeof e !== 'string' || !refs.edges.has(e))
			throw new Refused(
				`${at}/edge`,
				`${JSON.stringify(e)} is not an edge`,
				'Use the id of an edge.'
			);
		if (v.selected)
			throw new Refused(
				`${at}/edge`,
				'a view selects a node or an edge, not both',
				'Leave out "selected" or "edge".'
			);
		v.edge = e;
	}
	const pick = <T extends string>(key: string, options: readonly T[], fallback: T): T => {
		const x = raw[key];
		if (x === undefined) return fallback;
		if (!options.includes(x as T))
			throw new Refused(
				`${at}/${key}`,
				`${JSON.stringify(x)} is not one of: ${options.join(', ')}`,
				`Use one of: ${options.join(', ')}.`
			);
		return x as T;
	};
	v.colour = pick('colour', STORY_COLOURS, 'group');
	v.size = pick('size', STORY_SIZES, 'degree');
	const cluster = (id: string) =>
		v.colour === 'group'
			? refs.groups.has(id) || id === '∅'
			: v.colour === 'type'
				? refs.types.has(id) || id === '∅'
				: v.colour === 'community'
					? /^c[1-9]\d*$/.test(id)
					: true;
	v.highlighted = ids(
		raw['highlighted'],
		`${at}/highlighted`,
		`a ${v.colour} cluster`,
		cluster,
		`Use ids of ${v.colour === 'community' ? 'communities (c1, c2, …)' : `"${v.colour}s"`}, as the colour mode of the view.`
	);
	if (raw['focus'] !== undefined) {
		const f = raw['focus'];
		if (f !== 0 && f !== 1 && f !== 2 && f !== 3)
			throw new Refused(`${at}/focus`, 'focus must be 0, 1, 2 or 3', 'Write a number of steps.');
		v.focus = v.selected ? f : 0;
	}
	v.query = text(raw['query'], `${at}/query`, 'query');
	if (raw['path'] !== undefined && raw['path'] !== null) {
		const p = raw['path'];
		if (!Array.isArray(p) || p.length !== 2)
			throw new Refused(`${at}/path`, 'a path is two node ids', 'Write "path": ["from", "to"].');
		p.forEach((id, i) => {
			if (typeof id !== 'string' || !refs.nodes.has(id))
				throw new Refused(
					`${at}/path/${i}`,
					`${JSON.stringify(id)} is not a node`,
					'Use ids of nodes.'
				);
		});
		v.path = [p[0] as string, p[1] as string];
	}
	v.hiddenTypes = ids(
		raw['hiddenTypes'],
		`${at}/hiddenTypes`,
		'a type',
		(id) => refs.types.has(id),
		'Use ids from "types".'
	);
	v.hiddenRelations = ids(
		raw['hiddenRelations'],
		`${at}/hiddenRelations`,
		'a relation of any edge',
		(id) => refs.relations.has(id),
		'Use a relation some edge has ("" for edges without one).'
	);
	if (raw['years'] !== undefined && raw['years'] !== null) {
		const y = raw['years'];
		if (!Array.isArray(y) || y.length !== 2 || !y.every((n) => Number.isInteger(n)))
			throw new Refused(
				`${at}/years`,
				'years must be two whole years',
				'Write "years": [1991, 1999].'
			);
		const [a, b] = y as [number, number];
		v.years = a <= b ? [a, b] : [b, a];
	}
	v.stated = raw['stated'] === true;
	v.grade = gradeOf(raw['grade'], `${at}/grade`);
	v.relationLabels = pick('relationLabels', STORY_RELATION_LABELS, 'none');
	v.table = raw['table'] === true;
	if (raw['frame'] !== undefined && raw['frame'] !== null) {
		const f = raw['frame'];
		if (!isRecord(f))
			throw new Refused(
				`${at}/frame`,
				'a frame must be an object',
				'Write "frame": { "x", "y", "width", "height" } in layout units, or leave it out.'
			);
		const frame = {
			x: finite(f['x'], `${at}/frame/x`),
			y: finite(f['y'], `${at}/frame/y`),
			width: finite(f['width'], `${at}/frame/width`),
			height: finite(f['height'], `${at}/frame/height`)
		};
		if (frame.width <= 0 || frame.height <= 0)
			throw new Refused(`${at}/frame`, 'a frame must have a positive size', 'Fix its size.');
		v.frame = frame;
	}
	return v;
}

/**
 * Reads a dataset's `story` against its network. A slide that names what the network lacks, or is
 * not written as the format says, is refused with its place (`complain`) and the rest are kept: a
 * story never costs the user the network. `serious` makes the problems errors (bundled datasets).
 */
export function readStory(
	raw: unknown,
	refs: StoryRefs,
	complain: (issue: DatasetIssue) => void
): Slide[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		complain({
			pointer: '/story',
			message: 'story must be a list of slides; it was left out',
			fix: 'Write "story": [{ "title": "…", "view": { … } }], or leave it out.'
		});
		return [];
	}
	const slides: Slide[] = [];
	const seen = new Set<string>();
	raw.slice(0, MAX_SLIDES).forEach((entry, i) => {
		const at = pointer('story', i);
		try {
			if (!isRecord(entry))
				throw new Refused(at, 'a slide must be an object', 'Write { "title": "…" }.');
			const given = entry['id'] === undefined ? `slide-${i + 1}` : entry['id'];
			if (typeof given !== 'string' || !given.trim())
				throw new Refused(`${at}/id`, 'a slide id must be text', 'Write text, or leave it out.');
			let id = given;
			while (seen.has(id)) id = `${id}-${i + 1}`;
			seen.add(id);
			slides.push({
				id,
				title: text(entry['title'], `${at}/title`, 'a slide title', true),
				caption: text(entry['caption'], `${at}/caption`, 'a caption'),
				notes: text(entry['notes'], `${at}/notes`, 'notes'),
				view: readView(entry['view'], `${at}/view`, refs)
			});
		} catch (error) {
			if (!(error instanceof Refused)) throw error;
			const title =
				isRecord(entry) && typeof entry['title'] === 'string' ? ` "${entry['title']}"` : '';
			complain({
				pointer: error.at,
				message: `${error.message}; slide ${i + 1}${title} was left out of the story`,
				fix: error.fix
			});
		}
	});
	if (raw.length > MAX_SLIDES)
		complain({
			pointer: pointer('story', MAX_SLIDES),
			message: `a story holds at most ${MAX_SLIDES} slides; the ${raw.length - MAX_SLIDES} after were left out`,
			fix: 'Split the story into several files.'
		});
	return slides;
}

/** A view as the format writes it: defaults left out, so a file stays short and readable. */
export function writeView(v: StoryView): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (v.selected) out['selected'] = v.selected;
	if (v.edge) out['edge'] = v.edge;
	if (v.colour !== 'group') out['colour'] = v.colour;
	if (v.size !== 'degree') out['size'] = v.size;
	if (v.highlighted.length) out['highlighted'] = [...v.highlighted];
	if (v.focus > 0 && v.selected) out['focus'] = v.focus;
	if (v.query.trim()) out['query'] = v.query;
	if (v.path) out['path'] = [...v.path];
	if (v.hiddenTypes.length) out['hiddenTypes'] = [...v.hiddenTypes];
	if (v.hiddenRelations.length) out['hiddenRelations'] = [...v.hiddenRelations];
	if (v.years) out['years'] = [...v.years];
	if (v.stated) out['stated'] = true;
	if (v.grade.reliability !== undefined || v.grade.credibility !== undefined)
		out['grade'] = { ...v.grade };
	if (v.relationLabels !== 'none') out['relationLabels'] = v.relationLabels;
	if (v.table) out['table'] = true;
	if (v.frame) {
		const r = (n: number) => Math.round(n * 10) / 10;
		out['frame'] = {
			x: r(v.frame.x),
			y: r(v.frame.y),
			width: r(v.frame.width),
			height: r(v.frame.height)
		};
	}
	return out;
}

/** The story as the format writes it (Download JSON, the browser's copy). */
export function writeStory(slides: readonly Slide[]): Record<string, unknown>[] {
	return slides.map((s) => {
		const out: Record<string, unknown> = { id: s.id, title: s.title };
		if (s.caption) out['caption'] = s.caption;
		if (s.notes) out['notes'] = s.notes;
		const view = writeView(s.view);
		if (Object.keys(view).length) out['view'] = view;
		return out;
	});
}

/** A slide's grade floor: `{ "reliability": "B", "credibility": 3 }`, either half optional. */
function gradeOf(x: unknown, at: string): GradeFloor {
	if (x === undefined || x === null) return {};
	if (!isRecord(x))
		throw new Refused(
			at,
			'a grade floor must be an object',
			'Write "grade": { "reliability": "B" }.'
		);
	const floor: GradeFloor = {};
	const r = x['reliability'];
	if (r !== undefined) {
		if (!RELIABILITIES.includes(r as Reliability))
			throw new Refused(
				`${at}/reliability`,
				`${JSON.stringify(r)} is not a reliability grade`,
				'Use A–F.'
			);
		floor.reliability = r as Reliability;
	}
	const c = x['credibility'];
	if (c !== undefined) {
		if (!CREDIBILITIES.includes(c as Credibility))
			throw new Refused(
				`${at}/credibility`,
				`${JSON.stringify(c)} is not a credibility grade`,
				'Use 1–6.'
			);
		floor.credibility = c as Credibility;
	}
	return floor;
}
