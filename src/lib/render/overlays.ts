import type { Rect } from '../scene/clear-area';

/**
 * Where every element marked `data-overlay` (the legend, the zoom buttons, the bottom sheet) lies
 * over `area`, in `area`'s pixels. An overlay sliding in is measured where it comes to rest: its
 * transform is taken off. Hidden overlays and those outside the area count for nothing.
 */
export function measureOverlays(area: HTMLElement): Rect[] {
	const a = area.getBoundingClientRect();
	const out: Rect[] = [];
	for (const el of document.querySelectorAll<HTMLElement>('[data-overlay]')) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 || r.height === 0) continue;
		let dx = 0,
			dy = 0;
		const transform = getComputedStyle(el).transform;
		if (transform && transform !== 'none') {
			const m = new DOMMatrixReadOnly(transform);
			dx = m.m41;
			dy = m.m42;
		}
		const x = r.left - dx - a.left,
			y = r.top - dy - a.top;
		if (x >= a.width || y >= a.height || x + r.width <= 0 || y + r.height <= 0) continue;
		out.push({
			x: Math.round(x),
			y: Math.round(y),
			width: Math.round(r.width),
			height: Math.round(r.height)
		});
	}
	return out;
}
