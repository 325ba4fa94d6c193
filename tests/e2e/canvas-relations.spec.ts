import { writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { networkJson } from '../../bench/generate.mjs';
import { expect, graph, openSettled, statusBar, test } from './fixtures';

// Past the canvas threshold (300 nodes), and small enough to open quickly.
const text = networkJson({ nodes: 400, seed: 3 });

const canvas = (page: Page) => graph(page).locator('canvas');

/** The canvas as drawn once it stops changing (a pan or zoom is redrawn crisp a moment later). */
async function settledPicture(page: Page): Promise<PNG> {
	let last: Buffer | null = null;
	let now: Buffer = await canvas(page).screenshot();
	await expect
		.poll(async () => {
			last = now;
			now = await canvas(page).screenshot();
			return now.equals(last);
		})
		.toBe(true);
	return PNG.sync.read(now);
}

async function closeMenu(page: Page) {
	await page.keyboard.press('Escape');
	await expect(page.getByRole('radio', { name: 'None' })).toBeHidden();
}

const differing = (a: PNG, b: PNG) =>
	pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });

test.describe('relation labels on the canvas (a large network)', () => {
	test.setTimeout(120_000);

	test('are drawn when turned on by mouse or keyboard, and gone when turned off', async ({
		page
	}) => {
		await openSettled(page);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'synthetic-400.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(statusBar(page)).toContainText('400 nodes', { timeout: 30_000 });
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
		await expect(canvas(page)).toBeVisible();
		// Zoomed in a little, as one reads the links of a large network.
		const zoomIn = page.getByRole('button', { name: 'Zoom in' });
		await zoomIn.click();
		await zoomIn.click();
		await expect(canvas(page)).toHaveAttribute('data-relation-labels', '0');
		const without = await settledPicture(page);

		// By mouse: "All links" in the Filters menu, which then closes (Escape) off the picture.
		const filters = page.getByText('Filters', { exact: true });
		await filters.click();
		await page.getByRole('radio', { name: 'All links' }).click();
		await expect(page).toHaveURL(/[?&]rel=all/);
		await expect
			.poll(async () => Number(await canvas(page).getAttribute('data-relation-labels')))
			.toBeGreaterThan(5);
		await closeMenu(page);
		const withAll = await settledPicture(page);
		if (process.env.SHOTS)
			writeFileSync(`${process.env.SHOTS}/canvas-relations.png`, PNG.sync.write(withAll));
		const drawn = differing(without, withAll);
		const count = Number(await canvas(page).getAttribute('data-relation-labels'));
		console.log(`canvas relation labels: ${count} drawn, ${drawn} pixels changed`);
		// Each label changes its text's pixels and its halo's over the links (about 100 each, measured).
		expect(drawn).toBeGreaterThan(40 * count);

		// By keyboard: the menu opened from its button, back to none, then all again.
		const none = page.getByRole('radio', { name: 'None' });
		await filters.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('radio', { name: 'All links' }).focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(none).toBeChecked();
		await expect(canvas(page)).toHaveAttribute('data-relation-labels', '0');
		await closeMenu(page);
		// Off again: the picture is as it was without them.
		const off = await settledPicture(page);
		if (process.env.SHOTS) {
			writeFileSync(`${process.env.SHOTS}/canvas-without.png`, PNG.sync.write(without));
			writeFileSync(`${process.env.SHOTS}/canvas-off.png`, PNG.sync.write(off));
		}
		expect(differing(without, off)).toBe(0);
		await filters.focus();
		await page.keyboard.press('Enter');
		await none.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'All links' })).toBeChecked();
		await expect
			.poll(async () => Number(await canvas(page).getAttribute('data-relation-labels')))
			.toBeGreaterThan(5);
		await closeMenu(page);
		// The same labels in the same places as by mouse.
		expect(differing(withAll, await settledPicture(page))).toBe(0);
	});
});
