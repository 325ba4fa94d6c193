import { on } from 'svelte/events';
import { pointerIn } from './pointer';

/** What a press, hover or click on the canvas's backdrop can reach; the graph supplies it. */
export interface CanvasTargets {
	/** The node under a point of the view (pixels), or -1. */
	hit(x: number, y: number): number;
	/** The node lit under the pointer, if still within a few pixels of (x, y); else -1. */
	stillLit(x: number, y: number): number;
	/** The edge nearest a point of the view, within a few pixels, or -1. */
	nearestEdge(x: number, y: number): number;
	selectNode(i: number): void;
	selectEdge(j: number): void;
	clear(): void;
	unpin(i: number): void;
	hover(i: number): void;
	/** Lights the edge under the pointer (-1: none). */
	hoverEdge(j: number): void;
}

/**
 * Pointer handling for a picture drawn on a canvas, where nothing under the pointer is an element:
 * a click selects what is under it (a node before an edge) or clears, a double-click releases a
 * pinned node, a hover lights the node under it, or else the edge a click would select. Attached to the SVG over the canvas; presses on
 * its own elements (the keyboard's node, the selection) are theirs.
 */
export function canvasPointer(targets: CanvasTargets) {
	return (element: SVGSVGElement) => {
		const onBackdrop = (event: Event) => (event.target as Element).classList.contains('backdrop');
		const offs = [
			on(element, 'click', (event) => {
				if (!onBackdrop(event)) return;
				const { x, y } = pointerIn(element, event as MouseEvent);
				// What is under the pointer now; failing that, the node lit under it (a click lands on
				// whole pixels, a hover on fractions).
				const hit = targets.hit(x, y);
				const i = hit >= 0 ? hit : targets.stillLit(x, y);
				if (i >= 0) return targets.selectNode(i);
				const j = targets.nearestEdge(x, y);
				if (j >= 0) targets.selectEdge(j);
				else targets.clear();
			}),
			on(element, 'dblclick', (event) => {
				if (!onBackdrop(event)) return;
				const { x, y } = pointerIn(element, event as MouseEvent);
				const i = targets.hit(x, y);
				if (i < 0) return;
				// Said to the page: a double-click on a node is not one on the background.
				event.preventDefault();
				targets.unpin(i);
			}),
			on(element, 'pointermove', (event) => {
				const pointer = event as PointerEvent;
				if (pointer.buttons) return;
				const { x, y } = pointerIn(element, pointer);
				const i = targets.hit(x, y);
				targets.hover(i);
				// Off a node, the edge a click would select is the one lit.
				const j = i < 0 && onBackdrop(event) ? targets.nearestEdge(x, y) : -1;
				targets.hoverEdge(j);
				element.style.cursor = i >= 0 ? 'grab' : j >= 0 ? 'pointer' : '';
			}),
			on(element, 'pointerleave', () => {
				targets.hover(-1);
				targets.hoverEdge(-1);
			})
		];
		return () => offs.forEach((off) => off());
	};
}

/**
 * Of `first` (or none, -1) and `others`, the edge nearest by `distance`, within `within`; a later
 * one wins a tie, as a loop drawn over a line does.
 */
export function nearestOf(
	first: number,
	others: Iterable<number>,
	distance: (j: number) => number,
	within: number
): number {
	let best = first < 0 ? within : Math.min(within, distance(first));
	let found = first;
	for (const k of others) {
		const d = distance(k);
		if (d <= best) [best, found] = [d, k];
	}
	return found;
}
