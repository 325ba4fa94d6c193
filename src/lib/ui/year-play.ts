import type { Range } from './year-range';

/**
 * The windows Play steps through, one year a step, from the start of the span.
 * A window the analyst narrowed keeps its width and slides (what was active in each period of
 * that length); with every year shown it widens from the first year, so the picture builds up
 * the way the network grew and nothing seen so far disappears.
 */
export function playFrames(current: Range, span: Range): [number, number][] {
	const frames: [number, number][] = [];
	const width = current[1] - current[0];
	if (width >= span[1] - span[0]) {
		for (let y = span[0]; y <= span[1]; y++) frames.push([span[0], y]);
	} else {
		for (let y = span[0]; y + width <= span[1]; y++) frames.push([y, y + width]);
	}
	return frames;
}

/**
 * Where Play goes on from: after a pause it resumes with the frame after the one on screen; after
 * the user moved the range (or at the end) it starts again from the first frame.
 */
export function resumeAt(frames: Range[], current: Range): number {
	const at = frames.findIndex((f) => f[0] === current[0] && f[1] === current[1]);
	return at >= 0 && at < frames.length - 1 ? at + 1 : 0;
}
