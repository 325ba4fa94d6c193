import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { MAX_CELLS } from '$lib/scene/outline';
import { boundsOf, fitTransform, PAN_LIMIT, ZOOM } from '$lib/scene/transform';
import { decodeView, knownOf } from '$lib/state/url';
import { buildGraphModel } from '$lib/state/graph-model';
import { drawScreen, oddNumber, staticLayout } from '../scene/draw-once';
import { drawingWork } from '../work-meter';

const bundled = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))).dataset;
const known = knownOf(bundled);
const model = buildGraphModel(bundled);
const positions = staticLayout(model.layoutInput, { seed: 1 });
const fitted = fitTransform(boundsOf(positions, model.radii), 1280, 720);

/** A number as a link may write it: what String() gives, and what a hand can type. */
const token = fc.oneof(
	oddNumber.map(String),
	fc.constantFrom('1e999', '-1e999', '1e-999', '', ' ', 'abc', '0x10', '1_000', '+5', '.5', '5.')
);

describe('a zoom in a link (property)', () => {
	it('any z= draws the bundled network with bounded work, or is ignored and the picture fitted', () => {
		fc.assert(
			fc.property(fc.array(token, { minLength: 1, maxLength: 4 }), (parts) => {
				const z = parts.join(',');
				const { zoom } = decodeView(new URLSearchParams({ z }), known);
				if (zoom) {
					expect(zoom.k).toBeGreaterThanOrEqual(ZOOM.min);
					expect(zoom.k).toBeLessThanOrEqual(ZOOM.max);
					expect(Math.abs(zoom.x)).toBeLessThanOrEqual(PAN_LIMIT);
					expect(Math.abs(zoom.y)).toBeLessThanOrEqual(PAN_LIMIT);
				}
				const work = drawingWork(() => drawScreen(bundled, positions, zoom ?? fitted));
				// Counted, not timed. At worst about 51,000 and 13,300 (1,700 fitted): the outline's
				// grid at its cap, and label placement within its caps on moves and repairs (lifting
				// them doubles the lookups). Work that grew with the zoom or the pan would be far more.
				expect(work.largestArray).toBeLessThanOrEqual(2 * MAX_CELLS);
				expect(work.lookups).toBeLessThanOrEqual(20_000);
			}),
			{ seed: 17, numRuns: 300 }
		);
	});
});
