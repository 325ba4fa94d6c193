import type { StoryFrame, StoryView } from '../model/story';
import { fitTransform, visibleWindow, type Bounds, type Transform } from '../scene/transform';
import type { ViewSnapshot } from './view-snapshot';

/** A frame as the bounds of the layout it shows. */
export const frameBounds = (f: StoryFrame): Bounds => ({
	minX: f.x,
	minY: f.y,
	maxX: f.x + f.width,
	maxY: f.y + f.height
});

/**
 * The view on screen as a slide keeps it. The zoom becomes the part of the layout shown (a screen
 * of `viewport` pixels under `transform`), so the slide frames the same nodes on any screen.
 */
export function storyViewOf(
	v: ViewSnapshot,
	transform: Transform,
	viewport: { width: number; height: number }
): StoryView {
	let frame: StoryFrame | null = null;
	if (v.zoom && viewport.width > 0 && viewport.height > 0) {
		const b = visibleWindow(transform, viewport.width, viewport.height);
		frame = { x: b.minX, y: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY };
	}
	return {
		selected: v.selection?.kind === 'node' ? v.selection.id : null,
		edge: v.selection?.kind === 'edge' ? v.selection.id : null,
		colour: v.colourBy,
		size: v.sizeBy,
		highlighted: [...v.highlighted],
		focus: v.selection?.kind === 'node' ? v.focusHops : 0,
		query: v.query,
		path: v.path ? [v.path.from, v.path.to] : null,
		hiddenTypes: [...v.hiddenTypes],
		hiddenRelations: [...v.hiddenRelations],
		years: v.years ? [v.years[0], v.years[1]] : null,
		stated: v.statedOnly,
		grade: { ...(v.grade ?? {}) },
		relationLabels: v.relationLabels,
		table: v.table,
		frame
	};
}

/**
 * A slide's view as the page applies it; its frame fitted into a `viewport` (null: the picture
 * fits itself to the screen).
 */
export function snapshotOf(
	s: StoryView,
	viewport: { width: number; height: number } | null
): ViewSnapshot {
	let zoom: Transform | null = null;
	if (s.frame && viewport && viewport.width > 0 && viewport.height > 0)
		zoom = fitTransform(frameBounds(s.frame), viewport.width, viewport.height, 0, 8);
	return {
		selection: s.selected
			? { kind: 'node', id: s.selected }
			: s.edge
				? { kind: 'edge', id: s.edge }
				: null,
		colourBy: s.colour,
		sizeBy: s.size,
		highlighted: [...s.highlighted],
		focusHops: s.selected ? s.focus : 0,
		query: s.query,
		path: s.path ? { from: s.path[0], to: s.path[1] } : null,
		hiddenTypes: [...s.hiddenTypes],
		hiddenRelations: [...s.hiddenRelations],
		years: s.years ? [s.years[0], s.years[1]] : null,
		statedOnly: s.stated,
		// Left out when empty, as a link leaves it out.
		...(s.grade.reliability !== undefined || s.grade.credibility !== undefined
			? { grade: { ...s.grade } }
			: {}),
		relationLabels: s.relationLabels,
		table: s.table,
		zoom
	};
}
