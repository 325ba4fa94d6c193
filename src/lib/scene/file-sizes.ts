import { typicalSpacing } from '../import/places';
import type { Dataset } from '../model/types';

/**
 * Node sizes a file gives (GEXF `viz:size`, a `size` attribute or column in any format), drawn so
 * that they keep their order and nodes do not swallow each other:
 *
 * - the smallest size in the file is drawn at radius MIN, the largest at MAX, and in between the
 *   drawn area grows in proportion to the size (radius = MIN + (MAX − MIN)·√((s − lo) ÷ (hi − lo)));
 *   all sizes equal: radius EQUAL. A node without a size is drawn at MIN.
 * - when the file places every node, the radii are put in the units of its positions (as the tool
 *   that wrote it drew sizes and places together): every radius is multiplied by
 *   GAP·spacing ÷ MAX, the spacing being √(area of the positions' box ÷ nodes). The largest node is
 *   then GAP·2 = 0.7 of the typical gap across, the smallest a fifth of that: neither lost in a
 *   spread of thousands of units nor swallowing its neighbours.
 *
 * Sizes must be finite and above 0 (as text or numbers); others are ignored.
 */
export const FILE_RADIUS = { MIN: 4, MAX: 20, EQUAL: 8, GAP: 0.35 } as const;

/**
 * Each node's drawn radius from the file's sizes (see above); null when no node has a size.
 * `sizeOf` reads a size (clusters/file-sizes-known.ts; passed in so this stays out of the first page).
 */
export function fileRadii(
	dataset: Dataset,
	sizeOf: (v: unknown) => number | undefined
): Map<string, number> | null {
	let lo = Infinity,
		hi = -Infinity;
	const sizes = dataset.nodes.map((n) => {
		const s = sizeOf(n.attributes['size']);
		if (s !== undefined) {
			lo = Math.min(lo, s);
			hi = Math.max(hi, s);
		}
		return s;
	});
	if (hi < lo) return null;
	const { MIN, MAX, EQUAL, GAP } = FILE_RADIUS;
	const placed = dataset.nodes.every((n) => n.x !== undefined && n.y !== undefined);
	const spacing = placed ? typicalSpacing(dataset.nodes.map((n) => ({ x: n.x!, y: n.y! }))) : 0;
	const k = spacing > 0 ? (GAP * spacing) / MAX : 1;
	return new Map(
		dataset.nodes.map((n, i) => {
			const s = sizes[i];
			const r =
				s === undefined
					? MIN
					: hi === lo
						? EQUAL
						: MIN + (MAX - MIN) * Math.sqrt((s - lo) / (hi - lo));
			return [n.id, r * k];
		})
	);
}
