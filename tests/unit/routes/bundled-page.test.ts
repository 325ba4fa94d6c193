import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPage } from '../../../src/routes/bundled.json/bundled-page';

describe('the first page data (routes/bundled.json)', () => {
	const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
		nodes: { id: string }[];
		edges: unknown[];
		story?: unknown;
	};
	const page = bundledPage();

	it('holds every node and edge with a finite position each, and leaves the story out', () => {
		expect(page.dataset.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => n.id));
		expect(page.dataset.edges).toHaveLength(raw.edges.length);
		expect(page.layout.positions).toHaveLength(2 * raw.nodes.length);
		expect(page.layout.positions.every(Number.isFinite)).toBe(true);
		expect(raw.story).toBeDefined();
		expect('story' in page.dataset).toBe(false);
	});

	it('crosses into the HTML as JSON and back unchanged', () => {
		// JSON drops undefined and turns Infinity, Maps and Dates into something else: none may be there.
		expect(JSON.parse(JSON.stringify(page))).toStrictEqual(page);
	});
});
