import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import { defaultOptions } from '$lib/export/options';
import { writeSvg } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import { hullPath } from '$lib/scene/hull';
import { createStyleContext } from '$lib/scene/style';
import { drawnLabel, LABEL_MAX } from '$lib/scene/text';
import { buildGraphModel } from '$lib/state/graph-model';

describe('a long label in an SVG export', () => {
	it(`is written cut to ${LABEL_MAX} characters with an ellipsis, like the screen draws it`, () => {
		const long = 'Ministry of '.repeat(100_000);
		const { dataset } = loadDataset({
			nodes: [{ id: 'a', label: long }, { id: 'b' }],
			edges: [{ source: 'a', target: 'b' }]
		});
		const model = buildGraphModel(dataset);
		const clustering = assignClusters(dataset, model.index, 'group', 'light');
		const svg = writeSvg({
			dataset,
			index: model.index,
			positions: staticLayout(model.layoutInput, { seed: 1 }),
			ctx: createStyleContext(dataset, model.index, 'light', clustering),
			emphasis: computeEmphasis(NO_INPUT, dataset, model.index, clustering),
			visible: visibleElements(dataset, NO_FILTERS),
			hulls: [],
			options: { ...defaultOptions(dataset, 'light'), labels: 'all' },
			hullPath
		});
		expect(svg.length).toBeLessThan(20_000);
		const cut = drawnLabel(long);
		expect(cut).toHaveLength(LABEL_MAX);
		// The halo and the text over it, each the cut label set on balanced lines (tspans).
		const labels = [...svg.matchAll(/<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].map(
			(m) => [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ')
		);
		expect(labels).toEqual([cut.replace(/ +/g, ' ').trim(), cut.replace(/ +/g, ' ').trim()]);
		// The node's group is named by the same cut label.
		expect(svg).toContain(`<title>${cut}</title>`);
	});
});
