import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { Transform } from '../layout/bounds';

export interface PanZoomOptions {
	onTransform(t: Transform): void;
	/** Called when the user (not the program) pans or zooms. */
	onUserChange?(): void;
	minScale?: number;
	maxScale?: number;
}

/**
 * d3-zoom as a listener only: it turns wheel, drag and pinch gestures into a transform and hands
 * that to the caller, who renders it. d3 never writes to the SVG.
 */
export class PanZoom {
	#behavior: ZoomBehavior<SVGSVGElement, unknown>;
	#element: SVGSVGElement | null = null;

	constructor(options: PanZoomOptions) {
		this.#behavior = zoom<SVGSVGElement, unknown>()
			.scaleExtent([options.minScale ?? 0.1, options.maxScale ?? 8])
			.on('zoom', (event) => {
				const { x, y, k } = event.transform;
				options.onTransform({ x, y, k });
				if (event.sourceEvent) options.onUserChange?.();
			});
	}

	/** A Svelte attachment: `<svg {@attach panzoom.attach}>`. */
	attach = (svg: SVGSVGElement) => {
		this.#element = svg;
		const selection = select(svg);
		// Double-click belongs to nodes (unpin), not to zooming.
		selection.call(this.#behavior).on('dblclick.zoom', null);
		return () => {
			selection.on('.zoom', null);
			this.#element = null;
		};
	};

	setTransform(t: Transform): void {
		if (!this.#element) return;
		select(this.#element).call(
			this.#behavior.transform,
			zoomIdentity.translate(t.x, t.y).scale(t.k)
		);
	}

	scaleBy(factor: number): void {
		if (!this.#element) return;
		select(this.#element).call(this.#behavior.scaleBy, factor);
	}
}
