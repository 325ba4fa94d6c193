import { createContext } from 'svelte';
import type { ColourBy } from '../clusters/assign';
import type { Theme } from '../clusters/palette';
import type { GradeFloor } from '../model/grades';
import type { SizeBy } from '../scene/style';
import type { RelationLabelMode } from '../scene/relation-labels';
import type { Transform } from '../scene/transform';
import type { LegendStore } from './legend-store';
import type { ThemeStore } from './theme-store';
import type { Hops, Selection, ViewSnapshot } from './view-snapshot';

export type { Hops, Selection, ViewSnapshot } from './view-snapshot';

/** What the user is looking at. One per page, handed down by context. */
export class ViewState {
	readonly #themes: ThemeStore | null;
	readonly #legends: LegendStore | null;
	selection = $state<Selection>(null);
	/** Node under the mouse pointer. */
	hovered = $state<string | null>(null);
	/** Node holding keyboard focus. */
	focused = $state<string | null>(null);
	/** Edge under the mouse pointer. */
	hoveredEdge = $state<string | null>(null);
	/** The timeline event chosen in the overview (its index), whose nodes are lit. */
	event = $state<{ index: number; nodes: string[] } | null>(null);
	/** The transform on screen (fitted or the user's). */
	transform = $state.raw<Transform>({ x: 0, y: 0, k: 1 });
	/** The user's own zoom, if they have zoomed or panned since the last fit. */
	zoom = $state.raw<Transform | null>(null);
	theme = $state<Theme>('light');
	/** The legend shown in full, or folded to its button. */
	legendOpen = $state(true);
	colourBy = $state<ColourBy>('group');
	sizeBy = $state<SizeBy>('degree');
	highlighted = $state<string[]>([]);
	focusHops = $state<Hops>(0);
	query = $state('');
	path = $state<{ from: string; to: string } | null>(null);
	hiddenTypes = $state<string[]>([]);
	hiddenRelations = $state<string[]>([]);
	years = $state<[number, number] | null>(null);
	statedOnly = $state(false);
	grade = $state.raw<GradeFloor>({});
	table = $state(false);
	relationLabels = $state<RelationLabelMode>('none');
	/** Size of the graph on screen, for exporting "the current view". */
	viewport = $state.raw({ width: 0, height: 0 });
	/** A request for the graph to centre a node; `n` makes a repeated request count. */
	centreOn = $state.raw<{ id: string; n: number } | null>(null);

	readonly selectedNode = $derived(this.selection?.kind === 'node' ? this.selection.id : null);
	readonly selectedEdge = $derived(this.selection?.kind === 'edge' ? this.selection.id : null);
	readonly active = $derived(this.hovered ?? this.focused);

	constructor(themes: ThemeStore | null = null, legends: LegendStore | null = null) {
		this.#themes = themes;
		this.#legends = legends;
	}

	/** The legend as the user left it in this browser; else open, but folded on a phone. */
	restoreLegend(): void {
		this.legendOpen = this.#legends?.saved() ?? !this.#legends?.narrow();
	}

	toggleLegend(): void {
		this.legendOpen = !this.legendOpen;
		this.#legends?.save(this.legendOpen);
	}

	/** The theme chosen in this browser before, else the system's. */
	restoreTheme(): void {
		this.theme = this.#themes?.saved() ?? (this.#themes?.prefersDark() ? 'dark' : 'light');
	}

	toggleTheme(): void {
		this.theme = this.theme === 'dark' ? 'light' : 'dark';
		this.#themes?.save(this.theme);
	}

	selectNode(id: string): void {
		if (this.selectedNode !== id) this.focusHops = 0;
		this.selection = { kind: 'node', id };
	}

	selectEdge(id: string): void {
		this.focusHops = 0;
		this.selection = { kind: 'edge', id };
	}

	/** Selects a node and asks the graph to bring it to the centre (search, table). */
	goTo(id: string): void {
		this.selectNode(id);
		this.centreOn = { id, n: (this.centreOn?.n ?? 0) + 1 };
	}

	/**
	 * A click on a highlighted cluster removes it. On another one, a plain click highlights only that
	 * cluster; Shift/Ctrl/Cmd adds it to those already highlighted.
	 */
	toggleCluster(id: string, additive: boolean): void {
		if (this.highlighted.includes(id)) this.highlighted = this.highlighted.filter((c) => c !== id);
		else this.highlighted = additive ? [...this.highlighted, id] : [id];
	}

	setColourBy(mode: ColourBy): void {
		if (mode === this.colourBy) return;
		this.colourBy = mode;
		// Cluster ids belong to a mode; highlights of another mode mean nothing.
		this.highlighted = [];
	}

	/** Escape: steps back one layer — path and focus, then the selection, then highlights. */
	clear(): void {
		if (this.path || this.focusHops > 0 || this.selection) {
			this.path = null;
			this.focusHops = 0;
			this.selection = null;
		} else {
			this.highlighted = [];
			this.event = null;
		}
	}

	snapshot(): ViewSnapshot {
		return {
			selection: this.selection,
			colourBy: this.colourBy,
			sizeBy: this.sizeBy,
			highlighted: this.highlighted,
			focusHops: this.focusHops,
			query: this.query,
			path: this.path,
			hiddenTypes: this.hiddenTypes,
			hiddenRelations: this.hiddenRelations,
			years: this.years,
			statedOnly: this.statedOnly,
			grade: this.grade,
			table: this.table,
			zoom: this.zoom,
			relationLabels: this.relationLabels
		};
	}

	apply(s: ViewSnapshot): void {
		// Only what differs is written: an unchanged field keeps what the page derived from it (the
		// styles, the visible set) instead of making it all again.
		if (!same(this.selection, s.selection)) this.selection = s.selection;
		this.colourBy = s.colourBy;
		this.sizeBy = s.sizeBy;
		if (!same(this.highlighted, s.highlighted)) this.highlighted = s.highlighted;
		this.focusHops = s.focusHops;
		this.query = s.query;
		if (!same(this.path, s.path)) this.path = s.path;
		if (!same(this.hiddenTypes, s.hiddenTypes)) this.hiddenTypes = s.hiddenTypes;
		if (!same(this.hiddenRelations, s.hiddenRelations)) this.hiddenRelations = s.hiddenRelations;
		if (!same(this.years, s.years)) this.years = s.years;
		this.statedOnly = s.statedOnly;
		if (!same(this.grade, s.grade ?? {})) this.grade = s.grade ?? {};
		this.table = s.table;
		this.relationLabels = s.relationLabels;
		if (!same(this.zoom, s.zoom)) this.zoom = s.zoom;
	}
}

/** Equal as data: the view's fields are small arrays and records of strings and numbers. */
function same(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export const [getViewState, setViewState] = createContext<ViewState>();
