import { describe, expect, it, vi } from 'vitest';
import { ForceLayout } from '$lib/layout/force-layout';
import type { LayoutInput } from '$lib/layout/input';
import type { LayoutFrame, ToLayout } from '$lib/layout/protocol';
import { startPositions } from '$lib/layout/start';
import {
	workerEngine,
	inThreadEngine,
	LayoutRunner,
	type EngineFactory
} from '$lib/state/layout-runner.svelte';

const input = (): LayoutInput => ({
	radii: new Float64Array(10).fill(8),
	links: Array.from({ length: 9 }, (_, i) => ({ source: i, target: i + 1 }))
});

/** An engine that records what it is sent and replies only when the test says so. */
function scripted() {
	const sent: ToLayout[] = [];
	let reply: (f: LayoutFrame) => void = () => {};
	const factory: EngineFactory = (receive) => {
		reply = receive;
		return { send: (m) => sent.push(m), terminate: () => {} };
	};
	const frame = (seen: number, settled: boolean): LayoutFrame => ({
		type: 'frame',
		positions: new Float64Array(20).fill(seen),
		progress: settled ? 1 : 0.5,
		settled,
		ticks: seen,
		seen
	});
	return { sent, factory: vi.fn(factory), reply: (f: LayoutFrame) => reply(f), frame };
}

describe('startPositions', () => {
	it("keeps given positions and puts the rest on d3's starting spiral", () => {
		const i = input();
		i.initial = [{ x: 100, y: 200 }];
		const p = startPositions(i);
		expect([p[0], p[1]]).toEqual([100, 200]);
		const sim = new ForceLayout({ ...input(), initial: [{ x: 100, y: 200 }] });
		// Before any tick the simulation's positions are its starting ones: they must agree.
		expect(Array.from(p)).toEqual(Array.from(sim.positions));
	});
});

describe('LayoutRunner', () => {
	it('lays out in the engine and ends where the synchronous layout ends', async () => {
		const runner = new LayoutRunner(input(), { seed: 3 }, inThreadEngine);
		expect(runner.busy).toBe(true);
		runner.start();
		await vi.waitFor(() => expect(runner.busy).toBe(false), { timeout: 5000 });
		const sync = new ForceLayout(input(), { seed: 3 });
		sync.settle();
		expect(Array.from(runner.positions)).toEqual(Array.from(sync.positions));
		expect(runner.progress).toBe(1);
		expect(runner.settleTime).not.toBeNull();
		runner.destroy();
	});

	it('loads no engine for a picture that starts settled, until a node is dragged', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true }, s.factory);
		runner.start();
		expect(runner.busy).toBe(false);
		expect(s.factory).not.toHaveBeenCalled();
		runner.dragStart();
		runner.pin(2, 50, 60);
		expect(s.factory).toHaveBeenCalledOnce();
		expect(s.sent.map((m) => m.type)).toEqual(['init', 'drag', 'pin']);
		const init = s.sent[0] as Extract<ToLayout, { type: 'init' }>;
		expect(init.settled).toBe(true);
		// The pinned node is drawn under the pointer at once.
		expect([runner.positions[4], runner.positions[5]]).toEqual([50, 60]);
		expect(runner.pinned.has(2)).toBe(true);
		expect(runner.busy).toBe(true);
	});

	it('trusts "settled" only from a frame that saw every message sent', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true }, s.factory);
		runner.pin(2, 50, 60); // init + pin: two messages
		s.reply(s.frame(1, true)); // sent before the pin arrived
		expect(runner.busy).toBe(true);
		// …and it does not move the node back from under the pointer.
		expect([runner.positions[4], runner.positions[5]]).toEqual([50, 60]);
		s.reply(s.frame(2, true));
		expect(runner.busy).toBe(false);
		expect(runner.positions[4]).toBe(2);
	});

	it("pins the file's positions in one message and draws them at once", () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true }, s.factory);
		runner.pinMany([
			{ i: 1, x: 10, y: 20 },
			{ i: 4, x: -5, y: 7 }
		]);
		expect(s.sent.map((m) => m.type)).toEqual(['init', 'pinMany']);
		expect(Array.from((s.sent[1] as Extract<ToLayout, { type: 'pinMany' }>).pins)).toEqual([
			1, 10, 20, 4, -5, 7
		]);
		expect([runner.positions[2], runner.positions[3], runner.positions[8]]).toEqual([10, 20, -5]);
		expect([...runner.pinned].sort()).toEqual([1, 4]);
		runner.pinMany([]);
		expect(s.sent).toHaveLength(2);
	});

	it('forwards unpins and drag ends, and forgets unknown unpins', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true, pinned: [1] }, s.factory);
		runner.unpin(5);
		expect(s.sent).toHaveLength(0);
		runner.unpin(1);
		runner.dragEnd();
		expect(s.sent.map((m) => m.type)).toEqual(['init', 'unpin', 'drag']);
		expect((s.sent[0] as Extract<ToLayout, { type: 'init' }>).pinned).toEqual([1]);
		expect(runner.pinned.size).toBe(0);
	});
});

describe('workerEngine', () => {
	it('carries on in this thread when the worker fails, replaying what it was sent', async () => {
		const workers: { onerror: ((e: { preventDefault(): void }) => void) | null }[] = [];
		vi.stubGlobal(
			'Worker',
			class {
				onmessage = null;
				onerror: ((e: { preventDefault(): void }) => void) | null = null;
				constructor() {
					workers.push(this);
				}
				postMessage() {}
				terminate() {}
			}
		);
		try {
			const runner = new LayoutRunner(input(), { seed: 3 }, workerEngine);
			runner.start();
			expect(workers).toHaveLength(1);
			// The module failed to load: no frame ever came from the worker.
			workers[0]!.onerror!({ preventDefault() {} });
			await vi.waitFor(() => expect(runner.busy).toBe(false), { timeout: 5000 });
			const sync = new ForceLayout(input(), { seed: 3 });
			sync.settle();
			expect(Array.from(runner.positions)).toEqual(Array.from(sync.positions));
			runner.destroy();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
