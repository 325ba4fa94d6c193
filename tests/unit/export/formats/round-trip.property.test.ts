// What "Download GEXF / GraphML / CSV (ZIP)" writes must open again in our own readers as the same
// nodes, edges, fields and attributes, with the picture's places, colours and sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import { toGexf } from '$lib/export/formats/gexf';
import { toGraphml } from '$lib/export/formats/graphml';
import { toCsvZip } from '$lib/export/formats/csv-zip';
import { toGml } from '$lib/export/formats/gml';
import type { Picture } from '$lib/export/formats/records';
import { parseFileColour } from '$lib/clusters/file-colours';
import type { Dataset } from '$lib/model';
import {
	dom,
	expectValidDataset,
	JSON_ATTRIBUTE_NAMES,
	jsonValueArb,
	netArb,
	runs,
	toProjectJson
} from '../../import/property-kit';

const enc = (text: string) => new TextEncoder().encode(text);

/** A network in our format with every field filled somewhere, opened as the page opens it. */
const datasetArb = netArb(JSON_ATTRIBUTE_NAMES, jsonValueArb).map((net) => {
	const { dataset } = openFiles([{ name: 'p.json', bytes: enc(toProjectJson(net)) }]);
	dataset.nodes.forEach((n, i) => {
		if (i % 2) n.aliases = [`alias ${i}`, 'ə"<&'];
		if (i === 1) n.description = 'two\nlines\tand a tab';
	});
	return dataset;
});

/** Places on a grid (spacing 40, within the range the readers leave as written), one colour. */
const picture: Picture = {
	x: (i) => (i % 3) * 40,
	y: (i) => Math.floor(i / 3) * 40 + 0.5,
	colour: () => '#1f77b4',
	size: () => 7
};

const blank = (v: unknown) => typeof v === 'string' && v.trim() === '';
const scalar = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v);

/** An attribute's name as GML writes it: letters, digits and _, starting with a letter. */
const gmlKey = (k: string) => {
	const key = /^[A-Za-z][A-Za-z0-9_]*$/.test(k) ? k : k.replace(/[^A-Za-z0-9_]/g, '_');
	return /^[A-Za-z]/.test(key) ? key : `a${key}`;
};

/**
 * Compares the reopened network with the written one; `text` when a format holds only text,
 * `rename` where it writes attribute names its own way.
 */
function expectSame(
	before: Dataset,
	after: Dataset,
	text: boolean,
	rename: (k: string) => string = (k) => k
) {
	const as = (v: unknown) => (text ? String(v) : v);
	expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
	before.nodes.forEach((b, i) => {
		const a = after.nodes[i]!;
		expect([a.label, a.type, a.group, a.description, a.confidence]).toEqual([
			b.label,
			b.type,
			b.group,
			b.description,
			b.confidence
		]);
		expect(a.period).toEqual(b.period);
		expect(a.aliases).toEqual(b.aliases);
		expect([a.x, a.y]).toEqual([picture.x(i), picture.y(i)]);
		// Citations have no structure in these formats: they come back as their JSON text.
		expect(a.attributes['sources (file)']).toBe(
			b.sources.length ? JSON.stringify(b.sources) : undefined
		);
		// GEXF 1.2 gives the colour as r, g, b: read as "rgb(31,119,180)", the same colour.
		expect(parseFileColour(a.attributes['color'])).toBe('#1f77b4');
		expect(a.attributes['size']).toEqual(as(7));
		for (const [k, v] of Object.entries(b.attributes)) {
			// Blank text is left out (GEXF and CSV have no empty value).
			if (blank(v)) continue;
			const got = a.attributes[rename(k)];
			// A column that mixes numbers and text is declared text: its numbers come back as text.
			expect(String(scalar(got))).toBe(String(scalar(v)));
		}
	});
	// A blank relation is no relation: the readers leave blank text out.
	const rel = (r: string | undefined) => (r?.trim() ? r : undefined);
	expect(after.edges.map((e) => [e.id, e.source, e.target, rel(e.relation), e.weight])).toEqual(
		before.edges.map((e) => [e.id, e.source, e.target, rel(e.relation), e.weight])
	);
	before.edges.forEach((b, i) => {
		const a = after.edges[i]!;
		expect([a.description, a.confidence, a.period]).toEqual([
			b.description,
			b.confidence,
			b.period
		]);
		for (const [k, v] of Object.entries(b.attributes))
			if (!blank(v)) expect(String(scalar(a.attributes[rename(k)]))).toBe(String(scalar(v)));
	});
}

describe('Download as GEXF, GraphML and CSV (ZIP), opened again (property)', () => {
	it('GEXF keeps nodes, edges, fields, attributes, places, colours and sizes', () => {
		fc.assert(
			fc.property(datasetArb, (before) => {
				const gexf = toGexf(before, picture);
				const { dataset, warnings } = openFiles([{ name: 'n.gexf', bytes: enc(gexf) }], dom);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.title).toBe(before.title);
				expect(dataset.summary).toBe(before.summary);
				expectSame(before, dataset, false);
			}),
			runs(120)
		);
	});

	it('GraphML keeps the same, colours as r, g, b', () => {
		fc.assert(
			fc.property(datasetArb, (before) => {
				const graphml = toGraphml(before, picture);
				const { dataset, warnings } = openFiles([{ name: 'n.graphml', bytes: enc(graphml) }], dom);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.title).toBe(before.title);
				expect(dataset.summary).toBe(before.summary);
				expectSame(before, dataset, false);
			}),
			runs(120)
		);
	});

	it('GML keeps the same: ids by name, places, sizes and colours in graphics, names made keys', () => {
		fc.assert(
			fc.property(datasetArb, (before) => {
				const gml = toGml(before, picture);
				// ASCII only, as the format asks.
				expect(gml).toMatch(/^[\x20-\x7e\n]*$/);
				const { dataset, warnings } = openFiles([{ name: 'n.gml', bytes: enc(gml) }]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.title).toBe(before.title);
				expect(dataset.summary).toBe(before.summary);
				expectSame(before, dataset, false, gmlKey);
			}),
			runs(120)
		);
	});

	it('the CSV ZIP opens as its nodes and edges tables; values come back as text', () => {
		fc.assert(
			fc.property(datasetArb, (before) => {
				const zip = toCsvZip(before, picture);
				const { dataset, warnings } = openFiles([{ name: 'n.zip', bytes: zip }]);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expectSame(before, dataset, true);
			}),
			runs(120)
		);
	});
});
