import { describe, expect, it } from 'vitest';
import { slideInput, type DeckSource } from '$lib/export/deck/slide-svg';
import { renderSvg } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import { hullPath } from '$lib/scene/hull';
import { buildGraphModel } from '$lib/state/graph-model';
import { bundled, byId, elements, overlap, parseSvg, pathBox, textBox } from './page-fixture';

const model = buildGraphModel(bundled);
const source: DeckSource = {
	dataset: bundled,
	index: model.index,
	positions: staticLayout(model.layoutInput, { seed: 1 }),
	theme: 'light',
	hullPath
};

describe('the bundled story’s deck', () => {
	it('sets every label of every slide, none on another or on a node', () => {
		for (const slide of bundled.story!) {
			const { svg, stats } = renderSvg(slideInput(source, slide));
			const groups = elements(byId(parseSvg(svg), 'nodes')!, 'g').filter((g) =>
				g.getAttribute('id')?.startsWith('node-')
			);
			const labels = groups.flatMap((g) => {
				const t = elements(g, 'text')[1];
				return t ? [textBox(t)] : [];
			});
			const shapes = groups.map((g) => pathBox(elements(g, 'path')[0]!.getAttribute('d')!));
			let pairs = 0,
				over = 0;
			for (const [i, a] of labels.entries()) {
				for (const b of labels.slice(i + 1)) if (overlap(a, b)) pairs++;
				for (const s of shapes) if (overlap(a, s)) over++;
			}
			console.log(`${slide.id}: ${stats.labels} of ${groups.length} labels, ${pairs} pairs`);
			expect(stats.labelsLeftOut, slide.id).toBe(0);
			expect(labels, slide.id).toHaveLength(groups.length);
			expect([pairs, over], slide.id).toEqual([0, 0]);
		}
	});
});
