import { toLayout, type Transform } from '../scene/transform';

/**
 * Calls `at` with the layout position of a double-click on the picture that is not on a node or
 * an edge (edit mode adds a node there). The camera holds the view first: the new node appears
 * where the user pointed, and the picture does not re-fit around it.
 */
export function backgroundDoubleClick(
	transform: () => Transform,
	camera: { hold(): void },
	at: (x: number, y: number) => void
) {
	return (element: HTMLElement) => {
		const listener = (event: MouseEvent) => {
			// A node drawn on the canvas is hit-tested there, which marks the event as handled.
			if (event.defaultPrevented || (event.target as Element).closest('.node, .edge-proxy')) return;
			const box = element.getBoundingClientRect();
			const p = toLayout(transform(), event.clientX - box.left, event.clientY - box.top);
			camera.hold();
			at(p.x, p.y);
		};
		element.addEventListener('dblclick', listener);
		return () => element.removeEventListener('dblclick', listener);
	};
}
