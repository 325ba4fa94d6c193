import { textWidth } from './text-width';

/**
 * A long label broken into balanced lines, so that on a page "Businesses and investments of
 * regime-linked Iranians" reads as a compact block rather than a strip across a third of the
 * slide: the fewest lines (up to `maxLines`) that each fit `maxWidth`, split where the longest
 * line is shortest. A single word is never split; a label that still does not fit keeps the best
 * split of `maxLines`.
 */
export function wrapLabel(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines = 3,
	bold = false
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const w = (from: number, to: number) =>
		textWidth(words.slice(from, to).join(' '), fontSize, bold);
	if (words.length <= 1 || w(0, words.length) <= maxWidth) return [text];
	let best: number[] = [];
	let bestWidth = Infinity;
	for (let lines = 2; lines <= Math.min(maxLines, words.length); lines++) {
		// Every way to cut the words into `lines` runs: few words, so trying them all is cheap.
		const cuts = (start: number, left: number): [number, number[]] => {
			if (left === 1) return [w(start, words.length), []];
			let found: [number, number[]] = [Infinity, []];
			for (let end = start + 1; end <= words.length - left + 1; end++) {
				const [rest, restCuts] = cuts(end, left - 1);
				const widest = Math.max(w(start, end), rest);
				if (widest < found[0]) found = [widest, [end, ...restCuts]];
			}
			return found;
		};
		const [widest, at] = cuts(0, lines);
		if (widest < bestWidth) [bestWidth, best] = [widest, at];
		if (widest <= maxWidth) break;
	}
	const bounds = [0, ...best, words.length];
	return bounds.slice(1).map((end, i) => words.slice(bounds[i], end).join(' '));
}
