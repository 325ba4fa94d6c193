import { CLICK_DISTANCE, swallowNextClick } from './panzoom';
import { pointerIn } from './pointer';

export interface NodeDragHandlers {
	/** Current layout position of node `i`, so the drag starts where the node is. */
	position(i: number): { x: number; y: number };
	start(i: number): void;
	move(i: number, x: number, y: number): void;
	end(i: number): void;
}

/**
 * How the drag layer finds the node under a press and converts the pointer to layout units. In
 * SVG the node is the element pressed (`data-index`); on the canvas `hit` tests the point.
 */
export interface DragGeometry {
	/** The node at a point of the view (pixels from its top left), or -1. */
	hit?(x: number, y: number): number;
	toLayout(x: number, y: number): { x: number; y: number };
}

/**
 * Drags nodes with pointer events on the layer holding them. A press on a node is kept from the
 * pan (it stops there); the drag itself begins only after the pointer has moved a few pixels, so
 * a plain click still selects and never wakes the layout.
 */
export function nodeDrag(handlers: NodeDragHandlers, geometry: DragGeometry) {
	return (layer: SVGGraphicsElement) => {
		let drag: { i: number; id: number; dx: number; dy: number; sx: number; sy: number } | null =
			null;
		let moving = false;
		const view = () => layer.ownerSVGElement ?? (layer as unknown as SVGSVGElement);
		const local = (event: PointerEvent) => pointerIn(view(), event);
		const down = (event: PointerEvent) => {
			// One drag at a time: a second finger must not orphan the first drag.
			if (drag) return;
			if (event.button !== 0 && event.pointerType === 'mouse') return;
			const p = local(event);
			let i = -1;
			if (geometry.hit) i = geometry.hit(p.x, p.y);
			else {
				const el = (event.target as Element | null)?.closest('[data-index]');
				if (el) i = Number(el.getAttribute('data-index'));
			}
			if (i < 0) return;
			event.stopPropagation();
			// The pointer soon leaves a small node: follow it on the window until release.
			addEventListener('pointermove', move);
			addEventListener('pointerup', up);
			addEventListener('pointercancel', up);
			const at = geometry.toLayout(p.x, p.y);
			const node = handlers.position(i);
			drag = { i, id: event.pointerId, dx: node.x - at.x, dy: node.y - at.y, sx: p.x, sy: p.y };
			moving = false;
		};
		const move = (event: PointerEvent) => {
			if (!drag || event.pointerId !== drag.id) return;
			const p = local(event);
			if (!moving && Math.hypot(p.x - drag.sx, p.y - drag.sy) < CLICK_DISTANCE) return;
			if (!moving) handlers.start(drag.i);
			moving = true;
			const at = geometry.toLayout(p.x, p.y);
			handlers.move(drag.i, at.x + drag.dx, at.y + drag.dy);
		};
		const up = (event: PointerEvent) => {
			if (!drag || event.pointerId !== drag.id) return;
			if (moving) {
				handlers.end(drag.i);
				swallowNextClick(view());
			}
			drag = null;
			moving = false;
			removeEventListener('pointermove', move);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
		};
		layer.addEventListener('pointerdown', down);
		return () => {
			if (drag && moving) handlers.end(drag.i);
			drag = null;
			layer.removeEventListener('pointerdown', down);
			removeEventListener('pointermove', move);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
		};
	};
}
