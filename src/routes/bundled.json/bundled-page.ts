import { staticLayout } from '$lib/layout/force-layout';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { loadDataset } from '$lib/model';
import { labelRoom } from '$lib/scene/label-room';
import { buildGraphModel } from '$lib/state/graph-model';
import type { SessionOptions } from '$lib/state/session.svelte';
import raw from '../../../data/azerbaijan-iran.json';

/** The bundled network and its build-time layout: the first page's data. */
export type BundledPage = SessionOptions['bundled'];

/**
 * The bundled network as the first page shows it. Runs at build time only: an invalid dataset fails
 * the build with a message naming the file, the JSON pointer of each problem and the fix.
 */
export function bundledPage(): BundledPage {
	const { dataset } = loadDataset(raw, { strict: true, name: 'data/azerbaijan-iran.json' });
	// Laid out here, once: the prerendered page already holds the settled picture, and the browser
	// starts with nothing to simulate; the labels get their room here too, at no cost to the page.
	// A tenth of a unit is finer than a pixel.
	const positions = staticLayout(buildGraphModel(dataset).layoutInput, {
		seed: 1,
		labels: labelRoom(dataset.nodes)
	});
	// Plain numbers: the data crosses into the HTML as JSON.
	const layout: LayoutSnapshot = {
		positions: Array.from(positions, (v) => Math.round(v * 10) / 10),
		pinned: []
	};
	// The story loads with the Story panel (state/bundled-story.ts), not with the first page.
	const shown = { ...dataset };
	delete shown.story;
	return { dataset: shown, layout };
}
