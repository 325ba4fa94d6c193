import { fitTransform, toScreen, type Bounds, type Transform } from '../scene/transform';
import type { ViewState } from '../state/view-state.svelte';
import { PanZoom } from './panzoom';

/** How far inside the edge a keyboard-focused node must be before the camera leaves it be. */
const REVEAL_MARGIN = 40;

/**
 * Where the graph looks: the size of its area, pan and zoom from gestures, and the fit. Until the
 * user pans or zooms, the picture keeps itself fitted while the layout moves; a zoom that arrives
 * from outside (a shared link, back/forward) is applied once. Made during a component's setup:
 * its effects live as long as that component.
 */
export class Camera {
	width = $state(960);
	height = $state(640);
	/** The picture follows the layout's bounds until the user takes the camera. */
	autoFit = $state(true);
	readonly panzoom: PanZoom;
	readonly #view: ViewState;
	readonly #bounds: () => Bounds;

	constructor(view: ViewState, bounds: () => Bounds) {
		this.#view = view;
		this.#bounds = bounds;
		this.panzoom = new PanZoom({
			onTransform: (t) => (view.transform = t),
			onUserChange: () => {
				this.autoFit = false;
				view.zoom = view.transform;
			}
		});
		// Before the page measures itself (and in the prerendered HTML) the picture is fitted to the
		// default size, so it is already framed when it appears without JavaScript.
		if (!view.zoom) view.transform = this.#fitted();

		$effect(() => {
			view.viewport = { width: this.width, height: this.height };
		});
		$effect(() => {
			const z = view.zoom;
			// No zoom in the view (a link or history entry without one) means "fit to screen".
			if (!z) {
				this.autoFit = true;
				return;
			}
			const t = view.transform;
			if (Math.abs(z.x - t.x) > 0.5 || Math.abs(z.y - t.y) > 0.5 || Math.abs(z.k - t.k) > 0.001) {
				this.autoFit = false;
				this.panzoom.setTransform(z);
			}
		});
		$effect(() => {
			if (!this.autoFit || this.width <= 0 || this.height <= 0) return;
			this.panzoom.setTransform(this.#fitted());
		});
	}

	get transform(): Transform {
		return this.#view.transform;
	}

	#fitted(): Transform {
		return fitTransform(this.#bounds(), this.width, this.height);
	}

	/** "Fit to screen": frames what is shown, and keeps framing it as the layout moves. */
	fit(): void {
		this.autoFit = true;
		this.#view.zoom = null;
		this.panzoom.setTransform(this.#fitted());
	}

	/** Puts the layout point (x, y) in the middle of the graph area, at the same zoom. */
	centre(x: number, y: number): void {
		const k = this.transform.k;
		this.autoFit = false;
		this.panzoom.setTransform({ k, x: this.width / 2 - k * x, y: this.height / 2 - k * y });
		this.#view.zoom = this.#view.transform;
	}

	/** Pans to the layout point (x, y) only if it is off screen or too near the edge. */
	reveal(x: number, y: number): void {
		const s = toScreen(this.transform, x, y);
		const m = REVEAL_MARGIN;
		if (s.x >= m && s.x <= this.width - m && s.y >= m && s.y <= this.height - m) return;
		this.centre(x, y);
	}

	/** Keeps the view as it is, in the address too: the user has taken the picture in hand. */
	hold(): void {
		this.autoFit = false;
		this.#view.zoom = this.#view.transform;
	}

	/** Zooms about the middle of the graph area (the + and − buttons and keys). */
	zoomBy(factor: number): void {
		this.autoFit = false;
		this.panzoom.scaleBy(factor);
		this.#view.zoom = this.#view.transform;
	}
}
