import { describe, expect, it } from 'vitest';
import { prepareSprites } from '$lib/render/canvas/draw-nodes';
import type { CanvasFrame } from '$lib/render/canvas/frame';
import { SpriteAtlas } from '$lib/render/canvas/sprite-atlas';
import { circleStyle, fakeCanvases, nodeFrame } from './fake-canvas';

const style = circleStyle;

/** Three nodes in two styles, at zoom `k`. */
function frame(k: number, radius = 5): CanvasFrame {
	const nodeStyles = [style('#336699', radius), style('#993366', radius), style('#336699', radius)];
	return nodeFrame(nodeStyles, [10, 10, 20, 20, 30, 30], { width: 100, height: 100, k });
}

describe('prepareSprites', () => {
	it('makes the pictures a frame needs once per atlas, and none in another’s place', () => {
		const one = new SpriteAtlas(fakeCanvases().create);
		const two = new SpriteAtlas(fakeCanvases().create);
		expect(prepareSprites(frame(1), one, 1)).toBe(2);
		expect(prepareSprites(frame(1), one, 1)).toBe(0);
		expect(prepareSprites(frame(1), two, 1)).toBe(2);
		// A zoom past a size step needs new ones; the device pixel ratio counts as zoom.
		expect(prepareSprites(frame(2), one, 1)).toBe(2);
		expect(prepareSprites(frame(1), one, 2)).toBe(0);
	});

	it('makes none for nodes drawn as paths, past 24 device pixels in radius', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		expect(prepareSprites(frame(1, 25), atlas, 1)).toBe(0);
		expect(prepareSprites(frame(1, 12), atlas, 2)).toBe(2);
		expect(prepareSprites(frame(1, 12), atlas, 2.2)).toBe(0);
		expect(atlas.made).toBe(2);
	});
});
