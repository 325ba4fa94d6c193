import { byCodeUnit } from '../model/order';
import { drawnLabel } from './text';
import { toScreen, type Transform } from './transform';

export interface LabelCandidate {
	id: string;
	/** Screen position of the node's centre and its radius on screen. */
	x: number;
	y: number;
	r: number;
	/** The label as drawn: cut to LABEL_MAX characters (drawnLabel). */
	text: string;
	/** Higher wins when labels collide (e.g. degree). */
	priority: number;
	/** Shown whatever the crowding (selected, hovered, their neighbours). */
	forced: boolean;
}

/** Room around a label's text that another label may not enter. */
export const LABEL_GAP = 2;

/** A rough width of `text` at `fontSize`, good enough to decide overlaps without measuring the DOM. */
export function estimateWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.56;
}

/** Which label wins a collision: what is emphasised, then the better-connected node. */
export function labelPriority(degree: number, emphasised: boolean): number {
	return degree + (emphasised ? 1000 : 0);
}

/**
 * A node's label as a candidate for placement, on screen or on a page: where the node lands under
 * the transform `t`, how large it is there, and how much its label matters.
 */
export function nodeLabelCandidate(
	node: { id: string; label: string },
	x: number,
	y: number,
	radius: number,
	t: Transform,
	degree: number,
	style: { emphasised: boolean; forceLabel: boolean }
): LabelCandidate {
	const at = toScreen(t, x, y);
	return {
		id: node.id,
		x: at.x,
		y: at.y,
		r: t.k * radius,
		text: drawnLabel(node.label),
		priority: labelPriority(degree, style.emphasised),
		forced: style.forceLabel
	};
}

/** The baseline of a node's label: centred under the node, one pixel below its outline. */
export function labelBaseline(nodeY: number, radius: number, fontSize: number): number {
	return nodeY + radius + fontSize + 1;
}

/** The box a label claims, `[left, top, right, bottom]`, with `gap` to spare on every side. */
export function labelBox(
	c: Pick<LabelCandidate, 'x' | 'y' | 'r' | 'text'>,
	fontSize: number,
	gap = LABEL_GAP
): Box {
	const w = estimateWidth(c.text, fontSize) + gap * 2;
	const h = fontSize + gap * 2;
	return [c.x - w / 2, c.y + c.r + 1, c.x + w / 2, c.y + c.r + 1 + h];
}

type Box = [number, number, number, number];

/** The side of a cell of the placement grid, in pixels. */
const CELL = 64;
/**
 * Cells further out (past some 7e10 px) all share the outermost one. Indices stay small integers,
 * so stepping through them always ends: past 2^53, `i++` would no longer change the number.
 */
const MAX_CELL = 2 ** 30;
/** A box over more cells than this (a label wider than a few screens) is checked against all. */
const MAX_BOX_CELLS = 64;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** The grid cells of `lo`…`hi` on one axis, as a range of indices; null for NaN. */
function cellRange(lo: number, hi: number): [number, number] | null {
	const at = (v: number) => Math.min(MAX_CELL, Math.max(-MAX_CELL, Math.floor(v / CELL)));
	const a = at(lo),
		b = at(hi);
	return Number.isNaN(a) || Number.isNaN(b) ? null : [a, b];
}

/**
 * The keys of the cells `box` covers; [] when it has no place (NaN), null when it covers too many
 * to list. The ranges are clamped integers, so the loops are bounded by the grid.
 */
function cellsOf(box: Box): string[] | null {
	const x = cellRange(box[0], box[2]),
		y = cellRange(box[1], box[3]);
	if (!x || !y) return [];
	if ((x[1] - x[0] + 1) * (y[1] - y[0] + 1) > MAX_BOX_CELLS) return null;
	const cells: string[] = [];
	for (let gx = x[0]; gx <= x[1]; gx++)
		for (let gy = y[0]; gy <= y[1]; gy++) cells.push(`${gx},${gy}`);
	return cells;
}

/**
 * Picks the labels to show: forced ones first, then by priority, skipping any whose box (centred
 * under its node) would overlap a label already placed. Greedy, O(n·k) with k placed labels nearby,
 * thanks to a coarse grid; the rare box too big for the grid is compared with every placed one.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	fontSize = 12,
	gap = LABEL_GAP
): Set<string> {
	const grid = new Map<string, Box[]>();
	const placed: Box[] = [];
	const wide: Box[] = [];
	const shown = new Set<string>();
	const order = [...candidates].sort(
		(a, b) =>
			Number(b.forced) - Number(a.forced) || b.priority - a.priority || byCodeUnit(a.id, b.id)
	);
	for (const c of order) {
		const box = labelBox(c, fontSize, gap);
		const cells = cellsOf(box);
		const hit =
			wide.some((o) => overlaps(box, o)) ||
			(cells === null
				? placed.some((o) => overlaps(box, o))
				: cells.some((k) => grid.get(k)?.some((o) => overlaps(box, o))));
		if (hit && !c.forced) continue;
		shown.add(c.id);
		placed.push(box);
		if (cells === null) wide.push(box);
		else
			for (const k of cells) {
				const list = grid.get(k);
				if (list) list.push(box);
				else grid.set(k, [box]);
			}
	}
	return shown;
}
