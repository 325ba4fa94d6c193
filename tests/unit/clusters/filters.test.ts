import { describe, expect, it } from 'vitest';
import { NO_FILTERS, passesConfidence, statedPart, visibleElements } from '$lib/clusters/filters';
import { loadDataset } from '$lib/model';

/** Inferred things of every kind: an inferred node, an inferred edge, a stated edge to an inferred node. */
const { dataset } = loadDataset({
	nodes: [
		{ id: 'a', confidence: 'stated' },
		{ id: 'b' },
		{ id: 'guess', confidence: 'inferred' },
		{ id: 'c' }
	],
	edges: [
		{ id: 'a-b', source: 'a', target: 'b', confidence: 'stated', relation: 'runs' },
		{ id: 'b-c', source: 'b', target: 'c', confidence: 'inferred' },
		{ id: 'a-guess', source: 'a', target: 'guess', confidence: 'stated' },
		{ id: 'c-a', source: 'c', target: 'a' }
	]
});

describe('stated only', () => {
	it('lets through stated and unmarked things, and inferred ones only when the filter is off', () => {
		expect(passesConfidence({ confidence: 'stated' }, true)).toBe(true);
		expect(passesConfidence({}, true)).toBe(true);
		expect(passesConfidence({ confidence: 'inferred' }, true)).toBe(false);
		expect(passesConfidence({ confidence: 'inferred' }, false)).toBe(true);
	});

	it('hides inferred nodes, inferred edges and the edges of hidden nodes', () => {
		expect(visibleElements(dataset, NO_FILTERS).all).toBe(true);
		const v = visibleElements(dataset, { ...NO_FILTERS, statedOnly: true });
		expect([...v.nodes].sort()).toEqual(['a', 'b', 'c']);
		expect([...v.edges].sort()).toEqual(['a-b', 'c-a']);
		expect(v.all).toBe(false);
	});

	it('combines with the other filters', () => {
		const v = visibleElements(dataset, {
			...NO_FILTERS,
			statedOnly: true,
			hiddenRelations: ['']
		});
		expect([...v.edges]).toEqual(['a-b']);
	});

	it('gives the stated part of the network, the same set the picture shows', () => {
		const part = statedPart(dataset);
		const v = visibleElements(dataset, { ...NO_FILTERS, statedOnly: true });
		expect(part.nodes.map((n) => n.id)).toEqual([...v.nodes]);
		expect(part.edges.map((e) => e.id)).toEqual([...v.edges]);
	});
});
