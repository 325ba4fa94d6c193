import type { Dataset } from '../model/types';

/**
 * Positions written by other tools come in their own units: Pajek's lie in 0…1, networkx's layouts
 * in −1…1, Gephi's in the thousands. Our node sizes and label spacing are set for a layout whose
 * nodes sit some tens of units apart. So when a file places every node and the typical spacing of
 * its positions, √(area of their bounding box ÷ nodes), is under MIN_SPACING or over MAX_SPACING,
 * every position is multiplied by one factor that brings that spacing to SPACING. The picture keeps
 * its shape (a uniform scale about the origin); a file already in range is left exactly as written.
 */
export const MIN_SPACING = 2;
export const MAX_SPACING = 1000;
export const SPACING = 40;

/** How far apart points typically are: √(area of their bounding box ÷ count); 0 for fewer than two. */
export function typicalSpacing(points: { x: number; y: number }[]): number {
	if (points.length < 2) return 0;
	let x0 = Infinity,
		x1 = -Infinity,
		y0 = Infinity,
		y1 = -Infinity;
	for (const p of points) {
		x0 = Math.min(x0, p.x);
		x1 = Math.max(x1, p.x);
		y0 = Math.min(y0, p.y);
		y1 = Math.max(y1, p.y);
	}
	const w = x1 - x0,
		h = y1 - y0;
	// Nodes on a line: spacing along it.
	return w > 0 && h > 0 ? Math.sqrt((w * h) / points.length) : Math.max(w, h) / (points.length - 1);
}

/** The factor fitPlaces applies (1 when it leaves the positions alone). */
export function placeScale(points: { x: number; y: number }[]): number {
	const spacing = typicalSpacing(points);
	if (!(spacing > 0) || (spacing >= MIN_SPACING && spacing <= MAX_SPACING)) return 1;
	return SPACING / spacing;
}

/** Scales the positions of a dataset whose nodes all have one (see above); returns the factor. */
export function fitPlaces(dataset: Dataset): number {
	const points: { x: number; y: number }[] = [];
	for (const n of dataset.nodes) {
		if (n.x === undefined || n.y === undefined) return 1;
		points.push({ x: n.x, y: n.y });
	}
	const k = placeScale(points);
	if (k !== 1)
		for (const n of dataset.nodes) {
			n.x = n.x! * k;
			n.y = n.y! * k;
		}
	return k;
}
