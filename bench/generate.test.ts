import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import { loadDataset, parseJson } from '$lib/model';
import {
	communityCount,
	EDGES_PER_NODE,
	generateNetwork,
	networkJson,
	paddedNetworkJson
} from './generate.mjs';

// The benchmark's networks must stay files the app opens as they are: checked here with the
// project's own loader, under the strict rules bundled datasets meet, so the generator cannot drift
// from the format.
describe('bench/generate.mjs', () => {
	const json = networkJson({ nodes: 1000, seed: 1 });

	it('writes a file the strict loader accepts without a warning', () => {
		const { dataset, warnings } = loadDataset(parseJson(json, 'synthetic-1000.json'), {
			strict: true,
			name: 'synthetic-1000.json'
		});
		expect(warnings).toEqual([]);
		expect(dataset.nodes).toHaveLength(1000);
		expect(dataset.edges).toHaveLength(1000 * EDGES_PER_NODE);
		expect(dataset.groups).toHaveLength(communityCount(1000));
		for (const node of dataset.nodes) {
			expect(node.label).not.toBe(node.id);
			expect(node.type).toBeDefined();
			expect(node.group).toBeDefined();
			expect(node.description).toBeTruthy();
			expect(node.confidence).toMatch(/^(stated|inferred)$/);
			expect(node.sources[0]?.locator).toMatch(/^¶\d$/);
		}
		expect(new Set(dataset.nodes.map((n) => n.label)).size).toBe(1000);
	});

	it('opens through the same path as a ?data= link', () => {
		const opened = openFiles([
			{ name: 'synthetic-1000.json', bytes: new TextEncoder().encode(json) }
		]);
		expect(opened.warnings).toEqual([]);
		expect(opened.dataset.nodes).toHaveLength(1000);
	});

	it('gives the same bytes for the same seed, and another network for another seed', () => {
		expect(networkJson({ nodes: 1000, seed: 1 })).toBe(json);
		expect(networkJson({ nodes: 1000, seed: 2 })).not.toBe(json);
	});

	it('plants communities: most edges stay inside one, none loops or repeats', () => {
		const net = generateNetwork({ nodes: 5000, seed: 7 });
		const group = new Map(net.nodes.map((n) => [n.id, n.group]));
		const inside = net.edges.filter((e) => group.get(e.source) === group.get(e.target)).length;
		expect(inside / net.edges.length).toBeGreaterThan(0.8);
		expect(inside / net.edges.length).toBeLessThan(0.95);
		const pairs = new Set(net.edges.map((e) => [e.source, e.target].sort().join(' ')));
		expect(pairs.size).toBe(net.edges.length);
		expect(net.edges.every((e) => e.source !== e.target)).toBe(true);
		const degree = new Map<string, number>();
		for (const e of net.edges)
			for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
		expect(degree.size).toBe(5000);
	});

	it('refuses a size that is not a network', () => {
		expect(() => generateNetwork({ nodes: 1 })).toThrow(/nodes must be/);
	});
});

describe('paddedNetworkJson', () => {
	it('writes the same network with longer descriptions, to within 1 % of the size asked for', () => {
		const text = paddedNetworkJson({ nodes: 500, megabytes: 1 });
		expect(text).toBe(paddedNetworkJson({ nodes: 500, megabytes: 1 }));
		expect(Math.abs(Buffer.byteLength(text) - 1e6)).toBeLessThan(1e4);
		const padded = JSON.parse(text);
		const plain = generateNetwork({ nodes: 500 });
		expect(padded.edges).toEqual(plain.edges);
		expect(padded.nodes.map((n: { id: string }) => n.id)).toEqual(plain.nodes.map((n) => n.id));
		expect(padded.nodes[0].description.startsWith(plain.nodes[0]!.description)).toBe(true);
		expect(loadDataset(padded).dataset.nodes).toHaveLength(500);
	});
});
