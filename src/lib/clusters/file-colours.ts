import type { Dataset, GraphNode } from '../model/types';

/**
 * Colours a file gives its nodes: GEXF viz colours (graphology keeps them as a `color` attribute,
 * "rgb(200,20,20)", "rgba(…)" or the `hex` as written) and GraphML r/g/b data (graphology turns
 * them into "#rrggbb"). Only what parses strictly as a colour is used, normalised to "#rrggbb":
 * the value ends up in fill attributes on screen and in exported SVG, where the briefing-safe
 * profile takes nothing but "#rrggbb" (an rgba alpha is dropped; opacity belongs to the view).
 */
export const FILE_COLOUR_ATTRIBUTE = 'color';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const BYTE = '\\s*(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\s*';
const ALPHA = '\\s*(0|1|0?\\.\\d+|1\\.0+)\\s*';
const RGB = new RegExp(`^rgb\\(${BYTE},${BYTE},${BYTE}\\)$`, 'i');
const RGBA = new RegExp(`^rgba\\(${BYTE},${BYTE},${BYTE},${ALPHA}\\)$`, 'i');

/** "#rrggbb" for a hex or rgb()/rgba() colour written as tools write them; null for anything else. */
export function parseFileColour(value: unknown): string | null {
	if (typeof value !== 'string' || value.length > 40) return null;
	const text = value.trim();
	const hex = HEX.exec(text);
	if (hex) {
		const h = hex[1]!.toLowerCase();
		return '#' + (h.length === 3 ? [...h].map((c) => c + c).join('') : h);
	}
	const rgb = RGB.exec(text) ?? RGBA.exec(text);
	if (!rgb) return null;
	return (
		'#' + [rgb[1], rgb[2], rgb[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('')
	);
}

/** The node's colour from the file, or null when it has none (or one that is not a colour). */
export function fileColourOf(node: GraphNode): string | null {
	return parseFileColour(node.attributes[FILE_COLOUR_ATTRIBUTE]);
}

/** Whether colouring by the file's colours means anything: at least one node carries one. */
export function hasFileColours(dataset: Dataset): boolean {
	return dataset.nodes.some((n) => fileColourOf(n) !== null);
}
