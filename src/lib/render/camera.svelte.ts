import { clearInsets, clearRect, fitClear, revealTransform, type Rect } from '../scene/clear-area';
import type { Bounds, Transform } from '../scene/transform';
import type { ViewState } from '../state/view-state.svelte';
import { measureOverlays } from './overlays';
import { PanZoom } from './panzoom';

/** How long a pan that brings a node into view takes, unless the user prefers less motion. */
const GLIDE_MS = 320;

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
	/** What lies over the graph area (legend, zoom buttons, a bottom sheet), in its pixels. */
	overlays = $state.raw<Rect[]>([]);
	/** The graph area's element, where overlays are measured from. */
	#area: HTMLElement | null = null;
	#glide = 0;
	readonly panzoom: PanZoom;
	readonly #view: ViewState;
	readonly #bounds: () => Bounds;

	constructor(view: ViewState, bounds: () => Bounds) {
		this.#view = view;
		this.#bounds = bounds;
		this.panzoom = new PanZoom({
			onTransform: (t) => (view.transform = t),
			onUserChange: () => {
				cancelAnimationFrame(this.#glide);
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
		return fitClear(this.#bounds(), this.width, this.height, this.overlays);
	}

	/** The part of the graph area the overlays leave clear, as the fit chose it. */
	get clear(): Rect {
		return clearRect(
			this.width,
			this.height,
			clearInsets(this.#bounds(), this.width, this.height, this.overlays)
		);
	}

	/** Measures the overlays again now (a sheet may have just opened). */
	measure(): void {
		if (!this.#area) return;
		// The bound size follows a resize a frame late; a reveal needs it now.
		if (this.#area.clientWidth > 0 && this.#area.clientWidth !== this.width)
			this.width = this.#area.clientWidth;
		if (this.#area.clientHeight > 0 && this.#area.clientHeight !== this.height)
			this.height = this.#area.clientHeight;
		const next = measureOverlays(this.#area);
		if (JSON.stringify(next) !== JSON.stringify(this.overlays)) this.overlays = next;
	}

	/**
	 * A Svelte attachment for the graph area: keeps `overlays` measured as they open, close and
	 * resize, and as the window does, so an untouched picture re-fits into the space they leave.
	 */
	watch = (area: HTMLElement) => {
		this.#area = area;
		const observer = new ResizeObserver(() => this.measure());
		const observeAll = () => {
			observer.disconnect();
			observer.observe(area);
			for (const el of document.querySelectorAll('[data-overlay]')) observer.observe(el);
		};
		observeAll();
		// An overlay that appears later (the legend after a file opens, the sheet) is watched too.
		const added = new MutationObserver(observeAll);
		if (area.parentElement) added.observe(area.parentElement, { childList: true });
		return () => {
			observer.disconnect();
			added.disconnect();
			cancelAnimationFrame(this.#glide);
			this.#area = null;
		};
	};

	/** "Fit to screen": frames what is shown, and keeps framing it as the layout moves. */
	fit(): void {
		cancelAnimationFrame(this.#glide);
		this.autoFit = true;
		this.#view.zoom = null;
		this.panzoom.setTransform(this.#fitted());
	}

	/** Puts the layout point (x, y) in the middle of the clear area, at the same zoom. */
	centre(x: number, y: number): void {
		const k = this.transform.k,
			c = this.clear;
		this.#glideTo({ k, x: c.x + c.width / 2 - k * x, y: c.y + c.height / 2 - k * y });
	}

	/**
	 * Brings a node (layout point (x, y), radius r) to the middle of the clear area if it is off
	 * screen or under an overlay; a node in plain sight stays where it is.
	 */
	reveal(x: number, y: number, r = 0): void {
		this.measure();
		// An untouched picture first re-fits around what just opened (a sheet); often that is enough.
		if (this.autoFit) this.panzoom.setTransform(this.#fitted());
		const to = revealTransform(
			this.transform,
			x,
			y,
			r,
			this.width,
			this.height,
			this.overlays,
			this.clear
		);
		if (to) this.#glideTo(to);
	}

	/** Pans to `to`, smoothly unless the user prefers reduced motion; a gesture stops it. */
	#glideTo(to: Transform): void {
		cancelAnimationFrame(this.#glide);
		this.autoFit = false;
		const from = this.transform;
		const step = (t: Transform) => {
			this.panzoom.setTransform(t);
			this.#view.zoom = this.#view.transform;
		};
		if (typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches)
			return step(to);
		const start = performance.now();
		const frame = (now: number) => {
			const p = Math.min(1, (now - start) / GLIDE_MS);
			const e = p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2;
			step({
				k: from.k + (to.k - from.k) * e,
				x: from.x + (to.x - from.x) * e,
				y: from.y + (to.y - from.y) * e
			});
			if (p < 1) this.#glide = requestAnimationFrame(frame);
		};
		this.#glide = requestAnimationFrame(frame);
	}

	/** Keeps the view as it is, in the address too: the user has taken the picture in hand. */
	hold(): void {
		this.autoFit = false;
		this.#view.zoom = this.#view.transform;
	}

	/** Zooms about the middle of the graph area (the + and − buttons and keys). */
	zoomBy(factor: number): void {
		cancelAnimationFrame(this.#glide);
		this.autoFit = false;
		this.panzoom.scaleBy(factor);
		this.#view.zoom = this.#view.transform;
	}
}
