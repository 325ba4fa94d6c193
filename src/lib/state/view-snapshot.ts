import type { ColourBy } from '../clusters/assign';
import type { GradeFloor } from '../model/grades';
import type { SizeBy } from '../scene/style';
import type { RelationLabelMode } from '../scene/relation-labels';
import type { Transform } from '../scene/transform';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
export type Hops = 0 | 1 | 2 | 3;

/** Everything about a view that a link can carry; see url.ts for its encoding. */
export interface ViewSnapshot {
	selection: Selection;
	colourBy: ColourBy;
	sizeBy: SizeBy;
	highlighted: string[];
	focusHops: Hops;
	query: string;
	path: { from: string; to: string } | null;
	hiddenTypes: string[];
	hiddenRelations: string[];
	years: [number, number] | null;
	/** Only what the source states: inferred nodes and edges are hidden, paths avoid them. */
	statedOnly: boolean;
	/** Keep only what a citation grades at least this well (e.g. reliability B, credibility 3). */
	grade?: GradeFloor;
	table: boolean;
	/** The user's zoom; null while the picture fits itself to the screen. */
	zoom: Transform | null;
	/** Relation labels drawn on the links. */
	relationLabels: RelationLabelMode;
}

export const DEFAULT_VIEW: ViewSnapshot = {
	selection: null,
	colourBy: 'group',
	sizeBy: 'degree',
	highlighted: [],
	focusHops: 0,
	query: '',
	path: null,
	hiddenTypes: [],
	hiddenRelations: [],
	years: null,
	statedOnly: false,
	table: false,
	zoom: null,
	relationLabels: 'none'
};
