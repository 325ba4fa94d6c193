import type { SimulationNodeDatum } from 'd3-force';

/**
 * Room for each node's label, in layout units: a box `halfWidth` either side of the node and
 * `below` under its shape, where the screen puts a label first. The caller sizes it for the scale
 * the picture is usually drawn at; the layout knows nothing of text.
 */
export interface LabelRoom {
	halfWidth: ArrayLike<number>;
	below: number;
}

/** The most nodes a label-aware pass takes on: it tests every pair, every tick. */
export const LABEL_ROOM_MAX = 400;

type Node = SimulationNodeDatum & { index?: number; r: number };

/**
 * A force in the spirit of Gephi's "Label Adjust": each node is its shape with its label's box
 * under it, and two boxes that overlap are pushed apart along the axis where they overlap least,
 * `strength` of the overlap per tick, shared by both. Run with the other forces after the layout
 * has settled, it opens room for labels where they crowd while links and charge keep the shape.
 * Deterministic: pairs in index order, no randomness.
 */
export function forceLabelRoom(room: LabelRoom, strength = 1) {
	let nodes: Node[] = [];
	let hw: Float64Array = new Float64Array(0);
	let hh: Float64Array = new Float64Array(0);
	const force = () => {
		const n = nodes.length;
		for (let i = 0; i < n; i++) {
			const a = nodes[i]!;
			for (let j = i + 1; j < n; j++) {
				const b = nodes[j]!;
				// A box runs from the top of its shape to `below` under its bottom: its centre lies
				// below / 2 under the node's, so two boxes' centres are as far apart as their nodes'.
				const dx = b.x! + b.vx! - a.x! - a.vx!;
				const dy = b.y! + b.vy! - a.y! - a.vy!;
				const px = hw[i]! + hw[j]! - Math.abs(dx);
				if (px <= 0) continue;
				const py = hh[i]! + hh[j]! - Math.abs(dy);
				if (py <= 0) continue;
				if (px < py) {
					const s = ((dx >= 0 ? 1 : -1) * px * strength) / 2;
					a.vx! -= s;
					b.vx! += s;
				} else {
					const s = ((dy >= 0 ? 1 : -1) * py * strength) / 2;
					a.vy! -= s;
					b.vy! += s;
				}
			}
		}
	};
	force.initialize = (ns: Node[]) => {
		nodes = ns;
		hw = Float64Array.from(ns, (d, i) => Math.max(d.r, room.halfWidth[i] ?? 0));
		hh = Float64Array.from(ns, (d) => d.r + room.below / 2);
	};
	return force;
}
