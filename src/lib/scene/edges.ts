/**
 * Arrowheads in layout units, so they grow and shrink with the nodes they point at. A highlighted
 * edge gets the larger head; `gap` keeps the tip just clear of the target's outline.
 */
export const ARROW = { length: 7, strongLength: 9, halfWidth: 0.45, gap: 2 } as const;

/** An edge as drawn: a line from the source's outline to the arrowhead's base, then the head. */
export interface EdgeGeometry {
	x1: number;
	y1: number;
	/** Where the line stops: the base of the arrowhead. */
	x2: number;
	y2: number;
	/** The arrowhead: tip, then the two corners of its base. */
	head: [number, number, number, number, number, number];
}

/**
 * Trims an edge between two node centres at the nodes' outlines and places its arrowhead, in
 * layout units. Every renderer draws edges from this, so screen and export end them alike.
 */
export function edgeGeometry(
	ax: number,
	ay: number,
	bx: number,
	by: number,
	sourceRadius: number,
	targetRadius: number,
	strong = false
): EdgeGeometry {
	const len = Math.hypot(bx - ax, by - ay) || 1;
	const ux = (bx - ax) / len,
		uy = (by - ay) / len;
	const tipX = bx - ux * (targetRadius + ARROW.gap),
		tipY = by - uy * (targetRadius + ARROW.gap);
	const size = strong ? ARROW.strongLength : ARROW.length;
	const baseX = tipX - ux * size,
		baseY = tipY - uy * size;
	const half = size * ARROW.halfWidth;
	return {
		x1: ax + ux * sourceRadius,
		y1: ay + uy * sourceRadius,
		x2: baseX,
		y2: baseY,
		head: [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half]
	};
}

/** The arrowhead as SVG path data, numbers written by `num`. */
export function headPath(g: EdgeGeometry, num: (v: number) => string | number = String): string {
	const h = g.head;
	return `M${num(h[0])},${num(h[1])}L${num(h[2])},${num(h[3])}L${num(h[4])},${num(h[5])}Z`;
}
