import { describe, expect, it } from 'vitest';
import { indexGraph, loadDataset } from '$lib/model';

describe('indexGraph', () => {
	const { dataset } = loadDataset({
		nodes: [{ id: 'fund' }, { id: 'branch' }, { id: 'lone' }],
		edges: [
			{ id: 'self', source: 'fund', target: 'fund', relation: 'funds' },
			{ id: 'out', source: 'fund', target: 'branch' },
			{ id: 'back', source: 'branch', target: 'fund' }
		]
	});
	const index = indexGraph(dataset);

	it('lists a self-loop once among its node’s edges', () => {
		expect(index.incident.get('fund')!.map((e) => e.id)).toEqual(['self', 'out', 'back']);
		expect(index.incident.get('branch')!.map((e) => e.id)).toEqual(['out', 'back']);
		expect(index.incident.get('lone')).toEqual([]);
	});

	it('counts a self-loop once in the degree, which is the number of edges listed', () => {
		expect(index.degree.get('fund')).toBe(3);
		expect(index.degree.get('branch')).toBe(2);
		expect(index.degree.get('lone')).toBe(0);
		for (const n of dataset.nodes)
			expect(index.degree.get(n.id)).toBe(index.incident.get(n.id)!.length);
	});

	it('makes a node with a self-loop its own neighbour, as graphology does', () => {
		expect([...index.neighbours.get('fund')!]).toEqual(['fund', 'branch']);
		expect([...index.neighbours.get('branch')!]).toEqual(['fund']);
	});

	it('keeps ids named like Object.prototype’s members as plain keys', () => {
		const odd = loadDataset({
			nodes: [{ id: '__proto__' }, { id: 'constructor' }, { id: 'toString' }],
			edges: [
				{ source: '__proto__', target: 'constructor' },
				{ source: 'toString', target: 'toString' }
			]
		}).dataset;
		const i = indexGraph(odd);
		expect(i.degree.get('__proto__')).toBe(1);
		expect(i.degree.get('toString')).toBe(1);
		expect(i.incident.get('constructor')!.map((e) => e.source)).toEqual(['__proto__']);
		expect(i.indexOf.get('toString')).toBe(2);
	});
});
