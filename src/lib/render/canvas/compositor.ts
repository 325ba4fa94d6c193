/*
 * Pixels as one 32-bit word each, RGBA and not premultiplied (alpha on top when read as a number):
 * node pictures are composited in JavaScript because thousands of `drawImage` calls cost more on a
 * CPU-rasterised canvas than a loop over the pixels they cover.
 */

/** Source-over for two non-premultiplied RGBA pixels read as one 32-bit word (alpha on top). */
export function over(dst: number, src: number): number {
	if (dst >>> 24 === 255) {
		// Over an opaque pixel, the commonest overlap: integer arithmetic, alpha stays opaque.
		const a = src >>> 24,
			b = 255 - a;
		const r = ((((src >>> 16) & 255) * a + ((dst >>> 16) & 255) * b + 127) / 255) | 0,
			g = ((((src >>> 8) & 255) * a + ((dst >>> 8) & 255) * b + 127) / 255) | 0,
			bl = (((src & 255) * a + (dst & 255) * b + 127) / 255) | 0;
		return ((255 << 24) | (r << 16) | (g << 8) | bl) >>> 0;
	}
	const sa = (src >>> 24) / 255,
		da = (dst >>> 24) / 255;
	if (da === 0) return src;
	const a = sa + da * (1 - sa);
	// Weights of source and destination in the result; inlined, as this runs per pixel.
	const ws = sa / a,
		wd = (da * (1 - sa)) / a;
	const r = Math.round(((src >>> 16) & 255) * ws + ((dst >>> 16) & 255) * wd),
		gr = Math.round(((src >>> 8) & 255) * ws + ((dst >>> 8) & 255) * wd),
		b = Math.round((src & 255) * ws + (dst & 255) * wd);
	return ((Math.round(a * 255) << 24) | (r << 16) | (gr << 8) | b) >>> 0;
}

/**
 * Per row of a square picture, the first column with any ink and one past the last (0, 0 for an
 * empty row). A round node fills about a third of its square; the rest need not be visited.
 */
export function rowSpans(pixels: Uint32Array, size: number): Int16Array {
	const spans = new Int16Array(2 * size);
	for (let row = 0; row < size; row++) {
		let first = -1,
			last = -1;
		for (let col = 0; col < size; col++)
			if (pixels[row * size + col]! >>> 24) {
				if (first < 0) first = col;
				last = col;
			}
		if (first >= 0) {
			spans[2 * row] = first;
			spans[2 * row + 1] = last + 1;
		}
	}
	return spans;
}

/**
 * Composites a `size`-square picture over `buf` (`width` × `height`) with its top-left corner at
 * (x0, y0), clipped to the buffer, visiting only each row's inked span.
 */
export function blitSprite(
	buf: Uint32Array,
	width: number,
	height: number,
	px: Uint32Array,
	spans: Int16Array,
	size: number,
	x0: number,
	y0: number
): void {
	const rowEnd = Math.min(size, height - y0);
	for (let yy = Math.max(0, -y0); yy < rowEnd; yy++) {
		const from = Math.max(spans[2 * yy]!, -x0),
			to = Math.min(spans[2 * yy + 1]!, width - x0);
		const row = (y0 + yy) * width + x0,
			src = yy * size;
		for (let xx = from; xx < to; xx++) {
			const v = px[src + xx]!;
			if (v >>> 24 === 255) buf[row + xx] = v;
			else if (v >>> 24) buf[row + xx] = over(buf[row + xx]!, v);
		}
	}
}

/** A copy of `pixels` with their alpha scaled by `opacity`. */
export function withOpacity(pixels: Uint32Array, opacity: number): Uint32Array {
	const px = pixels.slice();
	const bytes = new Uint8ClampedArray(px.buffer);
	for (let k = 3; k < bytes.length; k += 4) bytes[k] = Math.round(bytes[k]! * opacity);
	return px;
}
