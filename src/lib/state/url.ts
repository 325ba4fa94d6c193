import { COLOUR_MODES, colourModes, UNASSIGNED, type ColourBy } from '../clusters/assign';
import { fileColourOf } from '../clusters/file-colours';
import type { GradeFloor } from '../model/grades';
import type { Credibility, Dataset, Reliability } from '../model/types';
import { SIZE_MODES, type SizeBy } from '../scene/style';
import { boundedTransform } from '../scene/transform';
import { DEFAULT_VIEW, type Hops, type ViewSnapshot } from './view-snapshot';
import { BASE_DEFAULTS, sizeModes, viewDefaults, type ViewDefaults } from './view-defaults';

/**
 * A view as a URL query, and back. Defaults are left out so links stay short; order is fixed so the
 * same view always gives the same URL. Ids that the dataset does not know are dropped on the way in.
 *
 *   Typing (q), zooming (z) and sliding (years) replace the history entry; the rest push one.
 *
 *   node=… | edge=…   selection          colour=type|community|file  size=betweenness
 *   hl=a,b            highlighted        focus=1..3              q=search text
 *   path=a,b          path ends          hide-type=…  hide-rel=… (comma lists)
 *   years=1991-1999   time filter        table=1                 z=x,y,k zoom
 *   stated=1          stated by the source only
 *   grade=B3          only what a citation grades reliability B or better, credibility 3 or better
 */

export interface Known {
	nodes: ReadonlySet<string>;
	edges: ReadonlySet<string>;
	/** Colour modes the dataset offers (colourModes in clusters/assign.ts); all when left out. */
	colourModes?: readonly ColourBy[];
	/** Size modes the dataset offers ("file" only with sizes in the file); all when left out. */
	sizeModes?: readonly SizeBy[];
	/** How the dataset is coloured and sized when a link says nothing (view-defaults.ts). */
	defaults?: ViewDefaults;
	/** Node types some node has (the filter menu's); any when left out. */
	types?: ReadonlySet<string>;
	/** Edge relations, "" for none; any when left out. */
	relations?: ReadonlySet<string>;
	/** Whether colouring by `mode` gives a cluster `id` to highlight; any when left out. */
	cluster?: (mode: ColourBy, id: string) => boolean;
}

/** What a link to a view of this dataset may name. */
export function knownOf(dataset: Dataset): Required<Known> {
	const of = (key: (n: Dataset['nodes'][number]) => string | null | undefined) => {
		const ids = new Set<string>();
		for (const n of dataset.nodes) ids.add(key(n) ?? UNASSIGNED);
		return ids;
	};
	// Built when a link first asks, for the mode it asks about.
	const clusters = new Map<ColourBy, ReadonlySet<string>>();
	const clusterIds = (mode: ColourBy): ReadonlySet<string> => {
		const ids =
			clusters.get(mode) ??
			of(mode === 'type' ? (n) => n.type : mode === 'file' ? fileColourOf : (n) => n.group);
		clusters.set(mode, ids);
		return ids;
	};
	return {
		nodes: new Set(dataset.nodes.map((n) => n.id)),
		edges: new Set(dataset.edges.map((e) => e.id)),
		colourModes: colourModes(dataset),
		sizeModes: sizeModes(dataset, SIZE_MODES),
		defaults: viewDefaults(dataset),
		types: new Set(dataset.nodes.flatMap((n) => n.type ?? [])),
		relations: new Set(dataset.edges.map((e) => e.relation ?? '')),
		cluster: (mode, id) => {
			// Communities are found later; they are numbered c1, c2, … and there are no more than nodes.
			if (mode !== 'community') return clusterIds(mode).has(id);
			const m = /^c([1-9]\d*)$/.exec(id);
			return m !== null && Number(m[1]) <= dataset.nodes.length;
		}
	};
}

/** The items of a link's list that `keep` allows, each once, in the link's order. */
const only = (items: string[], keep: ((id: string) => boolean) | undefined) => [
	...new Set(keep ? items.filter(keep) : items)
];

