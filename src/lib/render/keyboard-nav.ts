const DIRECTIONS: Record<string, [number, number]> = {
	ArrowRight: [1, 0],
	ArrowLeft: [-1, 0],
	ArrowDown: [0, 1],
	ArrowUp: [0, -1]
};

/**
 * The node to move to from node `from` when an arrow key is pressed: the nearest one within 60° of
 * the arrow's direction, distance weighted against the angle so the move feels like "over there".
 * Returns `from` when nothing lies that way.
 */
export function nextInDirection(
	positions: ArrayLike<number>,
	count: number,
	from: number,
	key: string,
	visible: (i: number) => boolean = () => true
): number {
	const dir = DIRECTIONS[key];
	if (!dir) return from;
	const fx = positions[2 * from]!,
		fy = positions[2 * from + 1]!;
	let best = from,
		bestScore = Infinity;
	for (let i = 0; i < count; i++) {
		if (i === from || !visible(i)) continue;
		const dx = positions[2 * i]! - fx,
			dy = positions[2 * i + 1]! - fy;
		const dist = Math.hypot(dx, dy);
		if (dist === 0) continue;
		const cos = (dx * dir[0] + dy * dir[1]) / dist;
		if (cos < 0.5) continue;
		const score = dist * (2 - cos);
		if (score < bestScore) {
			bestScore = score;
			best = i;
		}
	}
	return best;
}
