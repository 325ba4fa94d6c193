/**
 * The shown node whose drawn disk is under layout point (x, y), within `slop` (layout units) of its
 * outline; the nearest such centre wins; -1 for none. `except` (the node the edge starts from) is
 * never a target. Linear: it runs once per pointer move of a drag, not per frame.
 */
export function nodeUnder(
	positions: ArrayLike<number>,
	radii: ArrayLike<number>,
	shown: ArrayLike<number>,
	x: number,
	y: number,
	slop: number,
	except = -1
): number {
	let best = -1;
	let bestD = Infinity;
	for (let i = 0; i < radii.length; i++) {
		if (i === except || !shown[i]) continue;
		const d = Math.hypot(positions[2 * i]! - x, positions[2 * i + 1]! - y);
		if (d <= radii[i]! + slop && d < bestD) [best, bestD] = [i, d];
	}
	return best;
}
