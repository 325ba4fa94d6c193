import { ZOOM, zoomAround, type Transform } from '../scene/transform';
import { pointerIn } from './pointer';

export interface PanZoomOptions {
	onTransform(t: Transform): void;
	/** Called when the user (not the program) pans or zooms. */
	onUserChange?(): void;
	minScale?: number;
	maxScale?: number;
}

/** The zoom factor for one wheel event: a notch of a mouse wheel is about ×1.2, a trackpad finer. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	// deltaMode 0 is pixels, 1 lines, 2 pages; a pinch on a trackpad arrives as ctrl+wheel.
	const perUnit = deltaMode === 1 ? 0.05 : deltaMode === 2 ? 1 : 0.002;
	return Math.pow(2, -deltaY * perUnit * (ctrlKey ? 10 : 1));
}

/** Pixels a press may move and still count as a click. */
export const CLICK_DISTANCE = 4;

/** Swallows the click that ends a drag, so panning never clears the selection. */
export function swallowNextClick(element: Element): void {
	const stop = (event: Event) => {
		event.stopPropagation();
		event.preventDefault();
	};
	element.addEventListener('click', stop, { capture: true, once: true });
	// If no click follows (the pointer left the element), forget it.
	setTimeout(() => element.removeEventListener('click', stop, { capture: true }), 0);
}

/**
 * Pan and zoom from pointer and wheel events: drag the background to pan, wheel (or pinch) to zoom
 * about the pointer. It computes a transform and hands it to the caller, who renders it. Written
 * for this page rather than taken from d3-zoom, which with its transitions would be a fifth of
 * the first page's JavaScript.
 */
export class PanZoom {
	#t: Transform = { x: 0, y: 0, k: 1 };
	#element: SVGSVGElement | null = null;
	readonly #options: Required<Omit<PanZoomOptions, 'onUserChange'>> & PanZoomOptions;

	constructor(options: PanZoomOptions) {
		this.#options = { minScale: ZOOM.min, maxScale: ZOOM.max, ...options };
	}

	get transform(): Transform {
		return this.#t;
	}

	#set(t: Transform, user: boolean): void {
		this.#t = t;
		this.#options.onTransform(t);
		if (user) this.#options.onUserChange?.();
	}

	/** A Svelte attachment: `<svg {@attach panzoom.attach}>`. */
	attach = (svg: SVGSVGElement) => {
		this.#element = svg;
		const pointers = new Map<number, { x: number; y: number }>();
		let moved = 0;
		const local = (event: PointerEvent | WheelEvent) => pointerIn(svg, event);
		const { minScale: min, maxScale: max } = this.#options;

		const wheel = (event: WheelEvent) => {
			event.preventDefault();
			const p = local(event);
			const f = wheelFactor(event.deltaY, event.deltaMode, event.ctrlKey);
			this.#set(zoomAround(this.#t, p.x, p.y, f, min, max), true);
		};
		const down = (event: PointerEvent) => {
			if (event.button !== 0 && event.pointerType === 'mouse') return;
			pointers.set(event.pointerId, local(event));
			if (pointers.size === 1) {
				moved = 0;
				// Follow the pointer on the window, so a pan continues over other elements.
				addEventListener('pointermove', move);
				addEventListener('pointerup', up);
				addEventListener('pointercancel', up);
			}
		};
		const move = (event: PointerEvent) => {
			const last = pointers.get(event.pointerId);
			if (!last) return;
			const now = local(event);
			if (pointers.size === 1) {
				moved += Math.hypot(now.x - last.x, now.y - last.y);
				pointers.set(event.pointerId, now);
				if (moved < CLICK_DISTANCE) return;
				const t = this.#t;
				this.#set({ k: t.k, x: t.x + now.x - last.x, y: t.y + now.y - last.y }, true);
				return;
			}
			// Two fingers: zoom by the change in their distance, about their midpoint, and follow it.
			const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
			if (!other) return;
			const before = Math.hypot(last.x - other.x, last.y - other.y) || 1;
			const after = Math.hypot(now.x - other.x, now.y - other.y) || 1;
			const mid = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
			const panned = {
				...this.#t,
				x: this.#t.x + (now.x - last.x) / 2,
				y: this.#t.y + (now.y - last.y) / 2
			};
			pointers.set(event.pointerId, now);
			moved = CLICK_DISTANCE;
			this.#set(zoomAround(panned, mid.x, mid.y, after / before, min, max), true);
		};
		const up = (event: PointerEvent) => {
			if (!pointers.delete(event.pointerId) || pointers.size > 0) return;
			if (moved >= CLICK_DISTANCE) swallowNextClick(svg);
			removeEventListener('pointermove', move);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
		};
		svg.addEventListener('wheel', wheel, { passive: false });
		svg.addEventListener('pointerdown', down);
		return () => {
			svg.removeEventListener('wheel', wheel);
			svg.removeEventListener('pointerdown', down);
			removeEventListener('pointermove', move);
			removeEventListener('pointerup', up);
			removeEventListener('pointercancel', up);
			this.#element = null;
		};
	};

	setTransform(t: Transform): void {
		this.#set(t, false);
	}

	/** Zooms about the middle of the view (the + and − buttons and keys). */
	scaleBy(factor: number): void {
		const svg = this.#element;
		const cx = svg ? svg.clientWidth / 2 : 0,
			cy = svg ? svg.clientHeight / 2 : 0;
		const { minScale: min, maxScale: max } = this.#options;
		this.#set(zoomAround(this.#t, cx, cy, factor, min, max), false);
	}
}
