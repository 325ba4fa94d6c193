import type { Dataset } from '../model/types';

/**
 * Whether a network's file gives its nodes sizes: a `size` attribute (GEXF `viz:size`, a column,
 * a JSON field) that is a number above zero, or text of one. Small and on the first page, since it
 * decides how a network opens; how the sizes are drawn (scene/file-sizes.ts) loads when used.
 */
export function sizeOf(v: unknown): number | undefined {
	const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
	return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function hasFileSizes(dataset: Dataset): boolean {
	return dataset.nodes.some((n) => sizeOf(n.attributes['size']) !== undefined);
}
