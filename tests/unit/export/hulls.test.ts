import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import { defaultOptions } from '$lib/export/options';
import { planSvg, writeSvg, type SvgInput } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import { hullPath } from '$lib/scene/hull';
import { HULL } from '$lib/scene/paint';
import { createStyleContext } from '$lib/scene/style';
import { buildGraphModel } from '$lib/state/graph-model';
import { flattenPath, insidePath } from '../scene/path-geometry';

const dataset = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))).dataset;
const model = buildGraphModel(dataset);
const positions = staticLayout(model.layoutInput, { seed: 1 });
const clustering = assignClusters(dataset, model.index, 'group', 'light');

function input(group: string): SvgInput {
	return {
		dataset,
		index: model.index,
		positions,
		ctx: createStyleContext(dataset, model.index, 'light', clustering),
		emphasis: computeEmphasis(
			{ ...NO_INPUT, highlighted: [group] },
			dataset,
			model.index,
			clustering
		),
		visible: visibleElements(dataset, NO_FILTERS),
		hulls: clustering.byId.has(group) ? [clustering.byId.get(group)!] : [],
		options: defaultOptions(dataset, 'light'),
		hullPath
	};
}

describe('the exported outline', () => {
	it.each(clustering.clusters.map((c) => c.id))(
		'of %s holds its members drawn and no other node, on the page',
		(group) => {
			const svg = writeSvg(input(group));
			const hulls = [...svg.matchAll(/<path d="([^"]+)"[^>]* fill-opacity="([\d.]+)"/g)].filter(
				(m) => Number(m[2]) === HULL.fillOpacity
			);
			expect(hulls).toHaveLength(1);
			const d = hulls[0]![1]!;
			// The profile's path data: absolute commands and plain numbers only.
			expect(d).toMatch(/^M[-\d.,MCZ]+$/);
			const rings = flattenPath(d);
			const { t, pos, drawn } = planSvg(input(group));
			for (const n of drawn) {
				const p = pos(n.id);
				const at: [number, number] = [t.x + t.k * p.x, t.y + t.k * p.y];
				expect(insidePath(at, rings), `${n.label}`).toBe(n.group === group);
			}
		}
	);
});
