import type { LayoutOptions } from '../layout/force-layout';
import type { LayoutInput } from '../layout/input';
import type { LayoutFrame, ToLayout } from '../layout/protocol';
import { packInput } from '../layout/pack';
import { startPositions } from '../layout/start';

/** Where the simulation runs: a worker in the browser, in-thread where workers are missing. */
export interface LayoutEngine {
	send(message: ToLayout, transfer?: Transferable[]): void;
	terminate(): void;
}
export type EngineFactory = (receive: (frame: LayoutFrame) => void) => LayoutEngine;

/** The simulation in a Web Worker; d3-force is loaded there, never on the page. */
export const workerEngine: EngineFactory = (receive) => {
	let worker: Worker;
	try {
		// Vite finds the worker by this exact expression; the URL is never state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		worker = new Worker(new URL('../layout/layout.worker.ts', import.meta.url), {
			type: 'module',
			name: 'layout'
		});
	} catch {
		// A page that may not start workers (an unusual CSP) still lays out, on its own thread.
		return inThreadEngine(receive);
	}
	// If the worker fails to load or throws, the layout carries on in this thread from the start:
	// the messages so far are kept (not transferred) so they can be replayed there.
	const sent: ToLayout[] = [];
	let fallback: LayoutEngine | null = null;
	worker.onmessage = (event: MessageEvent<LayoutFrame>) => receive(event.data);
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
		fallback = inThreadEngine(receive);
		for (const message of sent) fallback.send(message);
	};
	return {
		send: (message) => {
			if (fallback) return fallback.send(message);
			sent.push(message);
			worker.postMessage(message);
		},
		terminate: () => {
			worker.terminate();
			fallback?.terminate();
		}
	};
};

/** The same host as the worker runs, on this thread: for tests and as a fallback. */
export const inThreadEngine: EngineFactory = (receive) => {
	const queue: ToLayout[] = [];
	let host: { handle(message: ToLayout): void } | null = null;
	let stopped = false;
	void import('../layout/layout-host').then(({ LayoutHost }) => {
		if (stopped) return;
		host = new LayoutHost({
			post: (frame) => !stopped && receive(frame),
			schedule: (fn) => setTimeout(() => !stopped && fn(), 0),
			now: () => performance.now()
		});
		for (const message of queue.splice(0)) host.handle(message);
	});
	return {
		send: (message) => (host ? host.handle(message) : queue.push(message)),
		terminate: () => (stopped = true)
	};
};

/** How warm "Relax layout" makes a settled picture: enough to ease strain, too little to reshuffle. */
export const RELAX_ALPHA = 0.3;

/**
 * The page's handle on the layout. It keeps the positions as reactive state, published at most
 * once per animation frame from the frames the engine sends. While the layout runs, pins and drags
 * go to the engine and the network responds. Once it has settled, the picture is the user's: a
 * drag, a pin or an unpin changes that node only, here, and the network moves again only when
 * asked (`relax`). The engine starts only when there is layout work: a picture that starts settled
 * (a saved layout, a file with positions, the prerendered bundled network) loads no simulation
 * until it is relaxed.
 */
export class LayoutRunner {
	readonly #input: LayoutInput;
	readonly #seed: number;
	readonly #labels: LayoutOptions['labels'];
	readonly #factory: EngineFactory;
	#engine: LayoutEngine | null = null;
	#sent = 0;
	#latest: LayoutFrame | null = null;
	/** Pins the engine has not seen yet: drawn where the pointer is, not where an older frame says. */
	// Bookkeeping read only inside #publish, never rendered.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #pendingPins = new Map<number, { x: number; y: number; seq: number }>();
	#frame = 0;
	#started = 0;
	/** The drag under way started while the layout ran: the engine holds it warm until it ends. */
	#warmDrag = false;
	/** Called with the picture once a relax settles; dropped if it is undone or replaced first. */
	#relaxed: ((positions: Float64Array, pinned: ReadonlySet<number>) => void) | null = null;
	/** The radii nodes are drawn at, which the layout keeps apart; null: the input's. */
	#radii: Float64Array | null = null;
	/** Where the engine under way started, and how warm: new radii start it again from there. */
	#run: { from: Float64Array; alpha: number | undefined } | null = null;
	/** The layout has not settled yet since it started from scratch (not from a settled picture). */
	#firstRun = $state(false);

