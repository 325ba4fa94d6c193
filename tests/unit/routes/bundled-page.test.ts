import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import { fitClear, type Rect } from '$lib/scene/clear-area';
import { labelTier, nodeLabelCandidate, placeLabels } from '$lib/scene/labels';
import { LABEL } from '$lib/scene/paint';
import { createStyleContext, nodeStyle } from '$lib/scene/style';
import { boundsOf } from '$lib/scene/transform';
import { buildGraphModel } from '$lib/state/graph-model';
import { bundledPage } from '../../../src/routes/bundled.json/bundled-page';

describe('the first page data (routes/bundled.json)', () => {
	const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
		nodes: { id: string }[];
		edges: unknown[];
		story?: unknown;
	};
	const page = bundledPage();

	it('holds every node and edge with a finite position each, and leaves the story out', () => {
		expect(page.dataset.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => n.id));
		expect(page.dataset.edges).toHaveLength(raw.edges.length);
		expect(page.layout.positions).toHaveLength(2 * raw.nodes.length);
		expect(page.layout.positions.every(Number.isFinite)).toBe(true);
		expect(raw.story).toBeDefined();
		expect('story' in page.dataset).toBe(false);
	});

	it('crosses into the HTML as JSON and back unchanged', () => {
		// JSON drops undefined and turns Infinity, Maps and Dates into something else: none may be there.
		expect(JSON.parse(JSON.stringify(page))).toStrictEqual(page);
	});
});

describe('room for the labels in the first page’s layout', () => {
	const { dataset } = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')));
	const model = buildGraphModel(dataset);
	const clustering = assignClusters(dataset, model.index, 'group', 'light');
	const ctx = createStyleContext(dataset, model.index, 'light', clustering);
	const em = computeEmphasis(NO_INPUT, dataset, model.index, clustering);
	const styles = dataset.nodes.map((n) => nodeStyle(n, ctx, em));

	/**
	 * The labels the screen places (by its rule, estimated widths) for positions `p` fitted into a
	 * `width`×`height` graph area with the zoom buttons and the legend where a desktop has them.
	 */
	function shown(p: ArrayLike<number>, width: number, height: number, legendTop: number) {
		const overlays: Rect[] = [
			{ x: width - 191, y: 11, width: 179, height: 33 },
			{ x: 11, y: legendTop, width: 235, height: 407 }
		];
		const t = fitClear(boundsOf(p, model.radii), width, height, overlays);
		const candidates = dataset.nodes.map((n, i) =>
			nodeLabelCandidate(
				n,
				p[2 * i]!,
				p[2 * i + 1]!,
				styles[i]!.radius,
				t,
				model.index.degree.get(n.id) ?? 0,
				styles[i]!,
				labelTier(n.id, em)
			)
		);
		return placeLabels(candidates, {
			fontSize: LABEL.size,
			bounds: [0, 0, width, height],
			obstacles: overlays.map((o) => [o.x, o.y, o.x + o.width, o.y + o.height])
		}).size;
	}
	const positions = bundledPage().layout.positions;

	it('shows every label in the graph area of a 1440×900 window', () => {
		expect(shown(positions, 1037, 788, 370)).toBe(dataset.nodes.length);
	});

	it('shows at least 50 labels at 1280×720, more than the layout without the pass', () => {
		const plain = staticLayout(model.layoutInput, { seed: 1 });
		const withRoom = shown(positions, 922, 608, 190);
		expect(withRoom).toBeGreaterThanOrEqual(50);
		expect(withRoom).toBeGreaterThan(shown(plain, 922, 608, 190));
	});
});
