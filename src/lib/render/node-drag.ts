import { drag } from 'd3-drag';
import { pointer, select } from 'd3-selection';

export interface NodeDragHandlers {
	/** Current layout position of node `i`, so the drag starts where the node is. */
	position(i: number): { x: number; y: number };
	start(i: number): void;
	move(i: number, x: number, y: number): void;
	end(i: number): void;
}

/**
 * Attaches one d3-drag to the layer holding every node. The dragged node is found from the
 * `data-index` of the element under the pointer; coordinates are in the layer's parent (the zoomed
 * viewport), i.e. layout units. d3 only listens; positions flow back through the handlers.
 */
interface DragSubject {
	i: number;
	x: number;
	y: number;
}

/**
 * Where nodes are not elements (the canvas renderer), the drag layer is in screen coordinates and
 * finds the node under the pointer by a hit test; `toScreen`/`toLayout` convert positions.
 */
export interface HitTesting {
	hit(x: number, y: number): number;
	toScreen(p: { x: number; y: number }): { x: number; y: number };
	toLayout(x: number, y: number): { x: number; y: number };
}

/** A null subject tells d3-drag to ignore the gesture (it was not on a node). */
export function nodeDrag(handlers: NodeDragHandlers, hitTesting?: HitTesting) {
	return (layer: SVGGraphicsElement) => {
		let moving = false;
		const container = layer.parentNode as SVGGElement;
		const behaviour = drag<SVGGraphicsElement, unknown, DragSubject | null>()
			.container(() => container)
			.clickDistance(4)
			.subject((event) => {
				if (hitTesting) {
					const [x, y] = pointer(event.sourceEvent, container);
					const i = hitTesting.hit(x, y);
					return i < 0 ? null : { i, ...hitTesting.toScreen(handlers.position(i)) };
				}
				const el = (event.sourceEvent?.target as Element | null)?.closest('[data-index]');
				if (!el) return null;
				const i = Number(el.getAttribute('data-index'));
				return { i, ...handlers.position(i) };
			})
			// d3 fires "start" on mousedown; a plain click must not wake the layout, so the drag
			// only begins with the first movement.
			.on('start', () => (moving = false))
			.on('drag', (event) => {
				if (!event.subject) return;
				if (!moving) handlers.start(event.subject.i);
				moving = true;
				const at = hitTesting ? hitTesting.toLayout(event.x, event.y) : event;
				handlers.move(event.subject.i, at.x, at.y);
			})
			.on('end', (event) => {
				if (event.subject && moving) handlers.end(event.subject.i);
				moving = false;
			});
		const selection = select(layer).call(behaviour);
		return () => {
			selection.on('.drag', null);
		};
	};
}
