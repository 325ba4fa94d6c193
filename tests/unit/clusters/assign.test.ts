import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	analyse,
	detectCommunities,
	graphKey,
	shortestPaths,
	toGraphology
} from '$lib/clusters/analysis';
import { assignClusters, clusterLinks, UNASSIGNED } from '$lib/clusters/assign';
import { computeEmphasis, neighbourhood, NO_INPUT } from '$lib/clusters/emphasis';
import { inYears, visibleElements, yearSpan, NO_FILTERS } from '$lib/clusters/filters';
import { PALETTE_SIZE, PALETTES } from '$lib/clusters/palette';
import { indexGraph, loadDataset } from '$lib/model';
import { dataset, index } from './fixture';

describe('assignClusters', () => {
	it('puts every node in exactly one group cluster, with a "No group" cluster for the rest', () => {
		const c = assignClusters(dataset, index, 'group', 'light');
		expect(c.clusters.map((x) => [x.id, x.label, x.members])).toEqual([
			// Ranked by degree; ties (hub and b both have 2) by label.
			['g1', 'One', ['b', 'hub']],
			['g2', 'Two', ['a']],
			[UNASSIGNED, 'No group', ['far']]
		]);
		expect(c.byId.get('g1')!.description).toBe('The first group');
		expect(c.byId.get('g2')!.colour).toBe('#123456');
		expect(c.byId.get('g1')!.colour).toBe(PALETTES.light[0]);
		expect(c.modularity).toBeUndefined();
	});

	it('clusters by type', () => {
		const c = assignClusters(dataset, index, 'type', 'dark');
		expect(c.clusters.map((x) => [x.id, x.members.length])).toEqual([
			['org', 1],
			['person', 1],
			[UNASSIGNED, 2]
		]);
		expect(c.byId.get('org')!.colour).toBe(PALETTES.dark[0]);
	});

	it('names communities by rank and keeps the modularity', () => {
		const graph = toGraphology(dataset);
		const c = assignClusters(dataset, index, 'community', 'light', detectCommunities(graph));
		expect(c.clusters[0]!.label).toBe('Community 1');
		expect(c.clusters.flatMap((x) => x.members).sort()).toEqual(['a', 'b', 'far', 'hub']);
		expect(typeof c.modularity).toBe('number');
	});

	it('tells clusters past the palette apart by outline, without merging them', () => {
		const many = loadDataset({
			nodes: Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, group: `g${i}` }))
		}).dataset;
		const c = assignClusters(many, indexGraph(many), 'group', 'light');
		expect(c.clusters).toHaveLength(30);
		expect(c.clusters[PALETTE_SIZE - 1]!.variant).toBe(0);
		expect(c.clusters[PALETTE_SIZE]!.variant).toBe(1);
		expect(c.clusters[PALETTE_SIZE]!.colour).toBe(c.clusters[0]!.colour);
		expect(c.clusters[2 * PALETTE_SIZE]!.variant).toBe(2);
	});

	it('counts the links inside and out of a cluster', () => {
		const c = assignClusters(dataset, index, 'group', 'light');
		expect(clusterLinks(dataset, c, 'g1')).toEqual({
			internal: 1,
			crossing: 2,
			toOthers: [
				{ cluster: 'g2', edges: 1 },
				{ cluster: UNASSIGNED, edges: 1 }
			]
		});
	});
});

describe('communities on the bundled dataset', () => {
	const bundled = loadDataset(
		JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))
	).dataset;

	it('are deterministic (seeded Louvain) and have a positive modularity', () => {
		const a = analyse(bundled),
			b = analyse(bundled);
		expect([...a.communities.of]).toEqual([...b.communities.of]);
		expect(a.communities.modularity).toBe(b.communities.modularity);
		expect(a.communities.count).toBeGreaterThan(2);
		expect(a.communities.modularity).toBeGreaterThan(0.3);
		// Largest community first.
		const sizes = Array.from(
			{ length: a.communities.count },
			(_, c) => [...a.communities.of.values()].filter((x) => x === c).length
		);
		expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
	});

	it('gives every node a betweenness between 0 and 1, highest at the hubs', () => {
		const { betweenness } = analyse(bundled);
		expect(betweenness.size).toBe(bundled.nodes.length);
		for (const v of betweenness.values()) expect(v >= 0 && v <= 1).toBe(true);
		const top = [...betweenness].sort((x, y) => y[1] - x[1])[0]![0];
		expect(top).toBe('iranian-government');
	});

	it('finds a shortest path from the Iranian state to a targeted village community', () => {
		const { graph } = analyse(bundled);
		const paths = shortestPaths(graph, 'iranian-government', 'village-children');
		expect(paths.length).toBeGreaterThan(0);
		for (const p of paths) {
			expect(p[0]).toBe('iranian-government');
			expect(p[p.length - 1]).toBe('village-children');
			expect(p.length).toBe(paths[0]!.length);
			for (let i = 1; i < p.length; i++)
				expect(graph.hasEdge(graphKey(p[i - 1]!), graphKey(p[i]!))).toBe(true);
		}
	});
});

