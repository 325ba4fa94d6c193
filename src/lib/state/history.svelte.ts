/**
 * Something the user did that can be taken back. `label` finishes the sentences "Undid: …" and
 * "Undo …" ("move of Baku"). A command is pushed once done; `undo` and `redo` must each leave the
 * state exactly as it was before and after it, so they can alternate any number of times.
 */
export interface Command {
	readonly label: string;
	undo(): void;
	redo(): void;
}

/** How many steps are kept by default: far more than anyone retraces, and a bounded memory. */
export const HISTORY_LIMIT = 100;

/**
 * A bounded undo stack of commands, shared by whatever changes the network on screen (moves and
 * pins today, edits later). Pushing clears what could be redone; past `limit` the oldest step is
 * dropped. `message` says what the last undo or redo did, for a live region.
 */
export class History {
	readonly #limit: number;
	#past = $state.raw<readonly Command[]>([]);
	#future = $state.raw<readonly Command[]>([]);
	/** "Undid: move of Baku", after an undo or redo; cleared by a new step. */
	message = $state('');
	/** Counts the clears: a list of changes kept beside the history knows when it starts afresh. */
	generation = $state(0);

	constructor(limit = HISTORY_LIMIT) {
		this.#limit = Math.max(1, limit);
	}

	/** The step Undo would take back, if any. */
	get next(): Command | null {
		return this.#past.at(-1) ?? null;
	}

	/** The step Redo would do again, if any. */
	get redoable(): Command | null {
		return this.#future.at(-1) ?? null;
	}

	get size(): number {
		return this.#past.length;
	}

	/** Records a command the caller has just carried out. */
	push(command: Command): void {
		const past = [...this.#past, command];
		this.#past = past.length > this.#limit ? past.slice(past.length - this.#limit) : past;
		this.#future = [];
		this.message = '';
	}

	/** Takes back the latest step; false when there is none. */
	undo(): boolean {
		const command = this.next;
		if (!command) return false;
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, command];
		command.undo();
		this.message = `Undid: ${command.label}`;
		return true;
	}

	/** Does again the latest step taken back; false when there is none. */
	redo(): boolean {
		const command = this.redoable;
		if (!command) return false;
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, command];
		command.redo();
		this.message = `Redid: ${command.label}`;
		return true;
	}

	/** Forgets every step (another network is on screen: its steps mean nothing there). */
	clear(): void {
		this.#past = [];
		this.#future = [];
		this.message = '';
		this.generation++;
	}
}

/**
 * Which history step a key press asks for: Ctrl+Z (Cmd+Z on a Mac) undoes, Ctrl+Shift+Z and
 * Ctrl+Y redo. The physical key counts too, so a keyboard layout without Latin letters works.
 */
export function historyKey(event: {
	key: string;
	code?: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}): 'undo' | 'redo' | null {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
	const key = event.key.length === 1 ? event.key.toLowerCase() : '';
	const z = key === 'z' || (!/^[a-z]$/.test(key) && event.code === 'KeyZ');
	const y = key === 'y' || (!/^[a-z]$/.test(key) && event.code === 'KeyY');
	if (z) return event.shiftKey ? 'redo' : 'undo';
	if (y && !event.shiftKey) return 'redo';
	return null;
}
