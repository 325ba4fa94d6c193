import type { Command, History } from './history.svelte';
import type { LayoutRunner } from './layout-runner.svelte';

interface Place {
	x: number;
	y: number;
	pinned: boolean;
}

/**
 * What the user does to the picture's layout, each step recorded in the history so it can be
 * undone: dragging a node, pinning and unpinning one, relaxing the layout. The runner is read
 * afresh each time, since opening another network replaces it (and clears the history).
 */
export class LayoutEdits {
	readonly #runner: () => LayoutRunner;
	readonly #history: History;
	readonly #label: (i: number) => string;
	#drag: { runner: LayoutRunner; i: number; from: Place } | null = null;

	constructor(runner: () => LayoutRunner, history: History, label: (i: number) => string) {
		this.#runner = runner;
		this.#history = history;
		this.#label = label;
	}

	/** Relax needs a settled picture: why it cannot run now, or null when it can. */
	get relaxBlocked(): string | null {
		const runner = this.#runner();
		if (runner.positions.length === 0) return 'There is no network to relax';
		return runner.busy ? 'Wait until the layout has settled' : null;
	}

	/** True when the picture was settled: then only this node moves, and the view should stay. */
	dragStart(i: number): boolean {
		const runner = this.#runner();
		this.#drag = { runner, i, from: placeOf(runner, i) };
		runner.dragStart();
		return !runner.busy;
	}

	dragMove(i: number, x: number, y: number): void {
		this.#runner().pin(i, x, y);
	}

	dragEnd(i: number): void {
		const runner = this.#runner();
		runner.dragEnd();
		const drag = this.#drag;
		this.#drag = null;
		if (!drag || drag.runner !== runner || drag.i !== i) return;
		const to = placeOf(runner, i);
		if (to.x === drag.from.x && to.y === drag.from.y && to.pinned === drag.from.pinned) return;
		this.#history.push(placeCommand(this.#runner, i, `move of ${this.#label(i)}`, drag.from, to));
	}

	/** Pins node `i` where it is, or releases it (the P key). */
	togglePin(i: number): void {
		if (this.#runner().pinned.has(i)) this.unpin(i);
		else this.#setPinned(i, true);
	}

	/** Releases node `i` (a double-click); nothing when it is not pinned. */
	unpin(i: number): void {
		if (this.#runner().pinned.has(i)) this.#setPinned(i, false);
	}

	/** Runs the layout again around the pins; undoing it puts every node back. */
	relax(): void {
		const runner = this.#runner();
		const now = this.#runner;
		const before = { positions: runner.positions.slice(), pinned: new Set(runner.pinned) };
		let after: { positions: Float64Array; pinned: ReadonlySet<number> } | null = null;
		const keep = (positions: Float64Array, pinned: ReadonlySet<number>) =>
			(after = { positions, pinned: new Set(pinned) });
		if (!runner.relax(keep)) return;
		this.#history.push({
			label: 'relaxing the layout',
			undo: () => now().restore(before.positions, before.pinned),
			// The relax is deterministic: run again if it was undone before it had settled.
			redo: () => (after ? now().restore(after.positions, after.pinned) : now().relax(keep))
		});
	}

	#setPinned(i: number, pinned: boolean): void {
		const runner = this.#runner();
		const from = placeOf(runner, i);
		if (pinned) runner.pin(i, from.x, from.y);
		else runner.unpin(i);
		const verb = pinned ? 'pin' : 'unpin';
		this.#history.push(
			placeCommand(this.#runner, i, `${verb} of ${this.#label(i)}`, from, { ...from, pinned })
		);
	}
}

function placeOf(runner: LayoutRunner, i: number): Place {
	return {
		x: runner.positions[2 * i]!,
		y: runner.positions[2 * i + 1]!,
		pinned: runner.pinned.has(i)
	};
}

/**
 * The runner is looked up when the step is undone or redone: an edit of the network replaces it,
 * and by then the history has brought back the same nodes in the same order.
 */
function placeCommand(
	runner: () => LayoutRunner,
	i: number,
	label: string,
	from: Place,
	to: Place
): Command {
	return {
		label,
		undo: () => runner().place(i, from.x, from.y, from.pinned),
		redo: () => runner().place(i, to.x, to.y, to.pinned)
	};
}
