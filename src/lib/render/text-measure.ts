import { LABEL } from '$lib/scene/paint';

/** Widths kept before the cache starts over: a large network's labels, several times. */
const KEEP = 50_000;

export type Measure = (text: string, bold: boolean) => number;

/**
 * Measures labels in the font `family` the screen draws them in (a canvas's measureText, cached),
 * so placement leaves room for the text as drawn rather than as estimated. Null where there is no
 * canvas (the server's prerender); the scene's estimate is used there.
 */
export function labelMeasurer(family: string): Measure | null {
	if (typeof document === 'undefined') return null;
	const g = document.createElement('canvas').getContext('2d');
	if (!g) return null;
	const widths = new Map<string, number>();
	return (text, bold) => {
		const key = (bold ? 'b' : 'r') + text;
		let w = widths.get(key);
		if (w === undefined) {
			if (widths.size >= KEEP) widths.clear();
			g.font = `${bold ? LABEL.emphasisedWeight : 400} ${LABEL.size}px ${family}`;
			w = g.measureText(text).width;
			widths.set(key, w);
		}
		return w;
	};
}
