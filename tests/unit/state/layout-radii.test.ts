import { describe, expect, it, vi } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { sizeOf } from '$lib/clusters/file-sizes-known';
import { loadDataset } from '$lib/model';
import { seededRandom } from '$lib/model/random';
import { fileRadii } from '$lib/scene/file-sizes';
import { createStyleContext, drawnRadii } from '$lib/scene/style';
import { buildGraphModel } from '$lib/state/graph-model';
import { inThreadEngine, LayoutRunner } from '$lib/state/layout-runner.svelte';

// The layout keeps nodes apart by the radius the scene draws them at, so a network sized by its
// file (scene/file-sizes.ts) does not relax into overlapping disks.

/** A Gephi-like file: sizes from 1 to 60, every node placed over a spread of thousands of units. */
function sizedNetwork(n: number, placed: boolean) {
	const random = seededRandom(7);
	const nodes = Array.from({ length: n }, (_, i) => ({
		id: `n${i}`,
		size: 1 + Math.round(random() * 59),
		...(placed ? { x: (random() - 0.5) * 4000, y: (random() - 0.5) * 4000 } : {})
	}));
	const edges = Array.from({ length: n * 2 }, () => {
		const s = Math.floor(random() * n);
		const t = (s + 1 + Math.floor(random() * (n - 1))) % n;
		return { source: `n${s}`, target: `n${t}` };
	});
	const dataset = loadDataset({ nodes, edges }).dataset;
	const model = buildGraphModel(dataset);
	const clustering = assignClusters(dataset, model.index, 'group', 'light');
	const ctx = createStyleContext(
		dataset,
		model.index,
		'light',
		clustering,
		'file',
		undefined,
		fileRadii(dataset, sizeOf)
	);
	return { model, radii: drawnRadii(dataset.nodes, ctx) };
}

/** The deepest overlap of two drawn disks, in layout units (negative: none touch). */
function deepestOverlap(positions: ArrayLike<number>, radii: ArrayLike<number>): number {
	let worst = -Infinity;
	for (let i = 0; i < radii.length; i++)
		for (let j = i + 1; j < radii.length; j++) {
			const d = Math.hypot(
				positions[2 * i]! - positions[2 * j]!,
				positions[2 * i + 1]! - positions[2 * j + 1]!
			);
			worst = Math.max(worst, radii[i]! + radii[j]! - d);
		}
	return worst;
}

async function settled(runner: LayoutRunner) {
	await vi.waitFor(() => expect(runner.busy).toBe(false), { timeout: 10_000 });
	return runner.positions.slice();
}

describe('the layout’s collision radius is the drawn radius', () => {
	it('drawnRadii reads the radius the scene draws: the file’s sizes, not the degree', () => {
		const { model, radii } = sizedNetwork(40, true);
		expect(radii.length).toBe(40);
		expect(Array.from(radii)).not.toEqual(Array.from(model.radii));
		// Placed over thousands of units, the largest file size is drawn far larger than any hub.
		expect(Math.max(...radii)).toBeGreaterThan(3 * Math.max(...model.radii));
	});

	it('after Relax layout no two drawn disks of a sized, placed network overlap', async () => {
		const { model, radii } = sizedNetwork(60, true);
		const relax = async (useDrawn: boolean) => {
			const runner = new LayoutRunner(
				model.layoutInput,
				{ seed: 1, settled: model.placed },
				inThreadEngine
			);
			if (useDrawn) runner.useRadii(radii);
			expect(runner.relax()).toBe(true);
			const at = await settled(runner);
			runner.destroy();
			return at;
		};
		const relaxed = await relax(true);
		expect(deepestOverlap(relaxed, radii)).toBeLessThan(1);
		// With the degree radii, as before, the same relax leaves disks deep inside each other.
		expect(deepestOverlap(await relax(false), radii)).toBeGreaterThan(50);
		// Deterministic: the same picture relaxes the same way.
		expect(Array.from(await relax(true))).toEqual(Array.from(relaxed));
	});

	it('radii that arrive while the first layout runs restart it: the picture does not depend on when', async () => {
		const { model, radii } = sizedNetwork(150, false);
		const early = new LayoutRunner(model.layoutInput, { seed: 2 }, inThreadEngine);
		early.useRadii(radii);
		early.start();
		const expected = await settled(early);
		early.destroy();
		expect(deepestOverlap(expected, radii)).toBeLessThan(1);

		// The radii arrive with a frame of the run under way: past its first ticks, not settled.
		let arrived = false;
		const late: LayoutRunner = new LayoutRunner(model.layoutInput, { seed: 2 }, (receive) =>
			inThreadEngine((frame) => {
				receive(frame);
				if (arrived || frame.ticks === 0 || frame.settled) return;
				arrived = true;
				late.useRadii(radii);
				// The same radii again change nothing.
				late.useRadii(Float64Array.from(radii));
			})
		);
		late.start();
		expect(Array.from(await settled(late))).toEqual(Array.from(expected));
		expect(arrived).toBe(true);
		late.destroy();
	});
});
