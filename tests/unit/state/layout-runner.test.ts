import { describe, expect, it, vi } from 'vitest';
import { ForceLayout } from '$lib/layout/force-layout';
import type { LayoutInput } from '$lib/layout/input';
import type { LayoutFrame, ToLayout } from '$lib/layout/protocol';
import { startPositions } from '$lib/layout/start';
import {
	workerEngine,
	inThreadEngine,
	LayoutRunner,
	RELAX_ALPHA,
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

	it('loads no engine for a settled picture: a drag moves the dragged node and nothing else', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true }, s.factory);
		runner.start();
		const before = runner.positions.slice();
		expect(runner.busy).toBe(false);
		runner.dragStart();
		expect(runner.dragging).toBe(true);
		runner.pin(2, 50, 60);
		runner.pin(2, 55, 66);
		runner.dragEnd();
		expect(s.factory).not.toHaveBeenCalled();
		expect(runner.busy).toBe(false);
		expect(runner.dragging).toBe(false);
		expect([runner.positions[4], runner.positions[5]]).toEqual([55, 66]);
		for (let i = 0; i < 10; i++) {
			if (i === 2) continue;
			expect([runner.positions[2 * i], runner.positions[2 * i + 1]]).toEqual([
				before[2 * i],
				before[2 * i + 1]
			]);
		}
		expect([...runner.pinned]).toEqual([2]);
		// Unpinning leaves it where it was dropped: the network moves only when relaxed.
		runner.unpin(2);
		expect(runner.pinned.size).toBe(0);
		expect([runner.positions[4], runner.positions[5]]).toEqual([55, 66]);
		expect(s.factory).not.toHaveBeenCalled();
	});

	it('while the layout runs, a drag is forwarded and holds the simulation warm', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), {}, s.factory);
		runner.start();
		expect(runner.following).toBe(true);
		runner.dragStart();
		runner.pin(2, 50, 60);
		runner.dragEnd();
		runner.unpin(2);
		expect(s.sent.map((m) => m.type)).toEqual(['init', 'drag', 'pin', 'drag', 'unpin']);
		expect((s.sent[1] as Extract<ToLayout, { type: 'drag' }>).active).toBe(true);
		expect((s.sent[3] as Extract<ToLayout, { type: 'drag' }>).active).toBe(false);
		expect([runner.positions[4], runner.positions[5]]).toEqual([50, 60]);
		s.reply(s.frame(5, true));
		expect(runner.busy).toBe(false);
		expect(runner.following).toBe(false);
	});

	it('trusts "settled" only from a frame that saw every message sent', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), {}, s.factory);
		runner.start();
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

	it('relaxes from the picture on screen, pins fixed, in a fresh engine warmed only a little', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true, pinned: [1] }, s.factory);
		runner.pin(3, 40, 50);
		const done = vi.fn();
		expect(runner.relax(done)).toBe(true);
		expect(runner.busy).toBe(true);
		expect(runner.following).toBe(false);
		// A second relax while one runs is refused.
		expect(runner.relax()).toBe(false);
		expect(s.sent.map((m) => m.type)).toEqual(['init']);
		const init = s.sent[0] as Extract<ToLayout, { type: 'init' }>;
		expect(init.alpha).toBe(RELAX_ALPHA);
		expect([...init.pinned].sort()).toEqual([1, 3]);
		expect([init.input.initial[6], init.input.initial[7]]).toEqual([40, 50]);
		s.reply(s.frame(1, true));
		expect(runner.busy).toBe(false);
		expect(done).toHaveBeenCalledOnce();
		expect(Array.from(done.mock.calls[0]![0] as Float64Array)).toEqual(
			Array.from(runner.positions)
		);
		// The status bar's "settled in" is the first layout's, never a relax's.
		expect(runner.settleTime).toBeNull();
	});

	it('restoring a picture stops a relax under way and ignores its late frames', () => {
		const s = scripted();
		const runner = new LayoutRunner(input(), { settled: true }, s.factory);
		const before = runner.positions.slice();
		const done = vi.fn();
		runner.relax(done);
		runner.restore(before, new Set([4]));
		expect(runner.busy).toBe(false);
		s.reply(s.frame(1, true));
		expect(Array.from(runner.positions)).toEqual(Array.from(before));
		expect([...runner.pinned]).toEqual([4]);
		expect(done).not.toHaveBeenCalled();
	});

	it('relaxing in the engine is deterministic, keeps pins and moves the rest', async () => {
		const relaxed = async () => {
			const runner = new LayoutRunner(input(), { settled: true }, inThreadEngine);
			runner.dragStart();
			runner.pin(0, 200, -150);
			runner.dragEnd();
			const before = runner.positions.slice();
			runner.relax();
			await vi.waitFor(() => expect(runner.busy).toBe(false), { timeout: 5000 });
			const after = runner.positions.slice();
			runner.destroy();
			return { before, after };
		};
		const a = await relaxed();
		const b = await relaxed();
		expect(Array.from(a.after)).toEqual(Array.from(b.after));
		expect([a.after[0], a.after[1]]).toEqual([200, -150]);
		// Its neighbour follows the node dragged away.
		expect(Math.hypot(a.after[2]! - a.before[2]!, a.after[3]! - a.before[3]!)).toBeGreaterThan(20);
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
