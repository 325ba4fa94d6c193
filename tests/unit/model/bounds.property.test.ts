import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset, type Dataset } from '$lib/model';
import { MAX_COORDINATE } from '$lib/model/limits';
import { MAX_CELLS } from '$lib/scene/outline';
import { drawOnce, oddNumber } from '../scene/draw-once';
import { drawingWork } from '../work-meter';

/** Mostly an ordinary number, now and then an odd one: most networks open, some are refused. */
const someNumber = fc.oneof(
	{ weight: 4, arbitrary: fc.integer({ min: 0, max: 2000 }) },
	{ weight: 1, arbitrary: oddNumber }
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A small network in which any number may be odd: positions, weights, years, ids and attributes. */
const oddNetwork = fc
	.record({
		nodes: fc.array(
			fc.record(
				{ x: maybe(someNumber), y: maybe(someNumber), from: maybe(someNumber), score: someNumber },
				{ requiredKeys: ['score'] }
			),
			{ minLength: 1, maxLength: 6 }
		),
		edges: fc.array(
			fc.record({ s: fc.nat(5), t: fc.nat(5), weight: maybe(someNumber), to: maybe(someNumber) }),
			{ maxLength: 8 }
		),
		numericIds: fc.boolean()
	})
	.map(({ nodes, edges, numericIds }) => {
		const id = (i: number) => (numericIds ? i : `n${i}`);
		return {
			nodes: nodes.map((n, i) => ({
				id: id(i),
				label: n.score,
				...(n.x === undefined ? {} : { x: n.x }),
				...(n.y === undefined ? {} : { y: n.y }),
				...(n.from === undefined ? {} : { period: { from: n.from } }),
				score: n.score
			})),
			edges: edges.map((e) => ({
				source: id(e.s % nodes.length),
				target: id(e.t % nodes.length),
				...(e.weight === undefined ? {} : { weight: e.weight }),
				...(e.to === undefined ? {} : { period: { to: e.to } })
			}))
		};
	});

describe('numbers in a file (property)', () => {
	it('any number a file can hold opens, with work bounded by its nodes not its numbers, or is refused with a message', () => {
		fc.assert(
			fc.property(oddNetwork, (input) => {
				let dataset: Dataset | null = null;
				let error: unknown = null;
				const work = drawingWork(() => {
					try {
						dataset = loadDataset(input, { name: 'odd.json' }).dataset;
					} catch (e) {
						error = e;
					}
					if (dataset) drawOnce(dataset);
				});
				if (error) {
					if (!(error instanceof DatasetError)) throw error;
					for (const issue of error.issues) {
						expect(issue.message).not.toBe('');
						expect(issue.fix).not.toBe('');
					}
				}
				if (dataset) {
					for (const node of (dataset as Dataset).nodes) {
						for (const v of [node.x, node.y])
							if (v !== undefined) expect(Math.abs(v)).toBeLessThanOrEqual(MAX_COORDINATE);
					}
				}
				// Counted, not timed: the largest grid allocated. The worst of 500 runs is about 52,000,
				// the outline's grid at its cap; a grid sized by the spread of the numbers is far larger.
				expect(work.largestArray).toBeLessThanOrEqual(2 * MAX_CELLS);
			}),
			{ seed: 17, numRuns: 500 }
		);
	});

	it('a position past the limit is refused with the place, the value and the limit', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ min: MAX_COORDINATE, noNaN: true, minExcluded: true }),
					fc.double({ max: -MAX_COORDINATE, noNaN: true, maxExcluded: true })
				),
				fc.constantFrom('x', 'y'),
				(v, axis) => {
					let error: unknown = null;
					try {
						loadDataset({ nodes: [{ id: 'a' }, { id: 'b', [axis]: v }] });
					} catch (e) {
						error = e;
					}
					expect(error).toBeInstanceOf(DatasetError);
					const [issue] = (error as DatasetError).issues;
					expect(issue!.pointer).toBe(`/nodes/1/${axis}`);
					expect(issue!.message).toMatch(
						Number.isFinite(v)
							? new RegExp(`^${axis} must be within ±1,000,000 \\(it is -?[0-9.e+]+\\)$`)
							: new RegExp(`${axis} must be a finite number`)
					);
				}
			),
			{ seed: 17, numRuns: 300 }
		);
	});
});
