import { describe, expect, it } from 'vitest';
import { ForceLayout } from '$lib/layout/force-layout';
import type { LayoutInput } from '$lib/layout/input';
import { LayoutHost } from '$lib/layout/layout-host';
import { packInput, unpackInput } from '$lib/layout/pack';
import type { LayoutFrame, ToLayout } from '$lib/layout/protocol';

/** A ring of 12 with two chords: small, but enough structure for the forces to matter. */
function ring(n = 12): LayoutInput {
	const links = Array.from({ length: n }, (_, i) => ({ source: i, target: (i + 1) % n }));
	if (n >= 10) links.push({ source: 0, target: 6 }, { source: 3, target: 9 });
	return { radii: new Float64Array(n).fill(8), links };
}

/** Drives a host with a hand-cranked scheduler and a clock that moves 1 ms per reading. */
function harness() {
	const frames: LayoutFrame[] = [];
	const tasks: (() => void)[] = [];
	let clock = 0;
	const host = new LayoutHost({
		post: (f) => frames.push(f),
		schedule: (fn) => tasks.push(fn),
		now: () => clock++
	});
	const send = (m: ToLayout) => host.handle(m);
	const runAll = (limit = 10_000) => {
		for (let k = 0; k < limit && tasks.length; k++) tasks.shift()!();
	};
	const runOne = () => tasks.shift()?.();
	return { frames, tasks, send, runAll, runOne, last: () => frames[frames.length - 1]! };
}

const init = (input: LayoutInput, extra: Partial<Extract<ToLayout, { type: 'init' }>> = {}) =>
	({
		type: 'init',
		input: packInput(input),
		seed: 7,
		settled: false,
		pinned: [],
		...extra
	}) as ToLayout;

describe('pack/unpack', () => {
	it('round-trips links, weights and missing starting positions', () => {
		const input: LayoutInput = {
			radii: [5, 6, 7],
			links: [
				{ source: 0, target: 1, weight: 2 },
				{ source: 2, target: 0 }
			],
			initial: [{ x: 1, y: 2 }, undefined, { x: -3, y: 4 }]
		};
		const back = unpackInput(packInput(input));
		expect(Array.from(back.radii)).toEqual([5, 6, 7]);
		expect(back.links).toEqual([
			{ source: 0, target: 1, weight: 2 },
			{ source: 2, target: 0, weight: 1 }
		]);
		expect(back.initial).toEqual([{ x: 1, y: 2 }, undefined, { x: -3, y: 4 }]);
	});
});

