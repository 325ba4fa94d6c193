import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '$lib/model';
import { Explorer } from '$lib/state/explorer.svelte';
import { buildGraphModel } from '$lib/state/graph-model';
import { ViewState } from '$lib/state/view-state.svelte';

const { dataset } = loadDataset({
	nodes: [
		{ id: 'a', label: 'Tehran' },
		{ id: 'b', label: 'Mashhad' },
		{ id: 'c', label: 'Tabriz' }
	],
	edges: [{ id: 'a-b', source: 'a', target: 'b' }]
});

// The search code is not part of the first page: it loads on the first query. This file runs in
// its own module graph, so the code is not loaded before the first test.
describe('search loads on first use', () => {
	it('a query set without the search box (a link with q=) loads the code, and the hits follow', async () => {
		const view = new ViewState();
		const x = new Explorer(buildGraphModel(dataset), view);
		expect(x.hits).toEqual([]);
		view.query = 'mash';
		await vi.waitFor(() => expect(x.hits.map((h) => h.id)).toEqual(['b']));
	});

	it('once loaded, hits are there at once and an empty query has none', async () => {
		const view = new ViewState();
		const x = new Explorer(buildGraphModel(dataset), view);
		await x.ensureSearch();
		view.query = 'ta';
		expect(x.hits.map((h) => h.id).sort()).toEqual(['c']);
		view.query = '  ';
		expect(x.hits).toEqual([]);
	});
});
