import { byCodeUnit } from '../model/order';
import { toScreen, type Transform } from './transform';

export interface LabelCandidate {
	id: string;
	/** Screen position of the node's centre and its radius on screen. */
	x: number;
	y: number;
	r: number;
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
		text: node.label,
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
): [number, number, number, number] {
	const w = estimateWidth(c.text, fontSize) + gap * 2;
	const h = fontSize + gap * 2;
	return [c.x - w / 2, c.y + c.r + 1, c.x + w / 2, c.y + c.r + 1 + h];
}

/**
 * Picks the labels to show: forced ones first, then by priority, skipping any whose box (centred
 * under its node) would overlap a label already placed. Greedy, O(n·k) with k placed labels nearby,
 * thanks to a coarse grid.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	fontSize = 12,
	gap = LABEL_GAP
): Set<string> {
	const cell = 64;
	const grid = new Map<string, [number, number, number, number][]>();
	const shown = new Set<string>();
	const order = [...candidates].sort(
		(a, b) =>
			Number(b.forced) - Number(a.forced) || b.priority - a.priority || byCodeUnit(a.id, b.id)
	);
	for (const c of order) {
		const box = labelBox(c, fontSize, gap);
		const cells: string[] = [];
		for (let gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++)
			for (let gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++)
				cells.push(`${gx},${gy}`);
		const hit = cells.some((k) =>
			(grid.get(k) ?? []).some(
				(o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1]
			)
		);
		if (hit && !c.forced) continue;
		shown.add(c.id);
		for (const k of cells) {
			const list = grid.get(k);
			if (list) list.push(box);
			else grid.set(k, [box]);
		}
	}
	return shown;
}
