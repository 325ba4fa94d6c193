import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, panelHeading, test } from './fixtures';
import { centreOf, legendMiddle, panNodeTo, placement, viewTransform } from './overlay-geometry';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { id: string; label: string }[];
	edges: { source: string; target: string }[];
};
const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;
const legendButton = (page: Page) => page.getByRole('button', { name: 'Legend', exact: true });

/** Every node is drawn, whole, inside the graph and clear of every overlay. */
async function expectAllClear(page: Page) {
	await expect
		.poll(async () => {
			const p = await placement(page);
			return { under: p.under, off: p.off };
		})
		.toEqual({ under: [], off: [] });
	const p = await placement(page);
	expect(p.overlays).toBeGreaterThanOrEqual(2);
}

/** The node nearest the legend's middle: a short pan puts it under the legend. */
async function nearestToLegend(page: Page): Promise<string> {
	const m = await legendMiddle(page);
	let best = '',
		d = Infinity;
	for (const n of dataset.nodes) {
		const c = await centreOf(page, n.id);
		const e = Math.hypot(c.x - m.x, c.y - m.y);
		if (e < d) [best, d] = [n.id, e];
	}
	return best;
}

/** Pans a node under the legend and checks it is hidden there. */
async function hideUnderLegend(page: Page): Promise<string> {
	const id = await nearestToLegend(page);
	await panNodeTo(page, id, await legendMiddle(page));
	await expect.poll(async () => (await placement(page, [id])).under).toEqual([id]);
	return id;
}

/** The node ends whole inside the graph and clear of every overlay. */
async function expectRevealed(page: Page, id: string) {
	await expect
		.poll(async () => {
			const p = await placement(page, [id]);
			return { under: p.under, off: p.off };
		})
		.toEqual({ under: [], off: [] });
}

