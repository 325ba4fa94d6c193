import { readFileSync } from 'node:fs';
import { expect, graph, node, panelHeading, statusBar, test } from './fixtures';

// How the bundled network reaches the first page: as a JSON block in the prerendered HTML (written
// by SvelteKit's fetch in +page.ts), read at hydration without a request and never run as script.
const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { id: string; label: string }[];
	edges: unknown[];
};

/** Every `<script>` of the HTML: its attributes and its text. */
const scriptsOf = (html: string) =>
	[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({
		attrs: m[1] ?? '',
		text: m[2] ?? ''
	}));

test.describe('the first page', () => {
	test('carries the bundled network as a JSON block, not as script', async ({ request }) => {
		const html = await (await request.get('/')).text();
		const scripts = scriptsOf(html);
		const runs = scripts.filter(
			(s) => !/\bsrc\s*=/i.test(s.attrs) && !/\btype\s*=\s*"application\/json"/i.test(s.attrs)
		);
		expect(runs.length).toBeGreaterThan(0);
		for (const s of runs) expect(Buffer.byteLength(s.text)).toBeLessThanOrEqual(4096);

		const blocks = scripts.filter((s) => /\bdata-sveltekit-fetched\b/.test(s.attrs));
		expect(blocks).toHaveLength(1);
		expect(blocks[0]!.attrs).toContain('type="application/json"');
		expect(blocks[0]!.attrs).toContain('data-url="/bundled.json"');
		const response = JSON.parse(blocks[0]!.text) as { status: number; body: string };
		expect(response.status).toBe(200);
		const data = JSON.parse(response.body) as {
			dataset: { nodes: { id: string }[]; edges: unknown[]; story?: unknown };
			layout: { positions: number[]; pinned: string[] };
		};
		expect(data.dataset.nodes.map((n) => n.id)).toEqual(raw.nodes.map((n) => n.id));
		expect(data.dataset.edges).toHaveLength(raw.edges.length);
		expect(data.layout.positions).toHaveLength(2 * raw.nodes.length);
		expect(data.layout.positions.every(Number.isFinite)).toBe(true);
		// The story loads with its panel, not with the first page.
		expect(data.dataset.story).toBeUndefined();
		// The same data is a file beside the page, for a load that misses the block.
		const file = await request.get('/bundled.json');
		expect(file.ok()).toBe(true);
		expect(await file.json()).toEqual(data);
	});

	test('hydrates the prerendered picture in place, with no request for its data, and answers mouse and keyboard', async ({
		page
	}) => {
		const said: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') said.push(`${m.type()}: ${m.text()}`);
		});
		const dataRequests: string[] = [];
		page.on('request', (r) => {
			if (/\.json(\?|$)/.test(r.url())) dataRequests.push(r.url());
		});
		// Hold the page's modules until the prerendered nodes are marked, so that hydration comes after.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/', { waitUntil: 'commit' });
		await expect(graph(page).locator('.node')).toHaveCount(raw.nodes.length);
		await page.evaluate(() => {
			for (const el of document.querySelectorAll('.node, [aria-roledescription="network graph"]'))
				(el as unknown as { prerendered: boolean }).prerendered = true;
		});
		release();
		// As openSettled waits, without loading the page again.
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('Layout settled');
		// The same elements: hydration adopted the picture rather than drawing it again.
		const kept = await page.evaluate(() =>
			[...document.querySelectorAll('.node, [aria-roledescription="network graph"]')].map(
				(el) => (el as unknown as { prerendered?: boolean }).prerendered === true
			)
		);
		expect(kept).toHaveLength(raw.nodes.length + 1);
		expect(kept.every(Boolean)).toBe(true);
		expect(dataRequests).toEqual([]);

		// By mouse.
		const id = 'iranian-culture-house';
		await node(page, id).click();
		await expect(panelHeading(page)).toHaveText(raw.nodes.find((n) => n.id === id)!.label);
		await expect(page).toHaveURL(/\?node=iranian-culture-house$/);
		// By keyboard: the skip link lands on the graph's node, the arrows move, Enter selects.
		await page.keyboard.press('Escape');
		await page.locator('body').focus();
		await page.getByRole('link', { name: 'Skip to the network' }).focus();
		await page.keyboard.press('Enter');
		const focused = page.locator('.node:focus');
		await expect(focused).toHaveCount(1);
		const before = await focused.getAttribute('aria-label');
		await page.keyboard.press('ArrowRight');
		const after = await focused.getAttribute('aria-label');
		expect(after).not.toBe(before);
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(after!);
		expect(said).toEqual([]);
	});
});
