import type { LabelRoom } from './label-room';

/**
 * Messages between the page and the layout worker. Everything numeric travels as typed arrays,
 * which are transferred rather than copied, so a 20,000-node frame costs no serialisation.
 */

/** A layout's input in transferable form. */
export interface PackedLayoutInput {
	radii: Float64Array;
	/** Edge endpoints as node indices: [s0, t0, s1, t1, …]. */
	links: Uint32Array;
	weights: Float64Array;
	/** Starting positions [x0, y0, …]; NaN where a node has none. */
	initial: Float64Array;
}

export type ToLayout =
	| {
			type: 'init';
			input: PackedLayoutInput;
			seed: number;
			/** Start cold: the positions given are the picture. */
			settled: boolean;
			pinned: number[];
			/** Warm the given positions to this alpha instead (Relax layout): they move, but only so far. */
			alpha?: number;
			/** Room for labels once the layout first settles (force-layout's `labels`). */
			labels?: LabelRoom;
	  }
	| { type: 'pin'; i: number; x: number; y: number }
	| { type: 'unpin'; i: number }
	/** Many pins at once: [i0, x0, y0, i1, x1, y1, …]. */
	| { type: 'pinMany'; pins: Float64Array }
	/** A drag holds the simulation warm until it ends. */
	| { type: 'drag'; active: boolean };

export interface LayoutFrame {
	type: 'frame';
	positions: Float64Array;
	progress: number;
	settled: boolean;
	ticks: number;
	/** How many messages the host had handled when it sent this frame. */
	seen: number;
}

export type FromLayout = LayoutFrame;
