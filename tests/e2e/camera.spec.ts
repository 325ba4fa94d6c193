import type { Page } from '@playwright/test';
import { expect, graph, openSettled, statusBar, test } from './fixtures';

/** The scale the picture is drawn at, read from the viewport's transform. */
async function scale(page: Page): Promise<number> {
	const transform = await page.locator('.viewport').getAttribute('transform');
	return Number(/scale\(([^)]+)\)/.exec(transform ?? '')![1]);
}

test.describe('the camera', () => {
	test('a network fitted below a scale of 0.1 zooms out on a wheel step out, and in on one in', async ({
		page
	}) => {
		await openSettled(page);
		// Three nodes placed far apart by the file: the fit has to go far below 0.1.
		const wide = {
			title: 'Far apart',
			nodes: [
				{ id: 'west', x: 0, y: 0 },
				{ id: 'east', x: 12000, y: 0 },
				{ id: 'south', x: 6000, y: 6000 }
			],
			edges: [
				{ source: 'west', target: 'east' },
				{ source: 'east', target: 'south' }
			]
		};
		await page.locator('input[type="file"]').setInputFiles({
			name: 'wide.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(wide))
		});
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const fitted = await scale(page);
		expect(fitted).toBeLessThan(0.1);

		const box = (await graph(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 100);
		await expect.poll(() => scale(page)).toBeLessThan(fitted);
		const out = await scale(page);
		await page.mouse.wheel(0, -100);
		await expect.poll(() => scale(page)).toBeGreaterThan(out);

		// By keyboard too: "−" steps out from the fit, never in.
		await page.getByRole('button', { name: 'Fit to screen' }).click();
		await expect.poll(() => scale(page)).toBeCloseTo(fitted, 5);
		await page.getByRole('button', { name: 'Zoom out' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => scale(page)).toBeLessThan(fitted);
	});
});
