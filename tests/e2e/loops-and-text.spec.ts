import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, panelHeading, statusBar, test } from './fixtures';

/** An organisation that funds its own branch: a self-loop beside ordinary edges. */
const LOOPS = {
	title: 'Loops',
	nodes: [
		{ id: 'fund', label: 'Fund' },
		{ id: 'branch', label: 'Branch' },
		{ id: 'other', label: 'Other' }
	],
	edges: [
		{ id: 'self', source: 'fund', target: 'fund', relation: 'funds its own branch' },
		{ id: 'f-b', source: 'fund', target: 'branch', relation: 'runs' },
		{ id: 'b-o', source: 'branch', target: 'other', relation: 'pays' }
	]
};

/** Serves `body` as a JSON file of this site at `path`, for a `?data=` link. */
async function serve(page: Page, path: string, body: unknown) {
	await page.route(`**/${path}`, (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
	);
}

/** Opens a network by link and waits until it is drawn and the page answers. */
async function openLinked(page: Page, query: string, counts: string) {
	await page.goto(`/?${query}`);
	await expect(page.locator('html')).toHaveAttribute('data-ready');
	await expect(statusBar(page)).toContainText(counts);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
}

const loop = (page: Page) => page.locator('.edge[data-id="self"]');

test.describe('self-loops', () => {
	test('a node with an edge to itself is selected by click, its loop drawn beside it', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		// The loop is a curve, not a line of no length at the node's centre.
		await expect(loop(page).locator('path:not(.arrowhead):not(.hit)')).toHaveAttribute(
			'd',
			/^M[-\d.]+,[-\d.]+C/
		);
		const box = (await loop(page).boundingBox())!;
		expect(box.width).toBeGreaterThan(5);
		expect(box.height).toBeGreaterThan(5);

		await graph(page).getByRole('button', { name: 'Fund', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Fund');
		const panel = page.getByRole('complementary');
		// One connection for the loop, listed once, beside the edge to the branch.
		await expect(panel.getByRole('heading', { name: 'funds its own branch →' })).toHaveCount(1);
		await expect(panel.getByRole('link', { name: 'Fund', exact: true })).toHaveCount(1);
		await expect(panel.getByRole('definition').filter({ hasText: /^2$/ })).toHaveCount(1);
		await expect(page).toHaveURL(/&node=fund$/);

		// Another node, then back: the panel follows every click.
		await graph(page).getByRole('button', { name: 'Other', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Other');
		await graph(page).getByRole('button', { name: 'Fund', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Fund');

		// The loop itself opens its story.
		await panel
			.getByRole('link', { name: /details of this link/ })
			.first()
			.click();
		await expect(panelHeading(page)).toHaveText('Fund → funds its own branch → Fund');
	});

	test('a node with a self-loop and the loop are reached and selected by keyboard', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		const focusedNode = page.locator('.node:focus');
		for (let i = 0; i < 30 && (await focusedNode.count()) === 0; i++)
			await page.keyboard.press('Tab');
		for (let i = 0; i < 4 && (await focusedNode.getAttribute('data-id')) !== 'fund'; i++)
			await page.keyboard.press('ArrowRight');
		await expect(focusedNode).toHaveAttribute('data-id', 'fund');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Fund');

		// The edges' stops: the loop is one of them, named by its relation, and drawn as a curve.
		await page.keyboard.press('Tab');
		const edge = page.locator('.edge-proxy:focus');
		await expect(edge).toHaveCount(1);
		for (let i = 0; i < 4 && (await edge.getAttribute('data-id')) !== 'self'; i++)
			await page.keyboard.press('ArrowRight');
		await expect(edge).toHaveAttribute('aria-label', 'Fund → funds its own branch → Fund');
		await expect(edge).toHaveAttribute('d', /C/);
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Fund → funds its own branch → Fund');
	});

	test('a link with ?node= naming a node with a self-loop opens its story and the page is ready', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json&node=fund', '3 nodes · 3 edges');
		await expect(panelHeading(page)).toHaveText('Fund');
		// The page answers: another click changes the panel.
		await graph(page).getByRole('button', { name: 'Branch', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Branch');
	});

	test('the exported SVG draws the loop as a curve and its arrowhead as a path', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Export' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		const curves = [...svg.matchAll(/<path d="M[-\d.]+,[-\d.]+C[^"]+" fill="none" stroke="#/g)];
		expect(curves).toHaveLength(1);
		// Three edges, three arrowheads; one decimal at most, no markers.
		expect(svg.match(/<path d="M[^"]+Z" fill="#[0-9a-f]{6}"/g)!.length).toBeGreaterThanOrEqual(3);
		expect(svg).not.toMatch(/\d\.\d{2,}|<marker/);
	});
});
