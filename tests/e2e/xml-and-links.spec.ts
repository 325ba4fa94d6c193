import type { Page } from '@playwright/test';
import { expect, graph, openSettled, statusBar, test } from './fixtures';

const picker = (page: Page) => page.locator('input[type="file"]');
const gexfFile = (name: string, text: string) => ({
	name,
	mimeType: 'application/xml',
	buffer: Buffer.from(text)
});

/** The file: 200 kB, one entity of 50,000 characters referenced 50,000 times (2.5 GB). */
const BOMB = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE gexf [<!ENTITY e "${'x'.repeat(50_000)}">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="${'&e;'.repeat(50_000)}"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;

const CITIES = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a" label="Bakı"/><node id="b" label="Gəncə"/><node id="c" label="Şəki"/></nodes>
    <edges><edge id="0" source="a" target="b" label="road"/><edge id="1" source="b" target="c"/></edges>
  </graph>
</gexf>`;

/** The page answers: a frame is drawn and a script runs. */
async function expectResponsive(page: Page) {
	const ms = await page.evaluate(() => {
		const start = performance.now();
		return new Promise<number>((done) =>
			requestAnimationFrame(() => done(performance.now() - start))
		);
	});
	expect(ms).toBeLessThan(1000);
}

async function expectBombRefused(page: Page) {
	await picker(page).setInputFiles(gexfFile('bomb.gexf', BOMB));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('bomb.gexf is not valid (1 problem)');
	await expect(alert).toContainText(
		'line 2, column 17: the DOCTYPE declares the entity "e", and entities are never expanded here.'
	);
	await expect(alert).toContainText(
		"Remove the DOCTYPE's entity declarations (and the references to them) and open the file again: Gephi, yEd and networkx never write them."
	);
	await expect(statusBar(page)).toContainText('53 nodes');
	await expectResponsive(page);
}

test.describe('XML without a worker', () => {
	test.beforeEach(async ({ page }) => {
		// A browser that may not start workers: the page opens files and lays out on its own thread.
		await page.addInitScript(() => {
			const refused: string[] = [];
			Object.assign(window, { refusedWorkers: refused });
			window.Worker = class {
				constructor(_url: string | URL, options?: WorkerOptions) {
					refused.push(options?.name ?? '');
					throw new Error('workers are off in this test');
				}
			} as unknown as typeof Worker;
		});
	});

	test('an entity bomb is refused at once and the page stays responsive; a GEXF still opens', async ({
		page
	}) => {
		await openSettled(page);
		await expectBombRefused(page);
		await picker(page).setInputFiles(gexfFile('cities.gexf', CITIES));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('cities');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page).getByRole('button', { name: 'Bakı → road → Gəncə' })).toHaveCount(1);
		await expect(page.getByRole('alert')).toHaveCount(0);
		// Both ran on the page: the import and the layout each tried a worker and were refused.
		const refused = await page.evaluate(
			() => (window as unknown as { refusedWorkers: string[] }).refusedWorkers
		);
		expect(refused).toContain('import');
		expect(refused).toContain('layout');
	});
});

test.describe('XML with a worker', () => {
	test('the same bomb is refused with the same message', async ({ page }) => {
		await openSettled(page);
		await expectBombRefused(page);
	});
});

/** Links whose address is no file of this site, and the reason each refusal gives. */
const NOT_FILES: [link: string, why: string][] = [
	[
		'blob:{origin}/0b5e2c1a-7d4e-4f7a-9c1e-3a2b1c0d9e8f',
		'a blob: address names data that one page made in this browser, not a file this site serves'
	],
	['data:application/json,{"nodes":[]}', 'a data: address carries the file in the link itself'],
	['javascript:alert(1)', 'a javascript: address is a script, not a file this site serves'],
	['file:///tmp/net.json', 'a file: address names a file on one computer']
];

test.describe('links that name no file of this site', () => {
	for (const [link, why] of NOT_FILES) {
		const scheme = link.slice(0, link.indexOf(':') + 1);
		test(`?data=${scheme} is refused, saying why, and the bundled network shows`, async ({
			page,
			baseURL
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			// A blob: address of this very origin passed the origin check and failed to fetch.
			const value = link.replace('{origin}', new URL(baseURL!).origin);
			await page.goto(`/?data=${encodeURIComponent(value)}`);
			await expect(page.getByRole('alert')).toContainText(`data=${value} was refused: ${why}`);
			await expect(page.getByRole('alert')).not.toContainText('Failed to fetch');
			await expect(statusBar(page)).toContainText('53 nodes');
			await expect(page.locator('html')).toHaveAttribute('data-ready');
			expect(dialogs).toEqual([]);
		});
	}
});

test.describe('the content security policy', () => {
	test('allows workers only from the site, and the layout and import workers start under it', async ({
		page
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.addInitScript(() => {
			const violations: string[] = [];
			Object.assign(window, { violations });
			document.addEventListener('securitypolicyviolation', (event) =>
				violations.push(`${event.effectiveDirective} ${event.blockedURI}`)
			);
		});
		await openSettled(page);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
		expect(policy).not.toMatch(/worker-src[^;]*blob:/);
		// A file without positions: the import worker reads it, the layout worker lays it out.
		await picker(page).setInputFiles(gexfFile('cities.gexf', CITIES));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('cities');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		const files = workers.map((url) => new URL(url).pathname);
		expect(files).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/\/_app\/immutable\/workers\/import\.worker-[\w-]+\.js$/),
				expect.stringMatching(/\/_app\/immutable\/workers\/layout\.worker-[\w-]+\.js$/)
			])
		);
		expect(workers.every((url) => url.startsWith(new URL(page.url()).origin))).toBe(true);
		expect(
			await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
		).toEqual([]);
	});
});
