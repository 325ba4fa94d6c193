import { indexGraph, loadDataset } from '$lib/model';

/** A small network used by the cluster tests: two groups joined through `b`. */
export const { dataset } = loadDataset({
	groups: [
		{ id: 'g1', label: 'One', description: 'The first group' },
		{ id: 'g2', label: 'Two', color: '#123456' }
	],
	types: [
		{ id: 'org', label: 'Org', shape: 'hexagon' },
		{ id: 'person', label: 'Person' }
	],
	nodes: [
		{ id: 'hub', group: 'g1', type: 'org', period: { from: 1991, to: 1999 } },
		{ id: 'a', group: 'g2', type: 'person', period: { from: 2000 } },
		{ id: 'b', group: 'g1' },
		{ id: 'far' }
	],
	edges: [
		{ id: 'h-a', source: 'hub', target: 'a', confidence: 'inferred', relation: 'funds' },
		{ id: 'h-b', source: 'hub', target: 'b', confidence: 'stated', relation: 'runs' },
		{ id: 'b-far', source: 'b', target: 'far', relation: 'funds', period: { from: 2005 } }
	],
	events: [{ date: '2007-04', label: 'e' }]
});
export const index = indexGraph(dataset);
export const node = (id: string) => dataset.nodes.find((n) => n.id === id)!;
export const edge = (id: string) => dataset.edges.find((e) => e.id === id)!;
