import { drag } from 'd3-drag';
import { select } from 'd3-selection';

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

/** A null subject tells d3-drag to ignore the gesture (it was not on a node). */
export function nodeDrag(handlers: NodeDragHandlers) {
	return (layer: SVGGElement) => {
		let moving = false;
		const behaviour = drag<SVGGElement, unknown, DragSubject | null>()
			.container(() => layer.parentNode as SVGGElement)
			.clickDistance(4)
			.subject((event) => {
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
				handlers.move(event.subject.i, event.x, event.y);
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
