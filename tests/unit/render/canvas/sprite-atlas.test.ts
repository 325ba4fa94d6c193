import { describe, expect, it } from 'vitest';
import { SpriteAtlas } from '$lib/render/canvas/sprite-atlas';
import { circleStyle, fakeCanvases, pixelOf } from './fake-canvas';

const style = circleStyle;
const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

describe('SpriteAtlas', () => {
	it('shares nothing with another atlas: a picture made in one is made anew in the other', () => {
		const one = new SpriteAtlas(fakeCanvases().create);
		const two = new SpriteAtlas(fakeCanvases().create);
		const st = style('#336699');
		const made = one.spriteFor(st, 1, '#ffffff');
		expect([one.made, two.made]).toEqual([1, 0]);
		const other = two.spriteFor(st, 1, '#ffffff');
		expect(other).not.toBe(made);
		expect([one.made, two.made]).toEqual([1, 1]);
		// Within an atlas the picture is found again, by style object or by an equal style.
		expect(one.spriteFor(st, 1, '#ffffff')).toBe(made);
		expect(one.spriteFor(style('#336699'), 1, '#ffffff')).toBe(made);
		expect(one.made).toBe(1);
	});

	it('draws on a scratch sheet of its own', () => {
		const canvases = [fakeCanvases(), fakeCanvases()];
		const atlases = canvases.map((c) => new SpriteAtlas(c.create));
		for (const atlas of atlases) atlas.spriteFor(style('#336699'), 1, '#ffffff');
		expect(canvases.map((c) => c.made.length)).toEqual([1, 1]);
	});

	it('makes one picture per size step, not per scale', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		const st = style('#336699');
		const a = atlas.spriteFor(st, 1, '#ffffff');
		// Eight steps per doubling: 2 % larger is the same step, 20 % larger is not.
		expect(atlas.spriteFor(st, 1.02, '#ffffff')).toBe(a);
		expect(atlas.spriteFor(st, 1.2, '#ffffff')).not.toBe(a);
		expect(atlas.made).toBe(2);
	});

	it('reads each new picture back from its own square of the sheet, across shelves', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		// 21 pixels a side at radius 5: 48 to a shelf, so 60 fill more than one.
		const sprites = Array.from({ length: 60 }, (_, k) => {
			const fill = hex(0x010203 * (k + 1));
			return { fill, sprite: atlas.spriteFor(style(fill), 1, '#ffffff') };
		});
		atlas.read();
		for (const { fill, sprite } of sprites) {
			expect(sprite.size).toBe(21);
			expect(sprite.pixels.every((v) => v === pixelOf(fill))).toBe(true);
			expect([...sprite.spans]).toEqual(Array.from({ length: 42 }, (_, k) => (k % 2 ? 21 : 0)));
		}
	});

	it('drops every picture and every per-style shortcut together past 2,000', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		const first = style('#000001');
		const kept = atlas.spriteFor(first, 1, '#ffffff');
		for (let k = 2; k <= 2001; k++) atlas.spriteFor(style(hex(k)), 1, '#ffffff');
		expect(atlas.made).toBe(2001);
		expect(atlas.spriteFor(first, 1, '#ffffff')).toBe(kept);
		expect(atlas.spriteFor(style('#000001'), 1, '#ffffff')).toBe(kept);
		// The 2,002nd picture drops the rest, so the first is made again, even for the same style.
		atlas.spriteFor(style(hex(2002)), 1, '#ffffff');
		expect(atlas.made).toBe(2002);
		expect(atlas.spriteFor(first, 1, '#ffffff')).not.toBe(kept);
		expect(atlas.made).toBe(2003);
	});

	it('fades a picture once per opacity', () => {
		const atlas = new SpriteAtlas(fakeCanvases().create);
		const sprite = atlas.spriteFor(style('#336699'), 1, '#ffffff');
		atlas.read();
		expect(atlas.pixels(sprite, 1)).toBe(sprite.pixels);
		const half = atlas.pixels(sprite, 0.5);
		expect(half).not.toBe(sprite.pixels);
		expect(atlas.pixels(sprite, 0.5)).toBe(half);
		expect(half[0]! >>> 24).toBe(128);
		expect(half[0]! & 0xffffff).toBe(pixelOf('#336699') & 0xffffff);
		expect(sprite.pixels[0]! >>> 24).toBe(255);
	});
});
