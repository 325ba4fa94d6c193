import { colourModes, type ColourBy } from '../clusters/assign';
import type { Dataset } from '../model/types';
import { hasFileSizes } from '../clusters/file-sizes-known';
import type { SizeBy } from '../scene/style';

export interface ViewDefaults {
	colourBy: ColourBy;
	sizeBy: SizeBy;
}

/** What a view is when nothing asks otherwise, before any network is known. */
export const BASE_DEFAULTS: ViewDefaults = { colourBy: 'group', sizeBy: 'degree' };

/**
 * How a network opens, from what its file gives: coloured by the file's own colours when its nodes
 * carry any; else by group when some node has one; else (a file from a tool without groups) by
 * computed communities, rather than one grey "No group", when there are edges to find them by.
 * Sized by the file's sizes when it gives any, else by degree.
 */
export function viewDefaults(dataset: Dataset): ViewDefaults {
	const colourBy: ColourBy = colourModes(dataset).includes('file')
		? 'file'
		: dataset.nodes.some((n) => n.group !== undefined) || dataset.edges.length === 0
			? 'group'
			: 'community';
	return { colourBy, sizeBy: hasFileSizes(dataset) ? 'file' : 'degree' };
}

/** The size modes a network offers: "file" only when its nodes carry sizes. */
export function sizeModes(dataset: Dataset, all: readonly SizeBy[]): SizeBy[] {
	return all.filter((m) => m !== 'file' || hasFileSizes(dataset));
}
