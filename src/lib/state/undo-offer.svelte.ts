/** How long a destructive action can be undone: long enough to read the message and decide. */
export const UNDO_MS = 30_000;
/** How long the word that an undo worked stays. */
const DONE_MS = 6_000;

/** The clock an offer expires by: the browser's timers on the page, a fake one in the tests. */
export interface Timers {
	set(run: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export const browserTimers: Timers = {
	set: (run, ms) => setTimeout(run, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** What the status bar says about the last destructive action: with Undo while it can be undone. */
export interface UndoMessage {
	text: string;
	undoable: boolean;
	/** Counts the messages, so that one repeated word by word is still a new message. */
	n: number;
}

/**
 * One offer to undo the last destructive action (opening over a network, forgetting one). It holds
 * what that action replaced until it is taken, the next destructive action replaces it, or the
 * time runs out.
 */
export class UndoOffer<T> {
	message = $state.raw<UndoMessage | null>(null);
	readonly #timers: Timers;
	readonly #ms: number;
	#held: T | null = null;
	#timer: unknown = null;
	#n = 0;

	constructor(timers: Timers = browserTimers, ms = UNDO_MS) {
		this.#timers = timers;
		this.#ms = ms;
	}

	/** Offers to undo an action, in place of any earlier offer. */
	offer(text: string, held: T): void {
		this.#show(text, true, this.#ms);
		this.#held = held;
	}

	/** What the last action replaced, if it can still be undone; the offer ends. */
	take(): T | null {
		const held = this.#held;
		this.#held = null;
		if (held !== null) this.#clearTimer();
		return held;
	}

	/** Says that an undo has brought back what was replaced; the word goes after a while. */
	done(text: string): void {
		this.#show(text, false, DONE_MS);
	}

	/** Ends the offer and its message. */
	drop(): void {
		this.#clearTimer();
		this.#held = null;
		this.message = null;
	}

	#show(text: string, undoable: boolean, ms: number): void {
		this.drop();
		this.message = { text, undoable, n: ++this.#n };
		this.#timer = this.#timers.set(() => this.drop(), ms);
	}

	#clearTimer(): void {
		if (this.#timer !== null) this.#timers.clear(this.#timer);
		this.#timer = null;
	}
}
