import { ForceLayout, type LayoutInput, type LayoutOptions } from '../layout/force-layout';

/** Up to this many ticks per animation frame: about 300 ticks settle a layout, so ~0.5 s at 60 fps. */
const TICKS_PER_FRAME = 10;
/** …but never more than this many milliseconds of a frame, so large graphs keep drawing. */
const FRAME_BUDGET_MS = 10;

/**
 * Drives a ForceLayout from animation frames and publishes its positions as reactive state.
 * The layout itself knows nothing of Svelte or the DOM; a later worker-based runner can take this
 * one's place without the renderer noticing.
 */
export class LayoutRunner {
	readonly #layout: ForceLayout;
	#frame = 0;
	#started = 0;

	/** A fresh copy each frame, so readers of `positions` re-render once per frame. */
	positions = $state.raw<Float64Array>(new Float64Array());
	busy = $state(true);
	progress = $state(0);
	/** Milliseconds from start to the first settle, for the status bar and the closing note. */
	settleTime = $state<number | null>(null);
	// Replaced, never mutated: a plain Set in raw state is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	pinned = $state.raw<ReadonlySet<number>>(new Set());

	constructor(input: LayoutInput, options: LayoutOptions & { pinned?: number[] } = {}) {
		this.#layout = new ForceLayout(input, options);
		for (const i of options.pinned ?? []) {
			const x = this.#layout.positions[2 * i]!,
				y = this.#layout.positions[2 * i + 1]!;
			this.#layout.pin(i, x, y);
		}
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (options.pinned?.length) this.pinned = new Set(options.pinned);
		this.positions = this.#layout.positions.slice();
	}

	start(): void {
		this.#started = performance.now();
		this.#wake();
	}

	destroy(): void {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
	}

	/** Starts a drag: the simulation stays warm until `dragEnd`. */
	dragStart(): void {
		this.#layout.reheat(0.3, true);
		this.#wake();
	}

	/** Pins node `i` at (x, y) in layout coordinates. */
	pin(i: number, x: number, y: number): void {
		this.#layout.pin(i, x, y);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (!this.pinned.has(i)) this.pinned = new Set([...this.pinned, i]);
		this.positions = this.#layout.positions.slice();
		this.#wake();
	}

	dragEnd(): void {
		this.#layout.release();
	}

	unpin(i: number): void {
		if (!this.pinned.has(i)) return;
		this.#layout.unpin(i);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const next = new Set(this.pinned);
		next.delete(i);
		this.pinned = next;
		this.#wake();
	}

	#wake(): void {
		this.busy = !this.#layout.settled;
		if (this.#frame || typeof requestAnimationFrame === 'undefined') return;
		this.#frame = requestAnimationFrame(this.#step);
	}

	#step = (): void => {
		this.#frame = 0;
		const start = performance.now();
		for (let i = 0; i < TICKS_PER_FRAME && !this.#layout.settled; i++) {
			this.#layout.tick(1);
			if (performance.now() - start > FRAME_BUDGET_MS) break;
		}
		this.positions = this.#layout.positions.slice();
		this.progress = this.#layout.progress;
		if (this.#layout.settled) {
			this.busy = false;
			this.settleTime ??= Math.round(performance.now() - this.#started);
		} else {
			this.#frame = requestAnimationFrame(this.#step);
		}
	};
}
