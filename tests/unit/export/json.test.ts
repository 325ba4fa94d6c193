import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toProjectJson } from '$lib/export/json';
import { ForceLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import { buildGraphModel } from '$lib/state/graph-model';

describe('toProjectJson', () => {
	const dataset = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')), {
		strict: true
	}).dataset;
	const model = buildGraphModel(dataset);
	const layout = new ForceLayout(model.layoutInput, { seed: 1 });
	layout.settle();
	layout.pin(3, 123.456, -7.891);

	it('saves a dataset that loads back the same, with every position and the pins', () => {
		const text = toProjectJson(dataset, layout.positions, new Set([3]));
		const back = loadDataset(JSON.parse(text), { strict: true }).dataset;
		expect(back.title).toBe(dataset.title);
		expect(back.edges).toEqual(dataset.edges);
		expect(back.events).toEqual(dataset.events);
		expect(back.relations).toEqual(dataset.relations);
		expect(back.sources).toEqual(dataset.sources);
		expect(back.attributes).toEqual(dataset.attributes);
		back.nodes.forEach((n, i) => {
			const { x, y, attributes, ...rest } = n;
			const { attributes: before, ...orig } = dataset.nodes[i]!;
			expect(rest).toEqual(orig);
			expect({ ...attributes, pinned: undefined }).toEqual({ ...before, pinned: undefined });
			expect(x).toBe(Math.round(layout.positions[2 * i]! * 100) / 100);
			expect(y).toBe(Math.round(layout.positions[2 * i + 1]! * 100) / 100);
		});
		expect(back.nodes[3]).toMatchObject({ x: 123.46, y: -7.89, attributes: { pinned: true } });
		const again = buildGraphModel(back);
		expect(again.placed).toBe(true);
		expect(again.pinned).toEqual([3]);
	});

	it('draws a fully placed file as it is: the layout starts settled', () => {
		const back = buildGraphModel(
			loadDataset(JSON.parse(toProjectJson(dataset, layout.positions, new Set()))).dataset
		);
		const replay = new ForceLayout(back.layoutInput, { seed: 1, settled: back.placed });
		expect(replay.settled).toBe(true);
		replay.tick(10);
		expect(replay.positions[0]).toBe(Math.round(layout.positions[0]! * 100) / 100);
	});
});
