import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { Explorer } from '$lib/state/explorer.svelte';
import { buildGraphModel } from '$lib/state/graph-model';
import { ViewState } from '$lib/state/view-state.svelte';

/**
 * a–b is a shortcut only the dataset's author infers; the source states the long way a–c–d–b.
 * `guess` is an inferred node joined by a stated edge; a and c are also joined twice, once each way.
 */
const { dataset } = loadDataset({
	nodes: [
		...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
		{ id: 'guess', confidence: 'inferred' }
	],
	edges: [
		{ id: 'a-b', source: 'a', target: 'b', confidence: 'inferred' },
		{ id: 'a-c', source: 'a', target: 'c', confidence: 'stated' },
		{ id: 'c-a', source: 'c', target: 'a', confidence: 'inferred' },
		{ id: 'c-d', source: 'c', target: 'd' },
		{ id: 'd-b', source: 'd', target: 'b', confidence: 'stated' },
		{ id: 'b-guess', source: 'b', target: 'guess', confidence: 'stated' },
		{ id: 'e-a', source: 'e', target: 'a', confidence: 'inferred' }
	]
});

async function explorer() {
	const view = new ViewState();
	const x = new Explorer(buildGraphModel(dataset), view);
	await x.ensureAnalysis();
	return { view, x };
}

describe('paths over stated links only', () => {
	it('takes the inferred shortcut while everything shows, the stated way round once it is hidden', async () => {
		const { view, x } = await explorer();
		view.path = { from: 'a', to: 'b' };
		expect(x.paths).toEqual([['a', 'b']]);
		view.statedOnly = true;
		expect(x.paths).toEqual([['a', 'c', 'd', 'b']]);
		view.statedOnly = false;
		expect(x.paths).toEqual([['a', 'b']]);
	});

	it('finds none where only inferred links or an inferred end join the two', async () => {
		const { view, x } = await explorer();
		view.path = { from: 'e', to: 'b' };
		expect(x.paths).toEqual([['e', 'a', 'b']]);
		view.path = { from: 'a', to: 'guess' };
		expect(x.paths).toEqual([['a', 'b', 'guess']]);
		view.statedOnly = true;
		expect(x.paths).toEqual([]);
		view.path = { from: 'e', to: 'b' };
		expect(x.paths).toEqual([]);
	});

	it('hides the inferred nodes and edges from the visible set the picture, table and counts read', async () => {
		const { view, x } = await explorer();
		expect(x.visible.nodes.size).toBe(6);
		view.statedOnly = true;
		expect([...x.visible.nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...x.visible.edges].sort()).toEqual(['a-c', 'c-d', 'd-b']);
	});
});
