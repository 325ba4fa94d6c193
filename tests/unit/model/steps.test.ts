import { describe, expect, it } from 'vitest';
import { indexGraph, indexGraphSteps } from '$lib/model/graph-index';
import { runAll, runSliced, STEP, type Steps } from '$lib/model/steps';
import { buildGraphModel, graphModelSteps } from '$lib/state/graph-model';
import { loadDataset } from '$lib/model/load';

function* counted(n: number, log: number[]): Steps<string> {
	for (let i = 0; i < n; i++) {
		log.push(i);
		yield;
	}
	return 'done';
}

describe('work in steps', () => {
	it('runAll runs every step now', () => {
		const log: number[] = [];
		expect(runAll(counted(5, log))).toBe('done');
		expect(log).toEqual([0, 1, 2, 3, 4]);
	});

	it('runSliced hands the thread back once a slice has run its time, and only then', async () => {
		const log: number[] = [];
		let clock = 0;
		const pauses: number[] = [];
		// Each step takes 10 "ms" on this clock; slices of 25 ms pause after every third step.
		const steps = (function* (): Steps<string> {
			for (const x of counted(7, log)) {
				clock += 10;
				yield x;
			}
			return 'done';
		})();
		const result = await runSliced(
			steps,
			25,
			async () => {
				pauses.push(log.length);
			},
			() => clock
		);
		expect(result).toBe('done');
		expect(log).toHaveLength(7);
		expect(pauses).toEqual([3, 6]);
	});
});

describe('the graph model built in steps', () => {
	const n = STEP * 3 + 17;
	const { dataset } = loadDataset({
		title: 'ring',
		nodes: Array.from({ length: n }, (_, i) => ({
			id: `n${i}`,
			...(i % 3 === 0 ? { x: i, y: -i } : {}),
			...(i === 3 ? { pinned: true } : {})
		})),
		edges: Array.from({ length: n }, (_, i) => ({
			id: `e${i}`,
			source: `n${i}`,
			target: `n${(i * 7 + 1) % n}`
		}))
	});

	it('yields every few thousand items and gives the same index and model as at once', () => {
		let yields = 0;
		const steps = indexGraphSteps(dataset);
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		expect(yields).toBe(6);
		expect(next.value).toEqual(indexGraph(dataset));
		const model = runAll(graphModelSteps(dataset));
		expect(model).toEqual(buildGraphModel(dataset));
		expect(model.pinned).toEqual([3]);
		expect(model.positioned).toHaveLength(Math.ceil(n / 3));
		expect(model.placed).toBe(false);
		expect(model.layoutInput.initial).toHaveLength(n);
		expect(model.layoutInput.initial!.filter((p) => p === undefined)).toHaveLength(
			n - Math.ceil(n / 3)
		);
	});
});
