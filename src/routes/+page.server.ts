import { loadDataset } from '$lib/model';
import { staticLayout } from '$lib/layout/force-layout';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { buildGraphModel } from '$lib/state/graph-model';
import raw from '../../data/azerbaijan-iran.json';
import type { PageServerLoad } from './$types';

// Runs at build time only (the page is prerendered): an invalid bundled dataset fails the build
// with a message naming the file, the JSON pointer of each problem and the fix.
export const load: PageServerLoad = () => {
	const { dataset } = loadDataset(raw, { strict: true, name: 'data/azerbaijan-iran.json' });
	// The bundled network is laid out here, once: the prerendered page already holds the settled
	// picture, and the browser starts with nothing to simulate. A tenth of a unit is finer than a pixel.
	const positions = staticLayout(buildGraphModel(dataset).layoutInput, { seed: 1 });
	// Plain numbers: the page's data crosses into the HTML as JSON.
	const layout: LayoutSnapshot = {
		positions: Array.from(positions, (v) => Math.round(v * 10) / 10),
		pinned: []
	};
	// The story loads with the Story panel (state/bundled-story.ts), not with the first page.
	const shown = { ...dataset };
	delete shown.story;
	return { dataset: shown, layout };
};
