import type { Page } from '@playwright/test';
import { expect, graph, keptCopyGone, openSettled, statusBar, test } from './fixtures';

// "Forget this dataset" forgets what this browser keeps of a network, its story included; its
// Undo brings the story back with the network.

const BUNDLED_TITLE = "Iran's influence networks in Azerbaijan";
const IDS = ['a', 'b', 'c', 'd'];

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const panel = (page: Page) => page.getByRole('region', { name: 'Story' });
const undo = (page: Page) => statusBar(page).getByRole('button', { name: 'Undo' });
const slideTitle = (page: Page, n: number) =>
	panel(page).getByRole('textbox', { name: `Title of slide ${n}` });

async function openBriefed(page: Page) {
	await page.locator('input[type="file"]').setInputFiles({
		name: 'briefed.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				nodes: IDS.map((id) => ({ id })),
				edges: IDS.slice(1).map((id, i) => ({ source: IDS[i], target: id }))
			})
		)
	});
	await expect(heading(page)).toHaveText('briefed');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(statusBar(page)).toContainText('Saved in this browser');
}

async function openStory(page: Page) {
	const button = page.getByRole('button', { name: 'Story', exact: true });
	if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	await expect(panel(page)).toBeVisible();
}

test.describe('forgetting a network forgets its story', () => {
	test('by mouse: Forget, reload, open the file again: its story is empty', async ({ page }) => {
		await openSettled(page);
		await openBriefed(page);
		await openStory(page);
		await expect(panel(page)).toContainText('No slides yet');
		await panel(page).getByRole('button', { name: 'Add slide' }).click();
		await slideTitle(page, 1).fill('Kept slide');
		await slideTitle(page, 1).press('Tab');
		await expect(panel(page).getByRole('status').first()).toHaveText(
			'Renamed slide 1 “Kept slide”.'
		);
		// Kept: a reload finds it.
		await page.reload();
		await expect(heading(page)).toHaveText('briefed');
		await openStory(page);
		await expect(slideTitle(page, 1)).toHaveValue('Kept slide');

		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await keptCopyGone(page);
		await page.reload();
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await openBriefed(page);
		await openStory(page);
		await expect(panel(page)).toContainText('No slides yet');
		await expect(slideTitle(page, 1)).toHaveCount(0);
	});

	test('by keyboard: Forget, Undo: the story is back, and still there after a reload', async ({
		page
	}) => {
		await openSettled(page);
		await openBriefed(page);
		await openStory(page);
		await panel(page).getByRole('button', { name: 'Add slide' }).focus();
		await page.keyboard.press('Enter');
		await expect(slideTitle(page, 1)).toBeFocused();
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('Kept slide');
		await page.keyboard.press('Tab');
		await expect(panel(page).getByRole('status').first()).toHaveText(
			'Renamed slide 1 “Kept slide”.'
		);

		const forget = page.getByRole('button', { name: 'Forget this dataset' });
		await forget.focus();
		await page.keyboard.press('Enter');
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await expect(undo(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(heading(page)).toHaveText('briefed');
		await expect(statusBar(page)).toContainText('Brought back “briefed.json”.');
		await openStory(page);
		await expect(slideTitle(page, 1)).toHaveValue('Kept slide');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(heading(page)).toHaveText('briefed');
		await openStory(page);
		await expect(slideTitle(page, 1)).toHaveValue('Kept slide');
	});
});
