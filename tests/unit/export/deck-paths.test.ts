import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortestPaths, toGraphology } from '$lib/clusters/analysis';
import { weighedPart } from '$lib/clusters/filters';
import { slideInput, slidePaths, type DeckSource } from '$lib/export/deck/slide-svg';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import type { GradeFloor } from '$lib/model/grade-scales';
import { EMPTY_VIEW, type Slide } from '$lib/model/story';
import { buildGraphModel } from '$lib/state/graph-model';

const { dataset } = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')));
const model = buildGraphModel(dataset);
const whole = toGraphology(dataset);
const source: DeckSource = {
	dataset,
	index: model.index,
	positions: staticLayout(model.layoutInput, { seed: 1 }),
	theme: 'light',
	paths: (part, from, to) => shortestPaths(part ? toGraphology(part) : whole, from, to)
};

/** The first pair (in the file's order) whose shortest paths differ once the weighing applies. */
function pairThatDiffers(weighing: { statedOnly: boolean; grade?: GradeFloor }) {
	const part = weighedPart(dataset, weighing);
	const kept = toGraphology(part);
	const ids = part.nodes.map((n) => n.id);
	for (const a of ids)
		for (const b of ids) {
			if (a >= b) continue;
			const over = shortestPaths(kept, a, b);
			if (over.length && JSON.stringify(over) !== JSON.stringify(shortestPaths(whole, a, b)))
				return { pair: [a, b] as [string, string], over, part };
		}
	throw new Error('no pair differs: the test needs a dataset where the weighing matters');
}

const slide = (view: Partial<Slide['view']>): Slide => ({
	id: 's',
	title: 'A path',
	caption: '',
	notes: '',
	view: { ...EMPTY_VIEW, ...view }
});

describe('a slide’s path', () => {
	it('runs over what passes the slide’s “stated only”, as on screen', () => {
		const { pair, over, part } = pairThatDiffers({ statedOnly: true });
		const s = slide({ path: pair, stated: true });
		expect(slidePaths(source, s, pair)).toEqual(over);
		const input = slideInput(source, s);
		const kept = new Set(part.nodes.map((n) => n.id));
		expect([...input.emphasis.lit!].every((id) => kept.has(id))).toBe(true);
		expect(input.emphasis.reason).toBe('path');
		// Without the filter the same two ends are joined by other paths.
		expect(slidePaths(source, slide({ path: pair }), pair)).toEqual(shortestPaths(whole, ...pair));
		expect(slidePaths(source, slide({ path: pair }), pair)).not.toEqual(over);
	});

	it('runs over what meets the slide’s grade floor', () => {
		const grade: GradeFloor = { credibility: 2 };
		const { pair, over } = pairThatDiffers({ statedOnly: false, grade });
		expect(slidePaths(source, slide({ path: pair, grade }), pair)).toEqual(over);
		expect(slidePaths(source, slide({ path: pair }), pair)).not.toEqual(over);
	});
});
