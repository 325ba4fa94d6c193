// What the page does with numbers once they are in, for the property tests of the bounds: the
// numbers a parser or a link can hand over, and one pass of layout, framing, labels and export.
import fc from 'fast-check';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import { defaultOptions } from '$lib/export/options';
import { writeSvg } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import type { Dataset } from '$lib/model';
import { MAX_COORDINATE } from '$lib/model/limits';
import { pickLabelCandidates } from '$lib/render/lod';
import { SpatialGrid } from '$lib/render/spatial-grid';
import { hullPath } from '$lib/scene/hull';
import { nodeLabelCandidate, placeLabels } from '$lib/scene/labels';
import { createStyleContext } from '$lib/scene/style';
import { boundsOf, fitTransform, type Transform } from '$lib/scene/transform';
import { buildGraphModel } from '$lib/state/graph-model';

export { staticLayout };

/** Every kind of number a parser can hand over: JSON's, NaN from a typed XML column, and extremes. */
export const oddNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(
		NaN,
		Infinity,
		-Infinity,
		-0,
		1e20,
		-1e20,
		1e308,
		-1e308,
		Number.MAX_VALUE,
		Number.MIN_VALUE,
		2 ** 53,
		2 ** 53 + 2,
		MAX_COORDINATE,
		-MAX_COORDINATE,
		MAX_COORDINATE + 1e-9
	)
);

/**
 * What the screen does each frame under the transform `t`: place the labels of the nodes at
 * `positions`, index them for the canvas, pick labels by level of detail, hit-test, outline them.
 */
export function drawScreen(dataset: Dataset, positions: Float64Array, t: Transform): void {
	const candidates = dataset.nodes.map((node, i) =>
		nodeLabelCandidate(node, positions[2 * i]!, positions[2 * i + 1]!, 5, t, 1, {
			emphasised: false,
			forceLabel: i === 0
		})
	);
	placeLabels(candidates);
	const grid = new SpatialGrid(positions, dataset.nodes.length);
	pickLabelCandidates({
		grid,
		transform: t,
		width: 1280,
		height: 720,
		radius: () => 5,
		priority: (i) => i,
		forced: (i) => i === 0
	});
	grid.hit(0, 0, () => 5, 10);
	hullPath(dataset.nodes.map((_, i) => ({ x: positions[2 * i]!, y: positions[2 * i + 1]!, r: 5 })));
}

/** What the page does with a network once it is open: lay it out, frame it, draw it, export it. */
export function drawOnce(dataset: Dataset): void {
	const model = buildGraphModel(dataset);
	const positions = staticLayout(model.layoutInput, { seed: 1 });
	drawScreen(dataset, positions, fitTransform(boundsOf(positions, model.radii), 1280, 720));
	const clustering = assignClusters(dataset, model.index, 'group', 'light');
	writeSvg({
		dataset,
		index: model.index,
		positions,
		ctx: createStyleContext(dataset, model.index, 'light', clustering),
		emphasis: computeEmphasis(NO_INPUT, dataset, model.index, clustering),
		visible: visibleElements(dataset, NO_FILTERS),
		hulls: [],
		options: { ...defaultOptions(dataset, 'light'), labels: 'auto' },
		hullPath
	});
}
