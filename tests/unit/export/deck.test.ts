import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset } from '$lib/model';
import type { Slide } from '$lib/model/story';
import { hullPath } from '$lib/scene/hull';
import { buildGraphModel } from '$lib/state/graph-model';
import { deckPages, svgSize } from '$lib/export/deck/pages';
import { writePptx } from '$lib/export/deck/pptx';
import { slideInput, slideSvg, type DeckSource } from '$lib/export/deck/slide-svg';
import { writeSvgZip } from '$lib/export/deck/zip';

const { dataset } = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')));
const model = buildGraphModel(dataset);
const source: DeckSource = {
	dataset,
	index: model.index,
	positions: staticLayout(model.layoutInput, { seed: 1 }),
	theme: 'light',
	hullPath
};
const story = dataset.story!;
const pages = deckPages(story, (s) => slideSvg(source, s));

describe('deck pages', () => {
	it('makes one page per slide, named in order by place and title', () => {
		expect(pages).toHaveLength(story.length);
		expect(pages[0]!.name).toBe('01-irans-influence-in-azerbaijan-the-whole-picture.svg');
		expect(pages.map((p) => p.name.slice(0, 3))).toEqual(story.map((_, i) => `0${i + 1}-`));
		expect(pages.map((p) => p.notes)).toEqual(story.map((s) => s.notes));
	});

	it('draws each slide with its title, caption and the highlighted cluster', () => {
		for (const [i, p] of pages.entries()) {
			const doc = new DOMParser().parseFromString(p.svg, 'image/svg+xml');
			expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(story[i]!.title);
			const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent).join(' ');
			expect(texts).toContain(story[i]!.caption.slice(0, 30));
			expect(p.svg.startsWith('<svg')).toBe(true);
			expect(svgSize(p.svg)).toEqual({ width: 1920, height: 1080 });
		}
		const ias = slideInput(
			source,
			story.find((s) => s.id === 'pillar-ias')!
		);
		expect(ias.hulls.map((c) => c.id)).toEqual(['ias']);
		expect(ias.emphasis.reason).toBe('clusters');
		expect(ias.options.scope).toBe('all');
		const whole = slideInput(source, story[0]!);
		expect(whole.emphasis.lit).toBeNull();
	});

	it('frames a zoomed slide as the export of that part of the layout', () => {
		const zoomed: Slide = {
			...story[0]!,
			view: { ...story[0]!.view, frame: { x: -100, y: -80, width: 200, height: 160 } }
		};
		const input = slideInput(source, zoomed);
		expect(input.options.scope).toBe('view');
		expect(input.view).toEqual({ minX: -100, minY: -80, maxX: 100, maxY: 80 });
		// Fewer nodes fall in the frame than in the whole network.
		expect(slideSvg(source, zoomed).length).toBeLessThan(pages[0]!.svg.length);
	});
});

describe('ZIP of SVGs', () => {
	it('holds every page under its name, in order, byte for byte', () => {
		const files = unzipSync(writeSvgZip(pages));
		expect(Object.keys(files)).toEqual(pages.map((p) => p.name));
		for (const p of pages) expect(strFromU8(files[p.name]!)).toBe(p.svg);
		// Same pages, same bytes.
		expect(writeSvgZip(pages)).toEqual(writeSvgZip(pages));
	});
});

describe('PPTX', () => {
	it('has one slide per page, each picture the page SVG, with its notes', async () => {
		const bytes = await writePptx(pages, { title: dataset.title });
		const files = unzipSync(bytes);
		const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(pages.length);
		const svgs = Object.keys(files).filter((f) => /^ppt\/media\/.*\.svg$/.test(f));
		expect(svgs).toHaveLength(pages.length);
		const media = svgs.map((f) => strFromU8(files[f]!)).sort();
		expect(media).toEqual(pages.map((p) => p.svg).sort());
		for (const [i, p] of pages.entries()) {
			const notes = strFromU8(files[`ppt/notesSlides/notesSlide${i + 1}.xml`]!);
			expect(notes).toContain(p.notes.replace(/'/g, '&apos;').slice(0, 40));
			const xml = strFromU8(files[`ppt/slides/slide${i + 1}.xml`]!);
			expect(xml).toContain('svgBlip');
			expect(xml).toContain(`descr="${p.title.replace(/'/g, '&apos;')}`);
		}
		expect(strFromU8(files['docProps/core.xml']!)).toContain('influence networks in Azerbaijan');
	});
});
