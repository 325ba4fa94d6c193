import { byCodeUnit } from '../model/order';
import { ASCENT, DESCENT } from './labels';
import { Occupancy, type Box, type Item } from './label-grid';
import { textWidth } from './text-width';

/**
 * Relation labels along their links, for the screen and the page alike. Each label is set on its
 * link, turned to the link's direction and never upside down (a link pointing left reads left to
 * right from its far end): a reader follows "A funds B" along the line itself, where a horizontal
 * label at a crossing of two links could belong to either. It tries the middle of the link, then
 * further towards either end, and takes the first spot clear of every node, every node label and
 * every relation label placed before it, inside the bounds; the visible part of a link too short
 * for its text gets none. Labels that find no spot are left out and counted. A lit link's label
 * may cover the nodes and labels the view dims: they are faint behind it, and a highlighted group
 * drawn close together would otherwise leave its own links no room.
 */

/** Which links carry their relation as a label: none, those the view lights, or all. */
export type RelationLabelMode = 'none' | 'highlighted' | 'all';
export const RELATION_LABEL_MODES: readonly RelationLabelMode[] = ['none', 'highlighted', 'all'];

export interface RelationCandidate {
	id: string;
	text: string;
	/** The visible part of the link (between the two outlines, arrowhead excluded), in screen or page units. */
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Higher is placed first. */
	priority: number;
	/** A link the view lights: its label may cover what the view dims (see `dimmed`). */
	lit?: boolean;
}

export interface PlacedRelation {
	id: string;
	text: string;
	/** The text's anchor (its middle, on the baseline) and its turn in degrees, clockwise. */
	x: number;
	y: number;
	angle: number;
	/** The text's rotated rectangle, corner by corner, and the box round it. */
	corners: [number, number][];
	box: Box;
}

export interface RelationPlacement {
	placed: PlacedRelation[];
	/** Candidates that found no spot. */
	dropped: number;
}

/** Where along the link a label's middle may sit, tried in order. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7];
/** Room kept between a label and what is around it, and at the link's two ends. */
const GAP = 2;

/** The four corners of a `w` × `h` rectangle centred on (cx, cy), turned by `a` radians. */
function rotatedRect(cx: number, cy: number, w: number, h: number, a: number): [number, number][] {
	const c = Math.cos(a),
		s = Math.sin(a);
	return [
		[-w / 2, -h / 2],
		[w / 2, -h / 2],
		[w / 2, h / 2],
		[-w / 2, h / 2]
	].map(([x, y]) => [cx + x! * c - y! * s, cy + x! * s + y! * c]);
}

const boxOfPoints = (ps: [number, number][]): Box => [
	Math.min(...ps.map((p) => p[0])),
	Math.min(...ps.map((p) => p[1])),
	Math.max(...ps.map((p) => p[0])),
	Math.max(...ps.map((p) => p[1]))
];

/** Whether two convex polygons overlap (separating axis test). */
export function polygonsOverlap(a: [number, number][], b: [number, number][]): boolean {
	for (const poly of [a, b])
		for (let i = 0; i < poly.length; i++) {
			const [x1, y1] = poly[i]!,
				[x2, y2] = poly[(i + 1) % poly.length]!;
			const nx = y1 - y2,
				ny = x2 - x1;
			let minA = Infinity,
				maxA = -Infinity,
				minB = Infinity,
				maxB = -Infinity;
			for (const [x, y] of a) {
				const d = x * nx + y * ny;
				minA = Math.min(minA, d);
				maxA = Math.max(maxA, d);
			}
			for (const [x, y] of b) {
				const d = x * nx + y * ny;
				minB = Math.min(minB, d);
				maxB = Math.max(maxB, d);
			}
			if (maxA <= minB || maxB <= minA) return false;
		}
	return true;
}

export const boxCorners = (b: Box): [number, number][] => [
	[b[0], b[1]],
	[b[2], b[1]],
	[b[2], b[3]],
	[b[0], b[3]]
];

/** The owner of a dimmed obstacle, which only a lit link's label may cover. */
const DIMMED = -2;

/**
 * Places relation labels of `fontSize` along their links, clear of `obstacles` (node shapes'
 * boxes, node labels' boxes) and of each other, inside `bounds` when given. `dimmed` obstacles
 * (those of dimmed nodes) block only the labels of links that are not lit.
 */
export function placeRelationLabels(
	candidates: RelationCandidate[],
	obstacles: Box[],
	fontSize: number,
	bounds?: Box,
	dimmed: Box[] = []
): RelationPlacement {
	const grid = new Occupancy();
	const shapes = new Map<Item, [number, number][]>();
	for (const box of obstacles) grid.add({ box, seg: null, owner: -1 });
	for (const box of dimmed) grid.add({ box, seg: null, owner: DIMMED });
	const order = candidates
		.map((c, i) => ({ c, i }))
		.filter(({ c }) => c.text.trim() !== '')
		.sort((a, b) => b.c.priority - a.c.priority || byCodeUnit(a.c.id, b.c.id));
	const h = (ASCENT + DESCENT) * fontSize;
	const placed: PlacedRelation[] = [];
	const found: Item[] = [];
	for (const { c, i } of order) {
		const dx = c.x2 - c.x1,
			dy = c.y2 - c.y1;
		const len = Math.hypot(dx, dy);
		const w = textWidth(c.text, fontSize);
		if (!(len > w + 2 * GAP + fontSize)) continue;
		let a = Math.atan2(dy, dx);
		// Never upside down: a link pointing left is read from its far end.
		if (a > Math.PI / 2 || a <= -Math.PI / 2) a += a > 0 ? -Math.PI : Math.PI;
		for (const t of ALONG) {
			// The label must stay on the link, clear of both ends.
			const half = (w / 2 + GAP) / len;
			if (t - half < GAP / len || t + half > 1 - GAP / len) continue;
			const cx = c.x1 + dx * t,
				cy = c.y1 + dy * t;
			const corners = rotatedRect(cx, cy, w + 2 * GAP, h + 2 * GAP, a);
			const box = boxOfPoints(corners);
			if (
				bounds &&
				!(box[0] >= bounds[0] && box[1] >= bounds[1] && box[2] <= bounds[2] && box[3] <= bounds[3])
			)
				continue;
			found.length = 0;
			grid.blockers(box, i, null, Infinity, found);
			if (
				found.some(
					(o) =>
						!(c.lit && o.owner === DIMMED) &&
						polygonsOverlap(corners, shapes.get(o) ?? boxCorners(o.box))
				)
			)
				continue;
			const item: Item = { box, seg: null, owner: i };
			grid.add(item);
			shapes.set(item, corners);
			// The baseline sits below the middle by half the text's height less its descent.
			const down = h / 2 - DESCENT * fontSize;
			placed.push({
				id: c.id,
				text: c.text,
				x: cx - Math.sin(a) * down,
				y: cy + Math.cos(a) * down,
				angle: (a * 180) / Math.PI,
				corners,
				box
			});
			break;
		}
	}
	return { placed, dropped: order.length - placed.length };
}
