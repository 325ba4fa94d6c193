export interface Bounds {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

export interface Transform {
	x: number;
	y: number;
	k: number;
}

/** The box around every node, grown by each node's radius. */
export function boundsOf(positions: ArrayLike<number>, radii: ArrayLike<number>): Bounds {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	for (let i = 0; i < radii.length; i++) {
		const x = positions[2 * i]!,
			y = positions[2 * i + 1]!,
			r = radii[i]!;
		if (x - r < minX) minX = x - r;
		if (y - r < minY) minY = y - r;
		if (x + r > maxX) maxX = x + r;
		if (y + r > maxY) maxY = y + r;
	}
	if (!Number.isFinite(minX)) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
	return { minX, minY, maxX, maxY };
}

/** The zoom transform that centres `b` in a `width`×`height` viewport with `padding` to spare. */
export function fitTransform(
	b: Bounds,
	width: number,
	height: number,
	padding = 40,
	maxScale = 2.5
): Transform {
	const w = Math.max(b.maxX - b.minX, 1);
	const h = Math.max(b.maxY - b.minY, 1);
	const k = Math.max(
		0.05,
		Math.min(maxScale, (width - 2 * padding) / w, (height - 2 * padding) / h)
	);
	return {
		k,
		x: width / 2 - k * (b.minX + w / 2),
		y: height / 2 - k * (b.minY + h / 2)
	};
}