for (const [width, height] of [
	[1440, 900],
	[1280, 720]
] as const) {
	test.describe(`at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('no node sits under the legend or the zoom buttons, after load and after Fit', async ({
			page
		}) => {
			await openSettled(page);
			await expect(page.locator('.node')).toHaveCount(dataset.nodes.length);
			await expectAllClear(page);
			// Zoom in and pan, then fit again.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await hideUnderLegend(page);
			await page.getByRole('button', { name: 'Fit to screen' }).click();
			await expectAllClear(page);
		});

		test('the legend folds by mouse and by keyboard, is remembered, and the fit grows into the room', async ({
			page
		}) => {
			await openSettled(page);
			const region = page.getByRole('region', { name: 'Legend' });
			await expect(legendButton(page)).toHaveAttribute('aria-expanded', 'true');
			await expect(region).toBeVisible();
			const open = await viewTransform(page);
			const openBox = (await page.locator('.legend-box').boundingBox())!;

			await legendButton(page).click();
			await expect(legendButton(page)).toHaveAttribute('aria-expanded', 'false');
			await expect(region).toBeHidden();
			const foldedBox = (await page.locator('.legend-box').boundingBox())!;
			expect(foldedBox.height).toBeLessThan(openBox.height / 4);
			// The picture was untouched: it re-fits into the room the legend gave back, larger where
			// the legend was what bound it, else centred further over to where the legend was.
			await expect
				.poll(async () => {
					const t = await viewTransform(page);
					return t.k > open.k * 1.02 || (t.k >= open.k * 0.999 && t.x < open.x - 20);
				})
				.toBe(true);
			if (width === 1440) expect((await viewTransform(page)).k).toBeGreaterThan(open.k * 1.02);
			await expectAllClear(page);

			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-ready');
			await expect(legendButton(page)).toHaveAttribute('aria-expanded', 'false');
			await expect(region).toBeHidden();
			await expectAllClear(page);

			// By keyboard: Enter opens it, Space folds it again.
			await legendButton(page).focus();
			await page.keyboard.press('Enter');
			await expect(legendButton(page)).toHaveAttribute('aria-expanded', 'true');
			await expect(region).toBeVisible();
			await expect.poll(async () => (await viewTransform(page)).k).toBeCloseTo(open.k, 2);
			await expectAllClear(page);
			await page.keyboard.press('Space');
			await expect(legendButton(page)).toHaveAttribute('aria-expanded', 'false');
		});

		test('a click on a node in plain sight leaves the view where it is', async ({ page }) => {
			await openSettled(page);
			const before = await viewTransform(page);
			await node(page, 'iran-assistance-society').click();
			await expect(panelHeading(page)).toHaveText(labelOf('iran-assistance-society'));
			expect(await viewTransform(page)).toEqual(before);
		});
	});
}

test('an untouched picture re-fits into the clear area as the window is resized', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openSettled(page);
	await expectAllClear(page);
	const wide = await viewTransform(page);
	for (const size of [
		{ width: 1280, height: 720 },
		{ width: 1000, height: 640 },
		{ width: 390, height: 844 }
	]) {
		await page.setViewportSize(size);
		await expectAllClear(page);
	}
	expect((await viewTransform(page)).k).toBeLessThan(wide.k);
});

test.describe('a node under an overlay or off screen is brought into the clear', () => {
	test('chosen by search', async ({ page }) => {
		await openSettled(page);
		const id = await hideUnderLegend(page);
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill(labelOf(id));
		await expect(page.getByRole('option').first()).toBeVisible();
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(labelOf(id));
		await expectRevealed(page, id);
	});

	test('chosen in the table', async ({ page }) => {
		await openSettled(page);
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		const table = page.getByRole('table');
		await expect(table).toBeVisible();
		const id = await hideUnderLegend(page);
		await table.locator(`tr[data-id="${id}"] button`).first().click();
		await expect(panelHeading(page)).toHaveText(labelOf(id));
		await expectRevealed(page, id);
	});

	test('chosen by a link in the side panel', async ({ page }) => {
		await openSettled(page);
		const id = await hideUnderLegend(page);
		// A neighbour of the hidden node, selected first while it is in plain sight.
		const edge = dataset.edges.find((e) => e.source === id || e.target === id)!;
		const other = edge.source === id ? edge.target : edge.source;
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill(labelOf(other));
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(labelOf(other));
		await expectRevealed(page, other);
		// Selecting `other` may have panned, and its glide may still be running: hide `id` again
		// until it stays hidden, then follow the panel's link to it.
		await expect
			.poll(async () => {
				if ((await placement(page, [id])).under.length === 0)
					await panNodeTo(page, id, await legendMiddle(page));
				return (await placement(page, [id])).under;
			})
			.toEqual([id]);
		await page
			.getByRole('complementary')
			.getByRole('link', { name: labelOf(id), exact: true })
			.first()
			.click();
		await expect(panelHeading(page)).toHaveText(labelOf(id));
		await expectRevealed(page, id);
	});

	test('named in a ?node= link whose zoom hides it', async ({ page }) => {
		await openSettled(page);
		const id = await hideUnderLegend(page);
		// The address now holds the pan (z=…): the same view, with the node selected, from a link.
		await expect(page).toHaveURL(/z=/);
		const url = new URL(page.url());
		url.searchParams.set('node', id);
		await page.goto(url.pathname + url.search);
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await expect(panelHeading(page)).toHaveText(labelOf(id));
		await expectRevealed(page, id);
	});

	test('reached by keyboard, and off screen by search', async ({ page }) => {
		await openSettled(page);
		const stop = (await page.locator('.node[tabindex="0"]').getAttribute('data-id'))!;
		await panNodeTo(page, stop, await legendMiddle(page));
		await expect.poll(async () => (await placement(page, [stop])).under).toEqual([stop]);
		// The skip link, by keyboard, puts focus on the graph's tab stop.
		await page.getByRole('link', { name: 'Skip to the network' }).focus();
		await page.keyboard.press('Enter');
		await expect(node(page, stop)).toBeFocused();
		await expectRevealed(page, stop);
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(labelOf(stop));

		// Off screen: zoomed in far, a node outside the window is brought in when searched for.
		for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		const g = (await graph(page).boundingBox())!;
		let far = '';
		for (const n of dataset.nodes) {
			const c = await centreOf(page, n.id);
			if (c.x < g.x || c.x > g.x + g.width || c.y < g.y || c.y > g.y + g.height) far = n.id;
		}
		expect(far).not.toBe('');
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill(labelOf(far));
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(labelOf(far));
		await expectRevealed(page, far);
	});
});
