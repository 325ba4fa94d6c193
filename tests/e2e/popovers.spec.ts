import type { Page } from '@playwright/test';
import { networkJson } from '../../bench/generate.mjs';
import { expect, graph, openSettled, panelHeading, statusBar, test } from './fixtures';

/** A press on empty graph background, away from every node and edge: the top-left corner. */
async function clickOutside(page: Page) {
	const box = (await graph(page).boundingBox())!;
	await page.mouse.click(box.x + 6, box.y + box.height - 6);
}

test.describe('popovers close on Escape and a click outside, and hand focus back', () => {
	test('the filters menu, by mouse and by keyboard', async ({ page }) => {
		await openSettled(page, '?node=baku');
		const summary = page.locator('.filters summary');
		const menu = page.locator('.filters .menu');
		await summary.click();
		await expect(menu).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(summary).toBeFocused();
		// The menu's Escape is the menu's: the selection stays.
		await expect(panelHeading(page)).toHaveText('Baku');

		await summary.click();
		await expect(menu).toBeVisible();
		await clickOutside(page);
		await expect(menu).toBeHidden();
		await expect(summary).toBeFocused();

		// Keyboard only: open, go into the list, Escape from a checkbox.
		await page.keyboard.press('Enter');
		await expect(menu).toBeVisible();
		// The menu's first control is the "Stated by the source only" switch, then the type boxes.
		await page.keyboard.press('Tab');
		await expect(menu.getByRole('switch', { name: 'Stated by the source only' })).toBeFocused();
		// The next control in the menu: the grade floor (the bundled network's sources are graded).
		await page.keyboard.press('Tab');
		await expect(menu.getByRole('combobox', { name: 'Reliability at least' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(summary).toBeFocused();
	});

	test('the export dialog', async ({ page }) => {
		await openSettled(page);
		const button = page.getByRole('button', { name: 'Export', exact: true });
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await button.click();
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		await button.click();
		await expect(dialog).toBeVisible();
		// Inside the dialog a click changes nothing.
		await dialog.getByRole('heading', { name: 'Export' }).click();
		await expect(dialog).toBeVisible();
		// The backdrop, outside the dialog's box.
		const box = (await dialog.boundingBox())!;
		expect(box.x).toBeGreaterThan(8);
		await page.mouse.click(box.x / 2, box.y + box.height / 2);
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('the search results', async ({ page }) => {
		await openSettled(page);
		const search = page.getByRole('searchbox', { name: 'Search' });
		const results = page.getByRole('listbox', { name: 'Search results' });
		await search.fill('Iran');
		await expect(results).toBeVisible();
		// The first Escape closes the list and keeps what was typed; the next clears it.
		await page.keyboard.press('Escape');
		await expect(results).toBeHidden();
		await expect(search).toBeFocused();
		await expect(search).toHaveValue('Iran');
		await page.keyboard.press('Escape');
		await expect(search).toHaveValue('');
		await search.fill('Baku');
		await expect(results).toBeVisible();
		await clickOutside(page);
		await expect(results).toBeHidden();
	});
});

test.describe('the table', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`its sticky header is opaque when rows scroll under it (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await openSettled(page, '?table=1');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const scroller = page.locator('.table-view .scroll');
			await expect(page.locator('.table-view tbody tr').first()).toBeVisible();
			await scroller.evaluate((el) => (el.scrollTop = 200));
			await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
			const header = page.locator('.table-view thead th').first();
			const look = await header.evaluate((th) => {
				const box = th.getBoundingClientRect();
				const top = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
				return {
					background: getComputedStyle(th).backgroundColor,
					onTop: !!top && th.contains(top),
					stuck: Math.round(box.top - th.closest('.scroll')!.getBoundingClientRect().top)
				};
			});
			expect(look.stuck).toBe(0);
			// rgb(…) has no alpha; rgba(…, a) must have a = 1.
			expect(look.background).toMatch(/^rgb\(/);
			expect(look.onTop).toBe(true);
		});
	}

	test('a dimmed row does not show through the header', async ({ page }) => {
		// A selection dims the rows of the other nodes (opacity makes a layer of its own).
		await openSettled(page, '?table=1&node=baku');
		const scroller = page.locator('.table-view .scroll');
		await expect(page.locator('.table-view tbody tr.dim').first()).toBeVisible();
		await scroller.evaluate((el) => (el.scrollTop = 120));
		const header = page.locator('.table-view thead th').nth(1);
		const topmost = await header.evaluate((th) => {
			const box = th.getBoundingClientRect();
			const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return el?.closest('thead, tbody')?.tagName ?? null;
		});
		expect(topmost).toBe('THEAD');
	});
});

test.describe('hovering an edge', () => {
	test('lights it and names its relation', async ({ page }) => {
		await openSettled(page);
		const edge = page.locator('.edge').first();
		const id = await edge.getAttribute('data-id');
		const line = edge.locator('line:not(.hit)');
		const before = Number(await line.getAttribute('stroke-width'));
		const box = (await edge.locator('line.hit').boundingBox())!;
		// The middle of the line: its box's centre.
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const tip = page.getByRole('tooltip');
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('→');
		const name = await page.locator(`.edge-proxy[data-id="${id}"]`).getAttribute('aria-label');
		expect(name).toContain(' → ');
		await expect(tip).toHaveText(name!);
		await expect
			.poll(async () => Number(await line.getAttribute('stroke-width')))
			.toBeGreaterThan(before);
		await expect(edge).toHaveAttribute('opacity', '1');
		await page.mouse.move(5, 5);
		await expect(tip).toBeHidden();
		await expect.poll(async () => Number(await line.getAttribute('stroke-width'))).toBe(before);
	});
});

test.describe('hovering an edge on the canvas', () => {
	test.setTimeout(90_000);

	test('lights it over the canvas and names its relation', async ({ page }) => {
		// Past the canvas threshold (300 nodes), and small enough to open quickly.
		const text = networkJson({ nodes: 400, seed: 3 });
		await openSettled(page);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'synthetic-400.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(statusBar(page)).toContainText('400 nodes', { timeout: 30_000 });
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
		await expect(graph(page).locator('canvas')).toBeVisible();
		// The keyboard's edge has an element: its line, in page pixels, at a few points along it.
		const proxy = graph(page).locator('.edge-proxy').first();
		const name = (await proxy.getAttribute('aria-label'))!;
		const points = await proxy.evaluate((path: SVGPathElement) => {
			const m = path.getScreenCTM()!;
			const length = path.getTotalLength();
			return [0.5, 0.4, 0.6, 0.3, 0.7].map((f) => {
				const p = path.getPointAtLength(length * f);
				return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
			});
		});
		const tip = page.getByRole('tooltip');
		let found = false;
		// A point of the line may lie under a node, which a hover lights instead: try the next.
		for (const p of points) {
			await page.mouse.move(p.x, p.y, { steps: 2 });
			if ((await tip.count()) > 0 && (await tip.textContent())?.trim() === name) {
				found = true;
				break;
			}
		}
		expect(found).toBe(true);
		await expect(tip).toHaveText(name);
		await expect(graph(page).locator('svg.lit line, svg.lit path')).toHaveCount(1);
		await page.mouse.move(2, 2);
		await expect(tip).toBeHidden();
		await expect(graph(page).locator('svg.lit')).toHaveCount(0);
	});
});
