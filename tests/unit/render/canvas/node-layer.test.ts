import { describe, expect, it } from 'vitest';
import { NodeLayer } from '$lib/render/canvas/node-layer';
import { fakeCanvases, pixelOf } from './fake-canvas';

describe('the node layer', () => {
	it('keeps one buffer per size, cleared for every frame, and puts it on its canvas', () => {
		const canvases = fakeCanvases();
		const nodes = new NodeLayer(canvases.create);
		const layer = nodes.cleared(4, 3);
		layer.buf[5] = pixelOf('#ff0000');
		layer.flush();
		expect(canvases.made.at(-1)!.pixels[5]).toBe(pixelOf('#ff0000'));
		const again = nodes.cleared(4, 3);
		expect(again.buf).toBe(layer.buf);
		expect(again.buf.every((v) => v === 0)).toBe(true);
		expect(nodes.cleared(5, 3).buf).toHaveLength(15);
		expect(canvases.made).toHaveLength(2);
	});
});
