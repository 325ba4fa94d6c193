import { tick } from 'svelte';
import { nextInDirection } from './keyboard-nav';

/** What the keyboard moves over and what its keys do; the graph supplies it. */
export interface FocusTargets {
	/** Indices of the nodes and edges shown, in document order. */
	shownNodes(): number[];
	shownEdges(): number[];
	positions(): ArrayLike<number>;
	nodeCount(): number;
	isShown(i: number): boolean;
	/** The element that holds the graph's focusable nodes and edges. */
	root(): Element | undefined;
	selectNode(i: number): void;
	selectEdge(j: number): void;
	togglePin(i: number): void;
}

/**
 * A roving tabindex: one node and one edge are in the tab order (the "stops"); arrow keys move
 * within each set, Home and End jump to its ends, Enter selects, P pins. On a canvas the focused
 * element is created for the cursor, so focus waits a tick for it.
 */
export class RovingFocus {
	nodeCursor = $state(0);
	edgeCursor = $state(0);
	readonly #to: FocusTargets;
	/** The cursor falls back to the first shown element when a filter hides it. */
	readonly nodeStop = $derived.by(() => stop(this.#to.shownNodes(), this.nodeCursor));
	readonly edgeStop = $derived.by(() => stop(this.#to.shownEdges(), this.edgeCursor));

	constructor(targets: FocusTargets) {
		this.#to = targets;
	}

	async focusNode(i: number): Promise<void> {
		this.nodeCursor = i;
		await tick();
		this.#to.root()?.querySelector<SVGGElement>(`.node[data-index="${i}"]`)?.focus();
	}

	async focusEdge(j: number): Promise<void> {
		this.edgeCursor = j;
		await tick();
		this.#to.root()?.querySelector<SVGLineElement>(`.edge-proxy[data-edge="${j}"]`)?.focus();
	}

	onNodeKey = (event: KeyboardEvent, i: number): void => {
		const shown = this.#to.shownNodes();
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			this.#to.selectNode(i);
		} else if (event.key.startsWith('Arrow')) {
			event.preventDefault();
			const p = this.#to.positions();
			this.focusNode(nextInDirection(p, this.#to.nodeCount(), i, event.key, this.#to.isShown));
		} else if (event.key === 'Home' || event.key === 'End') {
			event.preventDefault();
			this.focusNode(event.key === 'Home' ? shown[0]! : shown[shown.length - 1]!);
		} else if (event.key === 'p' || event.key === 'P') this.#to.togglePin(i);
	};

	onEdgeKey = (event: KeyboardEvent, j: number): void => {
		const shown = this.#to.shownEdges();
		if (event.key === 'Enter' || event.key === ' ') {
			event.preventDefault();
			this.#to.selectEdge(j);
		} else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
			event.preventDefault();
			const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
			const k = shown.indexOf(j);
			this.focusEdge(shown[(k + step + shown.length) % shown.length]!);
		} else if (event.key === 'Home' || event.key === 'End') {
			event.preventDefault();
			this.focusEdge(event.key === 'Home' ? shown[0]! : shown[shown.length - 1]!);
		}
	};
}

function stop(shown: number[], cursor: number): number {
	return shown.includes(cursor) ? cursor : (shown[0] ?? -1);
}
