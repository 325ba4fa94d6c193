import { staticLayout } from '$lib/layout/force-layout';
import type { LabelRoom } from '$lib/layout/label-room';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { loadDataset, type GraphNode } from '$lib/model';
import { ASCENT, DESCENT, LABEL_GAP } from '$lib/scene/labels';
import { LABEL } from '$lib/scene/paint';
import { drawnLabel } from '$lib/scene/text';
import { textWidth } from '$lib/scene/text-width';
import { buildGraphModel } from '$lib/state/graph-model';
import type { SessionOptions } from '$lib/state/session.svelte';
import raw from '../../../data/azerbaijan-iran.json';

/** The bundled network and its build-time layout: the first page's data. */
export type BundledPage = SessionOptions['bundled'];

/**
 * The scale the label room is sized for: about what a laptop's screen fits the network at (0.6 to
 * 0.8 at 1280×720 to 1440×900). Each label's box is a little wider than its text, as the screen's
 * placement wants space to turn labels aside. Both were chosen by measuring the labels the screen
 * places at 1280×720 and 1440×900 (tests/unit/routes/bundled-page.test.ts).
 */
const ROOM_SCALE = 0.85;
const ROOM_WIDTH = 1.15;

/** Room for each node's label, in layout units, as the screen draws labels at ROOM_SCALE. */
export function labelRoom(nodes: readonly GraphNode[]): LabelRoom {
	const px = 1 / ROOM_SCALE;
	return {
		halfWidth: nodes.map(
			(n) => ((ROOM_WIDTH * textWidth(drawnLabel(n.label), LABEL.size)) / 2 + LABEL_GAP / 2) * px
		),
		below: ((ASCENT + DESCENT) * LABEL.size + LABEL_GAP) * px
	};
}

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
