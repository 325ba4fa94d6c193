import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface Guards {
	/** Console errors, page errors and requests that left the origin, collected during the test. */
	problems: string[];
}

/**
 * Every test runs with guards: any console error, uncaught exception or request to another origin
 * is recorded (and such requests are blocked), and the test fails at the end if any happened.
 */
export const test = base.extend<Guards>({
	problems: async ({ page, baseURL }, use) => {
		const problems: string[] = [];
		const origin = new URL(baseURL!).origin;
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
				return route.continue();
			problems.push(`request left the origin: ${url}`);
			return route.abort();
		});
		await use(problems);
		expect(problems).toEqual([]);
	}
});

export { expect };

export const graph = (page: Page) => page.locator('[aria-roledescription="network graph"]');

/** Opens the dashboard and waits until the layout has settled, as a user would. */
export async function openSettled(page: Page, query = '') {
	await page.goto('/' + query);
	// The prerendered page already looks settled; its controls answer once it has hydrated.
	await expect(page.locator('html')).toHaveAttribute('data-ready');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(statusBar(page)).toContainText('Layout settled');
}

export const node = (page: Page, id: string) => page.locator(`.node[data-id="${id}"]`);
export const panelHeading = (page: Page) =>
	page.getByRole('complementary').getByRole('heading').first();

export const statusBar = (page: Page) => page.getByRole('status', { name: 'Network status' });

/** Drags a node by (dx, dy) screen pixels from its centre, as a mouse user would (this pins it). */
export async function dragNode(page: Page, target: Locator, dx: number, dy: number) {
	const box = (await target.boundingBox())!;
	const cx = box.x + box.width / 2,
		cy = box.y + box.height / 2;
	await page.mouse.move(cx, cy);
	await page.mouse.down();
	await page.mouse.move(cx + dx, cy + dy, { steps: 8 });
	await page.mouse.up();
	return box;
}

/**
 * Resolves once this browser keeps no opened network. "Forget this dataset" deletes the kept copy
 * just after the page changes (so no save can write it back); a reload must wait for the deletion.
 */
export async function keptCopyGone(page: Page) {
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<boolean>((resolve, reject) => {
						const open = indexedDB.open('influence-map');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const key = db.transaction('state').objectStore('state').getKey('current');
							key.onerror = () => reject(key.error);
							key.onsuccess = () => {
								db.close();
								resolve(key.result === undefined);
							};
						};
					})
			)
		)
		.toBe(true);
}
