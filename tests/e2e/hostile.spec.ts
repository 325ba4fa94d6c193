import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, panelHeading, statusBar, test } from './fixtures';

// Links and files built to hurt: each must leave a page that answers.

const picker = (page: Page) => page.locator('input[type="file"]');
const file = (name: string, text: string, mimeType = 'application/json') => ({
	name,
	mimeType,
	buffer: Buffer.from(text)
});

/** The page answers: the search box finds a node, Enter selects it, and the panel tells of it. */
async function expectAnswering(page: Page, query = 'Baku', heading: string | RegExp = /Baku/) {
	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill(query);
	await expect(
		page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
	).toBeVisible();
	await search.press('Enter');
	await expect(panelHeading(page)).toHaveText(heading);
}

/**
 * Starts recording the page's long tasks; the returned function gives the longest so far, in ms.
 * How long the page stopped answering, as a user would feel it.
 */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
	await page.evaluate(() => {
		const w = window as unknown as { longestTask: number };
		w.longestTask = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
		}).observe({ type: 'longtask' });
	});
	return () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

/** The page is hydrated and its picture settled, as a user would wait for it. */
async function expectReady(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-ready');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
}

test.describe('huge coordinates', () => {
	test('a link zoomed to x = 1e20 leaves a working page, and Fit brings the picture back', async ({
		page
	}) => {
		await page.goto('/?z=1e20,0,1');
		await expectReady(page);
		await expectAnswering(page);
		await page.getByRole('button', { name: 'Fit to screen' }).click();
		await node(page, 'baku').click();
		await expect(panelHeading(page)).toHaveText(/Baku/);
	});

	test('a link with a zoom far past the range is clamped to it', async ({ page }) => {
		await page.goto('/?z=0,0,1e300');
		await expectReady(page);
		// Taken at the largest zoom, 8: a step out is 8 × 0.8, not 1e300 × 0.8.
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect(page).toHaveURL(/z=[^&]*,6\.4$/);
		await expectAnswering(page);
	});

	test('a file with a node at x = 1e20 is refused with its place and the limit', async ({
		page
	}) => {
		await page.goto('/');
		await expectReady(page);
		await picker(page).setInputFiles(
			file(
				'far.json',
				JSON.stringify({ nodes: [{ id: 'a', x: 1e20, y: 0 }, { id: 'b' }], edges: [] })
			)
		);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('/nodes/0/x');
		await expect(alert).toContainText('±1,000,000');
		await expect(statusBar(page)).toContainText('53 nodes');
		await expectAnswering(page);
	});

	test('a ?data= link to such a file is refused the same way, and the page answers', async ({
		page
	}) => {
		await page.route('**/hostile/far.json', (route) =>
			route.fulfill({
				contentType: 'application/json',
				body: JSON.stringify({ nodes: [{ id: 'a', x: 0, y: -1e20 }, { id: 'b' }] })
			})
		);
		await page.goto('/?data=hostile/far.json');
		await expect(page.getByRole('alert')).toContainText('/nodes/0/y');
		await expectReady(page);
		await expect(statusBar(page)).toContainText('53 nodes');
		await expectAnswering(page);
	});
});

test('a file of the oddest numbers the format allows opens, and the page answers', async ({
	page
}) => {
	// Each is valid: positions at the limit, -0, a weight of 1e308, years of ±1e308 and 2^53.
	const odd = {
		nodes: [
			{ id: 'far', label: 'Far corner', x: 1e6, y: -1e6, period: { from: -1e308, to: 1e308 } },
			{ id: 'zero', label: 'Minus zero', x: -0, y: 0, weight: 1e308 },
			{ id: 'big', label: 'Big numbers', period: { from: 2 ** 53 }, score: -1e308 },
			{ id: 0, label: 'Numeric id', tiny: 5e-324 }
		],
		edges: [
			{ source: 'far', target: 'zero', weight: 1e308 },
			{ source: 'zero', target: 0, weight: 0, period: { to: -(2 ** 53) } }
		]
	};
	await page.goto('/');
	await expectReady(page);
	await picker(page).setInputFiles(file('odd.json', JSON.stringify(odd)));
	await expect(statusBar(page)).toContainText('4 nodes · 2 edges');
	await expectReady(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expectAnswering(page, 'far corner', 'Far corner');
	await page.getByRole('button', { name: 'Fit to screen' }).click();
	await node(page, 'zero').click();
	await expect(panelHeading(page)).toHaveText('Minus zero');
});

test.describe('huge text', () => {
	// A task this long is a stall anyone notices; the page took 6 s and more on these before.
	const STALL_MS = 1000;

	test('a 30 MB attribute value in GEXF shows cut in the panel, with its length, at once', async ({
		page
	}, testInfo) => {
		const value = 'v'.repeat(30_000_000);
		const gexf =
			'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">' +
			'<graph defaultedgetype="directed"><attributes class="node">' +
			'<attribute id="0" title="note" type="string"/></attributes><nodes>' +
			`<node id="a" label="Alpha"><attvalues><attvalue for="0" value="${value}"/></attvalues></node>` +
			'<node id="b" label="Beta"/></nodes><edges><edge id="e0" source="a" target="b"/></edges>' +
			'</graph></gexf>';
		// From disk: a file given as a buffer is copied into the page by script, a long task of its own.
		const path = testInfo.outputPath('long-note.gexf');
		writeFileSync(path, gexf);
		await page.goto('/');
		await expectReady(page);
		const longest = await watchLongTasks(page);
		await picker(page).setInputFiles(path);
		await expect(statusBar(page)).toContainText('2 nodes · 1 edge');
		await node(page, 'a').click();
		await expect(panelHeading(page)).toHaveText('Alpha');
		const note = page.getByRole('complementary').locator('dd', { hasText: 'characters in all' });
		await expect(note).toContainText('(30,000,000 characters in all)');
		expect((await note.textContent())!.length).toBeLessThan(10_100);
		expect(await longest()).toBeLessThan(STALL_MS);
	});

	test('a label of 100 million characters (and an alias of 20 million) opens, is drawn cut, and its node can be selected', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		const path = testInfo.outputPath('long-label.json');
		writeFileSync(
			path,
			`{"nodes":[{"id":"a","label":"${'L'.repeat(100_000_000)}","aliases":["${'A'.repeat(20_000_000)}"]},` +
				'{"id":"b","label":"Baku"}],' +
				'"edges":[{"source":"a","target":"b"}]}'
		);
		await page.goto('/');
		await expectReady(page);
		await picker(page).setInputFiles(path);
		await expect(statusBar(page)).toContainText('2 nodes · 1 edge', { timeout: 60_000 });
		await expectReady(page);
		// On the picture: 79 characters and an ellipsis.
		await expect(page.locator('.labels text').filter({ hasText: 'LLL' })).toHaveText(
			'L'.repeat(79) + '…'
		);
		const longest = await watchLongTasks(page);
		await expectAnswering(page, 'LLLL', /^L{9999}… ?\(100,000,000 characters in all\)$/);
		await expect(page.getByRole('complementary').getByText(/^Also written A+…/)).toContainText(
			'(20,000,000 characters in all)'
		);
		await node(page, 'b').click();
		await expect(panelHeading(page)).toHaveText('Baku');
		await expect(page.getByRole('complementary').getByRole('link', { name: /^L+…$/ })).toHaveText(
			'L'.repeat(79) + '…'
		);
		expect(await longest()).toBeLessThan(STALL_MS);
	});
});
