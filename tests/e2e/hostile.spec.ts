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
		await expect(statusBar(page)).toContainText('48 nodes');
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
		await expect(statusBar(page)).toContainText('48 nodes');
		await expectAnswering(page);
	});
});