/** A hand-edited link may hold a broken escape ("a%"); such an item is taken as written. */
const decodeItem = (x: string) => {
	try {
		return decodeURIComponent(x);
	} catch {
		return x;
	}
};
const list = (v: string | null) => (v ? v.split(',').map(decodeItem) : []);
// Only the list separator and the escape character need escaping inside an item.
const join = (xs: string[]) => xs.map((x) => x.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');

/** `defaults`: the dataset's (view-defaults.ts); a colour or size that is its default is left out. */
export function encodeView(
	v: ViewSnapshot,
	defaults: ViewDefaults = BASE_DEFAULTS
): URLSearchParams {
	const p = new URLSearchParams();
	if (v.selection) p.set(v.selection.kind, v.selection.id);
	if (v.colourBy !== defaults.colourBy) p.set('colour', v.colourBy);
	if (v.sizeBy !== defaults.sizeBy) p.set('size', v.sizeBy);
	if (v.highlighted.length) p.set('hl', join(v.highlighted));
	if (v.focusHops > 0 && v.selection?.kind === 'node') p.set('focus', String(v.focusHops));
	if (v.query.trim()) p.set('q', v.query);
	if (v.path) p.set('path', join([v.path.from, v.path.to]));
	if (v.hiddenTypes.length) p.set('hide-type', join(v.hiddenTypes));
	if (v.hiddenRelations.length) p.set('hide-rel', join(v.hiddenRelations));
	if (v.years) p.set('years', `${v.years[0]}-${v.years[1]}`);
	if (v.statedOnly) p.set('stated', '1');
	const grade = `${v.grade?.reliability ?? ''}${v.grade?.credibility ?? ''}`;
	if (grade) p.set('grade', grade);
	if (v.table) p.set('table', '1');
	if (v.relationLabels !== 'none') p.set('rel', v.relationLabels === 'all' ? 'all' : 'lit');
	if (v.zoom) {
		const r = (n: number, d: number) => String(Math.round(n * 10 ** d) / 10 ** d);
		p.set('z', `${r(v.zoom.x, 1)},${r(v.zoom.y, 1)},${r(v.zoom.k, 3)}`);
	}
	return p;
}

export function decodeView(p: URLSearchParams, known: Known): ViewSnapshot {
	const v: ViewSnapshot = { ...DEFAULT_VIEW, ...known.defaults };
	const node = p.get('node'),
		edge = p.get('edge');
	if (node !== null && known.nodes.has(node)) v.selection = { kind: 'node', id: node };
	else if (edge !== null && known.edges.has(edge)) v.selection = { kind: 'edge', id: edge };
	const colour = p.get('colour');
	// A mode the dataset cannot show (colour=file without file colours) falls back to the default.
	if ((known.colourModes ?? COLOUR_MODES).includes(colour as ColourBy))
		v.colourBy = colour as ColourBy;
	const size = p.get('size');
	if ((known.sizeModes ?? SIZE_MODES).includes(size as SizeBy)) v.sizeBy = size as SizeBy;
	// Unknown ids are dropped: a crafted link must not fill the view with ids nothing shows.
	const mode = v.colourBy;
	v.highlighted = only(list(p.get('hl')), known.cluster && ((id) => known.cluster!(mode, id)));
	const hops = Number(p.get('focus'));
	if (v.selection?.kind === 'node' && [1, 2, 3].includes(hops)) v.focusHops = hops as Hops;
	v.query = p.get('q') ?? '';
	const ends = list(p.get('path'));
	if (ends.length === 2 && ends.every((id) => known.nodes.has(id)))
		v.path = { from: ends[0]!, to: ends[1]! };
	v.hiddenTypes = only(list(p.get('hide-type')), known.types && ((id) => known.types!.has(id)));
	v.hiddenRelations = only(
		list(p.get('hide-rel')),
		known.relations && ((id) => known.relations!.has(id))
	);
	const years = /^(-?\d+)-(-?\d+)$/.exec(p.get('years') ?? '');
	if (years) {
		const a = Number(years[1]),
			b = Number(years[2]);
		v.years = a <= b ? [a, b] : [b, a];
	}
	v.statedOnly = p.get('stated') === '1';
	const grade = gradeFloor(p.get('grade'));
	if (grade.reliability || grade.credibility) v.grade = grade;
	v.table = p.get('table') === '1';
	const rel = p.get('rel');
	v.relationLabels = rel === 'all' ? 'all' : rel === 'lit' ? 'highlighted' : 'none';
	// A crafted zoom (z=1e20,0,1) is brought within bounds: past them, drawing has no sense.
	const z = (p.get('z') ?? '').split(',').map(Number);
	if (z.length === 3) v.zoom = boundedTransform({ x: z[0]!, y: z[1]!, k: z[2]! });
	return v;
}

/**
 * A link's grade floor, "B3", "B" or "3": reliability A–E, credibility 1–5 (F and 6, "cannot be
 * judged", are no floor). Anything else asks nothing.
 */
export function gradeFloor(value: string | null): GradeFloor {
	const m = /^([A-E])?([1-5])?$/.exec(value ?? '');
	const floor: GradeFloor = {};
	if (!m) return floor;
	if (m[1]) floor.reliability = m[1] as Reliability;
	if (m[2]) floor.credibility = Number(m[2]) as Credibility;
	return floor;
}

/** The query string of a view, with commas left readable ("hl=ias,ich"). */
export function viewQuery(v: ViewSnapshot, defaults?: ViewDefaults): string {
	return encodeView(v, defaults).toString().replace(/%2C/g, ',');
}

/** The parts of a query that change continuously (typing, zooming): replaced, not pushed, in history. */
export function discretePart(query: string): string {
	const p = new URLSearchParams(query);
	p.delete('q');
	p.delete('z');
	// A slider sends a value per step: years replace the entry rather than fill the history.
	p.delete('years');
	return p.toString();
}
