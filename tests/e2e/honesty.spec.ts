import type { Page } from '@playwright/test';
import { dragNode, expect, graph, node, openSettled, statusBar, test } from './fixtures';

// No silent surprises: a link that cannot carry a file says so; opening over a network and
// forgetting one can be undone, storage included.

const BUNDLED_TITLE = "Iran's influence networks in Azerbaijan";
const picker = (page: Page) => page.locator('input[type="file"]');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const undo = (page: Page) => statusBar(page).getByRole('button', { name: 'Undo' });
const PINNED = 'im-pinned-note';

const chainFile = (name: string, ids: string[]) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(
		JSON.stringify({
			nodes: ids.map((id) => ({ id })),
			edges: ids.slice(1).map((id, i) => ({ source: ids[i], target: id }))
		})
	)
});

async function openFile(page: Page, name: string, ids: string[]) {
	await picker(page).setInputFiles(chainFile(`${name}.json`, ids));
	await expect(heading(page)).toHaveText(name);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
}

/** Pins the Baku node by dragging it, and waits until the pin is kept. */
async function pinBaku(page: Page) {
	await dragNode(page, node(page, 'baku'), 40, 30);
	await expect(node(page, 'baku')).toHaveAttribute('aria-describedby', PINNED);
	await expect(statusBar(page)).toContainText('Saved in this browser');
	return (await node(page, 'baku').boundingBox())!;
}

test.describe('Copy link says what the link shows', () => {
	test('on a network opened from a file, the message says the link opens the bundled network', async ({
		page,
		context,
		browser
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openSettled(page);
		const copy = page.getByRole('button', { name: 'Copy link' });
		await copy.click();
		await expect(page.getByText('Link copied', { exact: true })).toBeVisible();

		await openFile(page, 'mine', ['a', 'b', 'c']);
		const search = page.getByRole('searchbox', { name: 'Search' });
		const before = {
			search: (await search.boundingBox())!,
			graph: (await graph(page).boundingBox())!
		};
		await copy.focus();
		await page.keyboard.press('Enter');
		const said = page.getByRole('status').filter({ hasText: 'Link copied' });
		await expect(said).toHaveText(
			'Link copied — elsewhere it opens the bundled network, not this file: send the file, or Download JSON'
		);
		await page.screenshot({ path: test.info().outputPath('copy-link-file-1440.png') });
		// The sentence neither squeezes the toolbar nor pushes the picture down.
		expect((await search.boundingBox())!.width).toBe(before.search.width);
		expect((await graph(page).boundingBox())!.y).toBe(before.graph.y);
		// The warning is true: the link, opened in another browser, shows the bundled network.
		const link = await page.evaluate(() => navigator.clipboard.readText());
		const elsewhere = await browser.newContext();
		const other = await elsewhere.newPage();
		await other.goto(link);
		await expect(graph(other)).toHaveAttribute('aria-busy', 'false');
		await expect(heading(other)).toHaveText(BUNDLED_TITLE);
		await elsewhere.close();
	});
});

test.describe('Undo after opening over a network, and after Forget', () => {
	test('open a file over the pinned bundled network, then Undo: the network is back with its pin and view', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		// Selecting a node partly under the status bar pans it into view: without motion the pan
		// is done when the address says so, and the place to come back to is measured after it.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openSettled(page, '?stated=1');
		await pinBaku(page);
		await node(page, 'baku').click();
		await expect(page).toHaveURL(/node=baku/);
		const box = (await node(page, 'baku').boundingBox())!;

		const bar = (await statusBar(page).boundingBox())!.height;
		await openFile(page, 'mine', ['a', 'b', 'c']);
		await expect(statusBar(page)).toContainText(
			`Opened “mine.json” in place of “${BUNDLED_TITLE}”.`
		);
		await expect(undo(page)).toBeVisible();
		// The offer does not make the status bar taller: the picture above keeps its size and fit.
		expect((await statusBar(page).boundingBox())!.height).toBe(bar);
		await page.screenshot({ path: test.info().outputPath('undo-offer-1440.png') });
		await undo(page).click();
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await expect(statusBar(page)).toContainText(`Brought back “${BUNDLED_TITLE}”.`);
		await expect(undo(page)).toHaveCount(0);
		await expect(node(page, 'baku')).toHaveAttribute('aria-describedby', PINNED);
		await expect(page).toHaveURL(/node=baku/);
		await expect(page).toHaveURL(/stated=1/);
		const back = (await node(page, 'baku').boundingBox())!;
		expect(Math.abs(back.x - box.x)).toBeLessThan(1);
		expect(Math.abs(back.y - box.y)).toBeLessThan(1);

		// Storage was given back too: a reload shows the bundled network, not the file.
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await expect(node(page, 'baku')).toHaveAttribute('aria-describedby', PINNED);
	});

	test('by keyboard: Forget an opened file, Undo, and it is still there after a reload', async ({
		page
	}) => {
		await openSettled(page);
		await openFile(page, 'kept', ['a', 'b', 'c', 'd']);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		const forget = page.getByRole('button', { name: 'Forget this dataset' });
		await forget.focus();
		await page.keyboard.press('Enter');
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await expect(statusBar(page)).toContainText(
			'Forgot “kept.json” and deleted its copy in this browser.'
		);
		// Forget's button is gone with the network: focus is on Undo, announced in the status bar.
		await expect(undo(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(heading(page)).toHaveText('kept');
		await expect(statusBar(page)).toContainText('Brought back “kept.json”.');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(heading(page)).toHaveText('kept');
	});

	test('Forget the bundled network’s pin, then Undo: the pin is back, and kept after a reload', async ({
		page
	}) => {
		await openSettled(page);
		await pinBaku(page);
		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(node(page, 'baku')).not.toHaveAttribute('aria-describedby', PINNED);
		await undo(page).click();
		await expect(node(page, 'baku')).toHaveAttribute('aria-describedby', PINNED);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(node(page, 'baku')).toHaveAttribute('aria-describedby', PINNED);
	});
});
