import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import {
	addUnicodeFonts,
	markUnicodeText,
	needsUnicodeFont,
	UNICODE_FAMILY
} from '$lib/export/deck/pdf-font';

const svgOf = (body: string) =>
	new DOMParser().parseFromString(
		`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`,
		'image/svg+xml'
	).documentElement as unknown as Element;

describe('which text needs the embedded font', () => {
	it('leaves Windows-1252 to the standard fonts, and takes the rest', () => {
		for (const plain of ['Baku', 'Café “quoted” – €5 · ½', 'Señor Müller'])
			expect(needsUnicodeFont(plain), plain).toBe(false);
		for (const other of ['Heydər Əliyev', 'تهران', 'Москва', 'a → b', 'Ilham Əliyev'])
			expect(needsUnicodeFont(other), other).toBe(true);
	});
});

describe('marking the texts of a page', () => {
	it('sets only the texts that need it in the embedded font, bold where they are heavy', () => {
		const svg = svgOf(
			`<g font-weight="700"><text id="t">Əliyev</text></g>` +
				`<text id="p" font-family="Arial">Baku</text>` +
				`<text id="m" font-weight="600" font-style="italic"><tspan>Москва</tspan></text>` +
				`<text id="r" font-weight="400">تهران</text>`
		);
		const used = markUnicodeText([svg]);
		expect([...used].sort()).toEqual(['bold', 'bolditalic', 'normal']);
		const byId = (id: string) =>
			Array.from(svg.getElementsByTagName('text')).find((t) => t.getAttribute('id') === id)!;
		expect(byId('t').getAttribute('font-family')).toBe(UNICODE_FAMILY);
		expect(byId('t').getAttribute('font-weight')).toBe('700');
		expect(byId('p').getAttribute('font-family')).toBe('Arial');
		expect(byId('m').getAttribute('font-weight')).toBe('700');
		expect(byId('m').getElementsByTagName('tspan')[0]!.getAttribute('font-family')).toBe(
			UNICODE_FAMILY
		);
		expect(byId('r').getAttribute('font-weight')).toBe('400');
	});

	it('uses no font at all for a page in plain Latin', () => {
		expect(markUnicodeText([svgOf('<text>Baku</text><text>Tehran</text>')]).size).toBe(0);
	});
});

describe('the embedded font', () => {
	it('is added in the styles asked for, and cut to the glyphs used', async () => {
		const doc = new jsPDF({ unit: 'pt', format: [400, 200], compress: true });
		const loaded: string[] = [];
		await addUnicodeFonts(doc, new Set(['normal', 'bold'] as const), async (url) => {
			loaded.push(url);
			const file = readFileSync(`.${url.replace(/^\/@fs/, '').replace(process.cwd(), '')}`);
			return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
		});
		expect(loaded).toHaveLength(2);
		expect(doc.getFontList()[UNICODE_FAMILY]?.sort()).toEqual(['bold', 'normal']);
		doc.setFont(UNICODE_FAMILY, 'normal');
		doc.text('Heydər Əliyev', 20, 40);
		doc.setFont(UNICODE_FAMILY, 'bold');
		doc.text('Москва', 20, 80);
		const bytes = doc.output('arraybuffer').byteLength;
		// The two whole fonts are 1.4 MB; the file holds a few dozen glyphs of them.
		expect(bytes).toBeLessThan(120_000);
	});
});