describe('LayoutHost', () => {
	it('answers init with a frame at once, then ticks in slices until settled', () => {
		const h = harness();
		h.send(init(ring()));
		expect(h.frames).toHaveLength(1);
		expect(h.frames[0]!.positions).toHaveLength(24);
		expect(h.frames[0]!.settled).toBe(false);
		expect(h.frames[0]!.seen).toBe(1);
		h.runAll();
		expect(h.last().settled).toBe(true);
		expect(h.last().progress).toBe(1);
		expect(h.tasks).toHaveLength(0);
		// Each slice is bounded by the clock (12 ms at 1 ms a reading), so there were many frames.
		expect(h.frames.length).toBeGreaterThan(10);
	});

	it('gives the same positions as the synchronous layout for the same seed', () => {
		const h = harness();
		h.send(init(ring()));
		h.runAll();
		const sync = new ForceLayout(ring(), { seed: 7 });
		sync.settle();
		expect(h.last().ticks).toBe(sync.ticks);
		expect(Array.from(h.last().positions)).toEqual(Array.from(sync.positions));
	});

	it('makes the label room it is asked for, as the synchronous layout does ("Reset layout" of the bundled network)', () => {
		const labels = { halfWidth: new Float64Array(12).fill(70), below: 20 };
		const h = harness();
		h.send(init(ring(), { labels }));
		h.runAll();
		const sync = new ForceLayout(ring(), { seed: 7, labels });
		sync.settle();
		const plain = new ForceLayout(ring(), { seed: 7 });
		plain.settle();
		expect(h.last().settled).toBe(true);
		expect(sync.ticks).toBeGreaterThan(plain.ticks);
		expect(Array.from(sync.positions)).not.toEqual(Array.from(plain.positions));
		expect(h.last().ticks).toBe(sync.ticks);
		expect(Array.from(h.last().positions)).toEqual(Array.from(sync.positions));
	});

	it('keeps a pinned node where it was put, and lets it go when unpinned', () => {
		const h = harness();
		h.send(init(ring()));
		h.runAll();
		h.send({ type: 'pin', i: 4, x: 500, y: -250 });
		h.runAll();
		const p = h.last().positions;
		expect([p[8], p[9]]).toEqual([500, -250]);
		expect(h.last().settled).toBe(true);
		expect(h.last().seen).toBe(2);
		h.send({ type: 'unpin', i: 4 });
		h.runAll();
		const q = h.last().positions;
		expect(Math.hypot(q[8]! - 500, q[9]! + 250)).toBeGreaterThan(50);
	});

	it('stays warm while a drag is active and settles after it ends', () => {
		const h = harness();
		h.send(init(ring(), { settled: true }));
		expect(h.frames).toHaveLength(1);
		expect(h.frames[0]!.settled).toBe(true);
		expect(h.tasks).toHaveLength(0);
		h.send({ type: 'drag', active: true });
		h.send({ type: 'pin', i: 0, x: 10, y: 10 });
		for (let k = 0; k < 200; k++) h.runOne();
		expect(h.last().settled).toBe(false);
		h.send({ type: 'drag', active: false });
		h.runAll();
		expect(h.last().settled).toBe(true);
	});

	it('starts from the given positions and pins', () => {
		const h = harness();
		const input = ring(3);
		input.initial = [
			{ x: 1, y: 1 },
			{ x: 2, y: 2 },
			{ x: 3, y: 3 }
		];
		h.send(init(input, { settled: true, pinned: [1] }));
		expect(Array.from(h.frames[0]!.positions)).toEqual([1, 1, 2, 2, 3, 3]);
		h.send({ type: 'unpin', i: 0 });
		h.runAll();
		const p = h.last().positions;
		expect([p[2], p[3]]).toEqual([2, 2]);
	});

	it('pins many nodes in one message', () => {
		const h = harness();
		h.send(init(ring()));
		h.runAll();
		h.send({ type: 'pinMany', pins: new Float64Array([1, 100, 200, 7, -50, 25]) });
		h.runAll();
		const p = h.last().positions;
		expect([p[2], p[3], p[14], p[15]]).toEqual([100, 200, -50, 25]);
	});

	it('ignores messages before init', () => {
		const h = harness();
		h.send({ type: 'pin', i: 0, x: 1, y: 1 });
		expect(h.frames).toHaveLength(0);
		expect(h.tasks).toHaveLength(0);
	});
});

describe('LayoutHost: relax', () => {
	it('warms a settled picture only to the alpha asked, keeps its pins and settles again', () => {
		const settled = new ForceLayout(ring(), { seed: 7 });
		settled.settle();
		const start = settled.positions.slice();
		// Node 0 dragged far away, pinned there: the picture to relax.
		start[0] = 400;
		start[1] = -300;
		const input = {
			...ring(),
			initial: Array.from({ length: 12 }, (_, i) => ({ x: start[2 * i]!, y: start[2 * i + 1]! }))
		};
		const relax = () => {
			const h = harness();
			h.send(init(input, { pinned: [0], alpha: 0.3 }));
			// Alpha 0.3 is about a sixth of the way to settled, where a fresh layout starts at 0.
			expect(h.last().progress).toBeGreaterThan(0.15);
			expect(h.last().progress).toBeLessThan(0.2);
			h.runAll();
			return h;
		};
		const a = relax();
		expect(a.last().settled).toBe(true);
		const after = a.last().positions;
		expect([after[0], after[1]]).toEqual([400, -300]);
		// Its neighbours follow it; a warm start from scratch would have taken far more ticks.
		expect(Math.hypot(after[2]! - start[2]!, after[3]! - start[3]!)).toBeGreaterThan(20);
		expect(a.last().ticks).toBeLessThan(260);
		expect(Array.from(relax().last().positions)).toEqual(Array.from(after));
	});
});
