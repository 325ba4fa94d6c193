import { describe, expect, it } from 'vitest';
import type { LayoutInput } from '$lib/layout/input';
import type { LayoutFrame, ToLayout } from '$lib/layout/protocol';
import { History } from '$lib/state/history.svelte';
import { LayoutEdits } from '$lib/state/layout-edits';
import { LayoutRunner, type EngineFactory } from '$lib/state/layout-runner.svelte';

const input = (): LayoutInput => ({
	radii: new Float64Array(6).fill(8),
	links: Array.from({ length: 5 }, (_, i) => ({ source: i, target: i + 1 })),
	initial: Array.from({ length: 6 }, (_, i) => ({ x: i * 60, y: i * 10 }))
});

/** A settled picture, an engine that answers when told, and the edits over them. */
function setup() {
	const sent: ToLayout[] = [];
	let reply: (f: LayoutFrame) => void = () => {};
	const factory: EngineFactory = (receive) => {
		reply = receive;
		return { send: (m) => sent.push(m), terminate: () => {} };
	};
	const runner = new LayoutRunner(input(), { settled: true }, factory);
	const history = new History();
	const edits = new LayoutEdits(
		() => runner,
		history,
		(i) => `node ${i}`
	);
	const settle = (positions: number[]) =>
		reply({
			type: 'frame',
			positions: Float64Array.from(positions),
			progress: 1,
			settled: true,
			ticks: 1,
			seen: sent.length
		});
	return { runner, history, edits, sent, settle };
}

const drag = (edits: LayoutEdits, i: number, x: number, y: number) => {
	edits.dragStart(i);
	edits.dragMove(i, x - 5, y - 5);
	edits.dragMove(i, x, y);
	edits.dragEnd(i);
};

describe('LayoutEdits', () => {
	it('a drag is one step: undo puts the node back unpinned, redo drops it pinned again', () => {
		const { runner, history, edits } = setup();
		const start = runner.positions.slice();
		drag(edits, 2, 500, 400);
		expect(history.size).toBe(1);
		expect(history.next?.label).toBe('move of node 2');
		history.undo();
		expect(Array.from(runner.positions)).toEqual(Array.from(start));
		expect(runner.pinned.has(2)).toBe(false);
		expect(history.message).toBe('Undid: move of node 2');
		history.redo();
		expect([runner.positions[4], runner.positions[5]]).toEqual([500, 400]);
		expect(runner.pinned.has(2)).toBe(true);
		// Everything else is where it started.
		expect(Array.from(runner.positions).filter((v, k) => v !== start[k])).toHaveLength(2);
	});

	it('a press that never moved records nothing', () => {
		const { history, edits } = setup();
		// The picture is settled: the view should stay as it is.
		expect(edits.dragStart(1)).toBe(true);
		edits.dragEnd(1);
		expect(history.size).toBe(0);
	});

	it('pins and unpins are steps too', () => {
		const { runner, history, edits } = setup();
		edits.togglePin(3);
		expect(runner.pinned.has(3)).toBe(true);
		edits.unpin(3);
		expect(runner.pinned.has(3)).toBe(false);
		expect(history.next?.label).toBe('unpin of node 3');
		// Unpinning what is not pinned is no step.
		edits.unpin(3);
		expect(history.size).toBe(2);
		history.undo();
		expect(runner.pinned.has(3)).toBe(true);
		history.undo();
		expect(runner.pinned.has(3)).toBe(false);
		history.redo();
		expect(runner.pinned.has(3)).toBe(true);
	});

	it('undoing a relax restores every position; redo shows its result again', () => {
		const { runner, history, edits, settle } = setup();
		drag(edits, 0, -100, -100);
		const before = Array.from(runner.positions);
		expect(edits.relaxBlocked).toBeNull();
		edits.relax();
		expect(edits.relaxBlocked).toMatch(/settled/);
		const relaxed = before.map((v, k) => (k < 2 ? v : v + 7));
		settle(relaxed);
		expect(Array.from(runner.positions)).toEqual(relaxed);
		expect(history.next?.label).toBe('relaxing the layout');
		history.undo();
		expect(Array.from(runner.positions)).toEqual(before);
		expect(runner.pinned.has(0)).toBe(true);
		history.redo();
		expect(Array.from(runner.positions)).toEqual(relaxed);
		// And the move before it still undoes on its own.
		history.undo();
		history.undo();
		expect([runner.positions[0], runner.positions[1]]).toEqual([0, 0]);
		expect(runner.pinned.size).toBe(0);
	});

	it('a relax undone before it settled runs again on redo', () => {
		const { runner, history, edits, sent } = setup();
		edits.relax();
		history.undo();
		expect(runner.busy).toBe(false);
		const inits = () => sent.filter((m) => m.type === 'init').length;
		expect(inits()).toBe(1);
		history.redo();
		expect(runner.busy).toBe(true);
		expect(inits()).toBe(2);
	});
});
