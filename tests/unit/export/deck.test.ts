import { readFileSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
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
import { splitText } from '$lib/export/deck/svg-text';

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
const xml = {
	parse: (svg: string) =>
		new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document,
	serialize: (doc: Document) => new XMLSerializer().serializeToString(doc as never)
};
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
		// A pillar's slide draws the pillar with its neighbours, every label it can set.
		expect(ias.options.scope).toBe('context');
		expect(ias.options.labels).toBe('all');
		const whole = slideInput(source, story[0]!);
		expect(whole.emphasis.lit).toBeNull();
		expect(whole.options.scope).toBe('all');
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
		const bytes = await writePptx(pages, { title: dataset.title }, xml);
		const files = unzipSync(bytes);
		const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides).toHaveLength(pages.length);
		const svgs = Object.keys(files).filter((f) => /^ppt\/media\/.*\.svg$/.test(f));
		expect(svgs).toHaveLength(pages.length);
		// The pictures hold the shapes; the text is the slide's own, at the page's sizes.
		for (const f of svgs)
			expect(strFromU8(files[f]!)).not.toContain('Pillar 1: the Iran Assistance Society</text>');
		expect(svgs.map((f) => strFromU8(files[f]!)).join('')).toContain(
			'<title>Pillar 1: the Iran Assistance Society</title>'
		);
		for (const [i, p] of pages.entries()) {
			const notes = strFromU8(files[`ppt/notesSlides/notesSlide${i + 1}.xml`]!);
			expect(notes).toContain(p.notes.replace(/'/g, '&apos;').slice(0, 40));
			const slideXml = strFromU8(files[`ppt/slides/slide${i + 1}.xml`]!);
			expect(slideXml).toContain('svgBlip');
			expect(slideXml).toContain(`descr="${p.title.replace(/'/g, '&apos;')}`);
			expect(slideXml).toContain(`<a:t>${p.title.replace(/'/g, '&apos;')}</a:t>`);
			expect(slideXml).toContain('<a:t>Source: GlobalSecurity.org');
		}
		expect(strFromU8(files['docProps/core.xml']!)).toContain('influence networks in Azerbaijan');
		// A label set on two lines is two text boxes, one per line, never the lines glued together.
		const runs = [...strFromU8(files['ppt/slides/slide2.xml']!).matchAll(/<a:t>([^<]*)<\/a:t>/g)];
		const texts = runs.map((m) => m[1]!);
		expect(texts.join(' ')).toContain('Micro-loans to notables&apos; nominees');
		expect(texts).not.toContain('Scholarshipsto study in Iran');
		expect(texts.filter((t) => /[a-z][A-Z]/.test(t.replace('GlobalSecurity', '')))).toEqual([]);
	});
});

describe('splitting a page into picture and text', () => {
	it('keeps shapes and halos in the picture and gives every other text back as a run', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">' +
			'<rect x="0" y="0" width="100" height="50" fill="#ffffff"/>' +
			'<g opacity="0.5"><text x="10" y="20" fill="#ffffff" stroke="#ffffff" stroke-width="3">Baku</text>' +
			'<text x="10" y="20" fill="#1b2430" font-size="12" font-weight="700">Baku</text></g>' +
			'<text x="50" y="40" text-anchor="middle" fill="#111111" stroke="#ffffff" paint-order="stroke" font-size="10">Both</text>' +
			'</svg>';
		const { picture, runs } = splitText(svg, xml);
		expect(
			runs.map((r) => [r.text, r.x, r.y, r.anchor, r.size, r.bold, r.fill, r.opacity])
		).toEqual([
			['Baku', 10, 20, 'start', 12, true, '#1b2430', 0.5],
			['Both', 50, 40, 'middle', 10, false, '#111111', 1]
		]);
		expect(runs[0]!.width).toBeGreaterThan(20);
		expect(picture).toContain('<rect');
		expect(picture).toContain('stroke-width="3">Baku</text>');
		expect(picture).not.toContain('font-weight="700"');
		// The one-element halo keeps its stroke, its letters drawn in the halo's colour.
		expect(picture).toMatch(/<text x="50" y="40"[^>]*fill="#ffffff"[^>]*>Both<\/text>/);
	});

	it('gives each line of a label set on several lines back as its own run, and leaves turned text drawn', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">' +
			'<text x="40" y="20" text-anchor="middle" fill="#1b2430" font-size="10">' +
			'<tspan x="40" y="20">Iranian Red</tspan><tspan x="40" y="33">Crescent Society</tspan></text>' +
			'<text x="60" y="40" transform="rotate(30 60 40)" fill="#1b2430" font-size="9">funds</text>' +
			'</svg>';
		const { picture, runs } = splitText(svg, xml);
		expect(runs.map((r) => [r.text, r.x, r.y, r.anchor])).toEqual([
			['Iranian Red', 40, 20, 'middle'],
			['Crescent Society', 40, 33, 'middle']
		]);
		expect(picture).not.toContain('Iranian Red');
		expect(picture).toContain('>funds</text>');
	});
});
