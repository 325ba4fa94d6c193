import type { GraphIndex } from '../model/graph-index';
import type { Selection } from './view-state.svelte';

/** The selection named by `?node=` or `?edge=`, if it exists in this dataset. */
export function readSelection(url: URL, index: GraphIndex): Selection {
	const node = url.searchParams.get('node');
	if (node !== null && index.nodeById.has(node)) return { kind: 'node', id: node };
	const edge = url.searchParams.get('edge');
	if (edge !== null && index.edgeById.has(edge)) return { kind: 'edge', id: edge };
	return null;
}

/** `url` with its query describing `selection`; other parameters are kept. */
export function writeSelection(url: URL, selection: Selection): URL {
	const next = new URL(url);
	next.searchParams.delete('node');
	next.searchParams.delete('edge');
	if (selection) next.searchParams.set(selection.kind, selection.id);
	return next;
}
