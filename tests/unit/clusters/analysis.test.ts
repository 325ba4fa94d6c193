import { describe, expect, it } from 'vitest';
import { analyse, shortestPaths } from '$lib/clusters/analysis';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, neighbourhood, NO_INPUT } from '$lib/clusters/emphasis';
import { indexGraph, loadDataset } from '$lib/model';

/** Ids that name members of every plain object: as keys of one they find Object.prototype's. */
const ODD = [
	'constructor',
	'toString',
	'__proto__',
	'hasOwnProperty',
	'valueOf',
	'__defineGetter__'
];

describe('graph algorithms with self-loops', () => {
	const { dataset } = loadDataset({
		nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
		edges: [
			{ source: 'a', target: 'a' },
			{ source: 'a', target: 'b' },
			{ source: 'b', target: 'b' },
			{ source: 'b', target: 'c' },
			{ source: 'c', target: 'd' },
			{ source: 'd', target: 'd' }
		]
	});
	const index = indexGraph(dataset);

	it('finds communities and betweenness as without the loops', () => {
		const looped = analyse(dataset);
		const plain = analyse({
			...dataset,
			edges: dataset.edges.filter((e) => e.source !== e.target)
		});
		expect([...looped.communities.of]).toEqual([...plain.communities.of]);
		expect([...looped.betweenness]).toEqual([...plain.betweenness]);
		expect(looped.betweenness.get('b')).toBeGreaterThan(0);
	});

	it('finds shortest paths through and to looped nodes, without walking a loop', () => {
		const { graph } = analyse(dataset);
		expect(shortestPaths(graph, 'a', 'd')).toEqual([['a', 'b', 'c', 'd']]);
		expect(shortestPaths(graph, 'a', 'a')).toEqual([['a']]);
	});

	it('focuses a neighbourhood and lights a node’s surroundings', () => {
		expect([...neighbourhood(index, 'a', 1)].sort()).toEqual(['a', 'b']);
		expect([...neighbourhood(index, 'a', 3)].sort()).toEqual(['a', 'b', 'c', 'd']);
		const clustering = assignClusters(dataset, index, 'group', 'light');
		const em = computeEmphasis({ ...NO_INPUT, active: 'b' }, dataset, index, clustering);
		expect([...em.lit!].sort()).toEqual(['a', 'b', 'c']);
		expect(em.litEdges!.size).toBe(3);
	});
});

describe('graph algorithms with ids named like Object.prototype’s members', () => {
	// A chain constructor — toString — __proto__ — …, each with a loop, and a hub joined to all.
	const { dataset } = loadDataset({
		nodes: [...ODD, 'hub'].map((id) => ({ id })),
		edges: [
			...ODD.slice(1).map((id, i) => ({ source: ODD[i]!, target: id })),
			...ODD.map((id) => ({ source: id, target: id })),
			{ source: 'hub', target: '__proto__' }
		]
	});

	it('computes communities and betweenness for every node, as plain strings', () => {
		const { communities, betweenness } = analyse(dataset);
		expect([...communities.of.keys()].sort()).toEqual([...ODD, 'hub'].sort());
		for (const c of communities.of.values()) expect(Number.isInteger(c)).toBe(true);
		expect(betweenness.size).toBe(ODD.length + 1);
		// The middle of the chain lies on the most shortest paths.
		expect(betweenness.get('__proto__')).toBeGreaterThan(betweenness.get('constructor')!);
		expect(betweenness.get('constructor')).toBe(0);
	});

	it('finds paths between them', () => {
		const { graph } = analyse(dataset);
		expect(shortestPaths(graph, 'constructor', 'hub')).toEqual([
			['constructor', 'toString', '__proto__', 'hub']
		]);
		expect(shortestPaths(graph, 'valueOf', 'toString')).toEqual([
			['valueOf', 'hasOwnProperty', '__proto__', 'toString']
		]);
		expect(shortestPaths(graph, 'hub', 'isPrototypeOf')).toEqual([]);
	});
});