	positions = $state.raw<Float64Array>(new Float64Array());
	busy = $state(true);
	progress = $state(0);
	/** Milliseconds from start to the first settle, for the status bar and the benchmark. */
	settleTime = $state<number | null>(null);
	// Replaced, never mutated: a plain Set in raw state is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	pinned = $state.raw<ReadonlySet<number>>(new Set());
	/** A node is being dragged: what is on screen is not worth keeping until it is dropped. */
	dragging = $state(false);
	/** The layout is finding its first picture, and the camera may follow it; never after. */
	readonly following = $derived(this.busy && this.#firstRun);

	constructor(
		input: LayoutInput,
		options: LayoutOptions & { pinned?: number[] } = {},
		factory: EngineFactory = workerEngine
	) {
		this.#input = input;
		this.#seed = options.seed ?? 1;
		this.#labels = options.labels;
		this.#factory = factory;
		this.positions = startPositions(input);
		this.busy = !options.settled && input.radii.length > 0;
		if (!this.busy) this.progress = 1;
		this.#firstRun = this.busy;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (options.pinned?.length) this.pinned = new Set(options.pinned);
	}

	start(): void {
		this.#started = performance.now();
		if (this.busy) this.#connect();
	}

	destroy(): void {
		this.#drop();
	}

	/** Starts a drag: while the layout runs, the simulation stays warm until `dragEnd`. */
	dragStart(): void {
		this.dragging = true;
		this.#warmDrag = this.busy;
		if (this.busy) this.#send({ type: 'drag', active: true });
	}

	/**
	 * Pins node `i` at (x, y) in layout coordinates; drawn there at once, before the engine answers.
	 * On a settled picture nothing else moves.
	 */
	pin(i: number, x: number, y: number): void {
		if (!this.busy) return this.place(i, x, y, true);
		const next = this.positions.slice();
		next[2 * i] = x;
		next[2 * i + 1] = y;
		this.positions = next;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		if (!this.pinned.has(i)) this.pinned = new Set([...this.pinned, i]);
		this.#send({ type: 'pin', i, x, y });
		this.#pendingPins.set(i, { x, y, seq: this.#sent });
	}

	/** Pins several nodes in one message: `pins` holds [i, x, y] for each. */
	pinMany(pins: { i: number; x: number; y: number }[]): void {
		if (pins.length === 0) return;
		const packed = new Float64Array(pins.length * 3);
		const next = this.positions.slice();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const pinned = new Set(this.pinned);
		pins.forEach(({ i, x, y }, k) => {
			packed.set([i, x, y], 3 * k);
			next[2 * i] = x;
			next[2 * i + 1] = y;
			pinned.add(i);
		});
		this.#send({ type: 'pinMany', pins: packed });
		for (const { i, x, y } of pins) this.#pendingPins.set(i, { x, y, seq: this.#sent });
		this.positions = next;
		this.pinned = pinned;
	}

	dragEnd(): void {
		this.dragging = false;
		if (this.#warmDrag) this.#send({ type: 'drag', active: false });
		this.#warmDrag = false;
	}

	/** Releases node `i`. On a settled picture it stays where it is until the layout is relaxed. */
	unpin(i: number): void {
		if (!this.pinned.has(i)) return;
		if (!this.busy) return this.place(i, this.positions[2 * i]!, this.positions[2 * i + 1]!, false);
		this.#send({ type: 'unpin', i });
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const next = new Set(this.pinned);
		next.delete(i);
		this.pinned = next;
	}

	/**
	 * Puts node `i` at (x, y), pinned or not (a move undone or redone). On a settled picture only
	 * that node changes; while the layout runs, the engine is told.
	 */
	place(i: number, x: number, y: number, pinned: boolean): void {
		if (this.busy) {
			this.pin(i, x, y);
			if (!pinned) this.unpin(i);
			return;
		}
		// The engine's copy of the picture is now out of date: a relax starts a fresh one.
		this.#drop();
		const next = this.positions.slice();
		next[2 * i] = x;
		next[2 * i + 1] = y;
		this.positions = next;
		if (this.pinned.has(i) !== pinned) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const set = new Set(this.pinned);
			if (pinned) set.add(i);
			else set.delete(i);
			this.pinned = set;
		}
	}

	/**
	 * Lets a settled picture respond to its pins: the force layout runs again from where the nodes
	 * are, pinned ones fixed, warmed only to RELAX_ALPHA. Deterministic: the same picture and pins
	 * relax to the same positions. `done` gets the result once settled. False while it runs already.
	 */
	relax(done?: (positions: Float64Array, pinned: ReadonlySet<number>) => void): boolean {
		if (this.busy || this.#input.radii.length === 0) return false;
		this.#drop();
		this.busy = true;
		this.progress = 0;
		this.#relaxed = done ?? null;
		this.#connect(RELAX_ALPHA);
		return true;
	}

	/**
	 * Keeps nodes apart by the radii they are drawn at (file sizes, betweenness), not the degree
	 * radii of the input, in every run from now on. A run under way starts again from where it
	 * started, so the picture does not depend on when the radii arrived.
	 */
	useRadii(radii: ArrayLike<number>): void {
		const now = this.#radii ?? this.#input.radii;
		if (radii.length !== now.length || Array.prototype.every.call(radii, (r, i) => r === now[i]))
			return;
		this.#radii = Float64Array.from(radii);
		const run = this.#run;
		if (!this.#engine || !this.busy || !run) return;
		const relaxed = this.#relaxed;
		const from = run.from.slice();
		// A node pinned meanwhile stays where the user put it.
		for (const i of this.pinned)
			from.set([this.positions[2 * i]!, this.positions[2 * i + 1]!], 2 * i);
		this.#drop();
		this.positions = from;
		this.#relaxed = relaxed;
		this.#connect(run.alpha);
	}

	/** Shows exactly this picture (a relax undone or redone), stopping any layout under way. */
	restore(positions: Float64Array, pinned: ReadonlySet<number>): void {
		this.#drop();
		this.positions = positions.slice();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.pinned = new Set(pinned);
		this.busy = false;
		this.progress = 1;
		this.#firstRun = false;
	}

	/** Stops and forgets the engine; a late frame from it is ignored. */
	#drop(): void {
		if (this.#frame && typeof cancelAnimationFrame !== 'undefined')
			cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#engine?.terminate();
		this.#engine = null;
		this.#latest = null;
		this.#sent = 0;
		this.#pendingPins.clear();
		this.#relaxed = null;
	}

	#connect(alpha?: number): LayoutEngine {
		if (this.#engine) return this.#engine;
		const engine = this.#factory((frame) => {
			if (this.#engine === engine) this.#receive(frame);
		});
		this.#engine = engine;
		const radii = this.#radii ?? this.#input.radii;
		const input = packInput({ ...this.#input, radii, initial: undefined });
		input.initial = this.positions.slice();
		this.#run = { from: this.positions.slice(), alpha };
		this.#sent++;
		engine.send({
			type: 'init',
			input,
			seed: this.#seed,
			settled: !this.busy,
			pinned: [...this.pinned],
			...(alpha === undefined ? {} : { alpha }),
			...(this.#labels ? { labels: this.#labels } : {})
		});
		return engine;
	}

	#send(message: ToLayout): void {
		const engine = this.#connect();
		this.#sent++;
		this.busy = true;
		engine.send(message);
	}

	#receive(frame: LayoutFrame): void {
		this.#latest = frame;
		if (this.#frame) return;
		if (typeof requestAnimationFrame === 'undefined') this.#publish();
		else this.#frame = requestAnimationFrame(this.#publish);
	}

	#publish = (): void => {
		this.#frame = 0;
		const frame = this.#latest;
		if (!frame) return;
		this.#latest = null;
		for (const [i, pin] of this.#pendingPins) {
			if (frame.seen >= pin.seq) this.#pendingPins.delete(i);
			else {
				frame.positions[2 * i] = pin.x;
				frame.positions[2 * i + 1] = pin.y;
			}
		}
		this.positions = frame.positions;
		this.progress = frame.progress;
		// A frame sent before the engine saw our latest message cannot tell us the layout is done.
		if (frame.settled && frame.seen === this.#sent) {
			this.busy = false;
			// The status bar's "settled in" is the first layout's time, not a relax's.
			if (this.#firstRun) this.settleTime ??= Math.round(performance.now() - this.#started);
			this.#firstRun = false;
			const done = this.#relaxed;
			this.#relaxed = null;
			done?.(frame.positions.slice(), this.pinned);
		}
	};
}
