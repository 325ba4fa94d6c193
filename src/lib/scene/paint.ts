/**
 * Paint values every renderer uses: the SVG screen, the canvas and the exporter draw hulls, rings,
 * pins and labels with these, so a change here changes every output at once. Sizes are in screen
 * pixels unless they say otherwise.
 */

/** A highlighted cluster's outline: a light wash and a firmer edge in the cluster's colour. */
export const HULL = { fillOpacity: 0.12, strokeOpacity: 0.7, strokeWidth: 1.5 } as const;

/** Layout units the hull keeps clear around its members. */
export const HULL_PADDING = 12;

/** The ring around a selected node: this much larger than the node, this thick. */
export const RING = { grow: 4, width: 2.5 } as const;

/** The keyboard focus ring, dashed so it differs from the selection ring. */
export const FOCUS_RING = { grow: 5, width: 2, dash: '3 2' } as const;

/** The dot that marks a pinned node. */
export const PIN = { radius: 2.6, width: 1.2 } as const;

/** A node's outline, in the background colour, so touching nodes stay apart. */
export const NODE_OUTLINE_WIDTH = 1.5;

/** Node labels on screen: constant size at every zoom, with a halo for contrast over edges. */
export const LABEL = { size: 12, halo: 3.5, fadedOpacity: 0.4, emphasisedWeight: 600 } as const;

/** How much thicker the selected edge is drawn. */
export const SELECTED_EDGE_WIDTH = 1.6;

/**
 * Dash patterns for node outlines. Colours run out after nine clusters and shapes after nine types,
 * so every further round reuses them with the next outline style (null is a solid line).
 */
export const OUTLINE_DASHES: readonly (string | null)[] = [null, '2 2', '6 3', '1 3'];

/** The outline dash of a cluster in round `variant` of the palette (see clusterVariant). */
export function outlineDash(variant: number): string | null {
	return OUTLINE_DASHES[variant % OUTLINE_DASHES.length] ?? null;
}

/** The thin line from a node to its label when the label had to sit away from it. */
export const LEADER = { width: 0.75, opacity: 0.7 } as const;