describe('shortestPaths', () => {
	it('lists every shortest path, and none between unconnected nodes', () => {
		const square = loadDataset({
			nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'lone' }],
			edges: [
				{ source: 'a', target: 'b' },
				{ source: 'b', target: 'd' },
				{ source: 'a', target: 'c' },
				{ source: 'd', target: 'c' }
			]
		}).dataset;
		const g = toGraphology(square);
		expect(shortestPaths(g, 'a', 'd')).toEqual([
			['a', 'b', 'd'],
			['a', 'c', 'd']
		]);
		expect(shortestPaths(g, 'a', 'lone')).toEqual([]);
		expect(shortestPaths(g, 'a', 'a')).toEqual([['a']]);
		expect(shortestPaths(g, 'a', 'nope')).toEqual([]);
	});
});

describe('computeEmphasis', () => {
	const clustering = assignClusters(dataset, index, 'group', 'light');
	const em = (input: Partial<typeof NO_INPUT>) =>
		computeEmphasis({ ...NO_INPUT, ...input }, dataset, index, clustering);

	it('lights nothing by default', () => {
		expect(em({}).lit).toBeNull();
	});

	it('lights highlighted clusters and only their internal edges', () => {
		const e = em({ highlighted: ['g1'] });
		expect(e.reason).toBe('clusters');
		expect([...e.lit!].sort()).toEqual(['b', 'hub']);
		expect([...e.litEdges!]).toEqual(['h-b']);
		const two = em({ highlighted: ['g1', 'g2'] });
		expect([...two.lit!].sort()).toEqual(['a', 'b', 'hub']);
		expect([...two.litEdges!]).toEqual(['h-b']);
	});

	it('lights a neighbourhood of 1, 2 or 3 hops', () => {
		expect([...neighbourhood(index, 'a', 1)].sort()).toEqual(['a', 'hub']);
		expect([...neighbourhood(index, 'a', 2)].sort()).toEqual(['a', 'b', 'hub']);
		expect([...neighbourhood(index, 'a', 3)].sort()).toEqual(['a', 'b', 'far', 'hub']);
		const e = em({ selectedNode: 'a', focus: { node: 'a', hops: 2 } });
		expect(e.reason).toBe('focus');
		expect([...e.litEdges!].sort()).toEqual(['h-a', 'h-b']);
	});

	it('lights paths, in either edge direction', () => {
		const e = em({ paths: [['a', 'hub', 'b']] });
		expect([...e.litEdges!].sort()).toEqual(['h-a', 'h-b']);
		expect([...e.forced].sort()).toEqual(['a', 'b', 'hub']);
	});

	it('puts the pointer first, then paths, focus, clusters, selection and search', () => {
		expect(em({ active: 'far', highlighted: ['g1'], paths: [['a', 'hub']] }).reason).toBe('active');
		expect(em({ highlighted: ['g1'], paths: [['a', 'hub']] }).reason).toBe('path');
		expect(em({ highlighted: ['g1'], selectedNode: 'a' }).reason).toBe('clusters');
		expect(em({ selectedNode: 'a', matches: ['far'] }).reason).toBe('node');
		expect(em({ selectedEdge: 'b-far' }).reason).toBe('edge');
		expect(em({ matches: ['far'] }).reason).toBe('search');
		expect(em({ highlighted: ['nope'] }).reason).toBe('none');
	});
});

describe('filters', () => {
	it('spans the years of periods and events', () => {
		expect(yearSpan(dataset)).toEqual([1991, 2007]);
	});

	it('treats undated elements as timeless and open periods as open', () => {
		expect(inYears(undefined, [1990, 1991])).toBe(true);
		expect(inYears({ from: 2000 }, [1990, 1999])).toBe(false);
		expect(inYears({ from: 2000 }, [1990, 2000])).toBe(true);
		expect(inYears({ to: 1995 }, [1996, 2000])).toBe(false);
	});

	it('hides types, relations and periods, and the edges of hidden nodes', () => {
		expect(visibleElements(dataset, NO_FILTERS).all).toBe(true);
		const v = visibleElements(dataset, {
			hiddenTypes: ['person'],
			hiddenRelations: [],
			years: null,
			statedOnly: false
		});
		expect([...v.nodes].sort()).toEqual(['b', 'far', 'hub']);
		expect([...v.edges]).toEqual(['h-b', 'b-far']);
		const r = visibleElements(dataset, {
			hiddenTypes: [],
			hiddenRelations: ['funds'],
			years: null,
			statedOnly: false
		});
		expect([...r.edges]).toEqual(['h-b']);
		const nineties = visibleElements(dataset, { ...NO_FILTERS, years: [1991, 1999] });
		expect([...nineties.nodes].sort()).toEqual(['b', 'far', 'hub']);
		expect([...nineties.edges]).toEqual(['h-b']);
	});
});
