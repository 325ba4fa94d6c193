import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, openSettled, panelHeading, statusBar, test } from './fixtures';

/** An organisation that funds its own branch: a self-loop beside ordinary edges. */
const LOOPS = {
	title: 'Loops',
	nodes: [
		{ id: 'fund', label: 'Fund' },
		{ id: 'branch', label: 'Branch' },
		{ id: 'other', label: 'Other' }
	],
	edges: [
		{ id: 'self', source: 'fund', target: 'fund', relation: 'funds its own branch' },
		{ id: 'f-b', source: 'fund', target: 'branch', relation: 'runs' },
		{ id: 'b-o', source: 'branch', target: 'other', relation: 'pays' }
	]
};

/** Serves `body` as a JSON file of this site at `path`, for a `?data=` link. */
async function serve(page: Page, path: string, body: unknown) {
	await page.route(`**/${path}`, (route) =>
		route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) })
	);
}

/** Opens a network by link and waits until it is drawn and the page answers. */
async function openLinked(page: Page, query: string, counts: string) {
	await page.goto(`/?${query}`);
	await expect(page.locator('html')).toHaveAttribute('data-ready');
	await expect(statusBar(page)).toContainText(counts);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
}

const loop = (page: Page) => page.locator('.edge[data-id="self"]');

test.describe('self-loops', () => {
	test('a node with an edge to itself is selected by click, its loop drawn beside it', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		// The loop is a curve, not a line of no length at the node's centre.
		await expect(loop(page).locator('path:not(.arrowhead):not(.hit)')).toHaveAttribute(
			'd',
			/^M[-\d.]+,[-\d.]+C/
		);
		const box = (await loop(page).boundingBox())!;
		expect(box.width).toBeGreaterThan(5);
		expect(box.height).toBeGreaterThan(5);

		await graph(page).getByRole('button', { name: 'Fund', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Fund');
		const panel = page.getByRole('complementary');
		// One connection for the loop, listed once, beside the edge to the branch.
		await expect(panel.getByRole('heading', { name: 'funds its own branch →' })).toHaveCount(1);
		await expect(panel.getByRole('link', { name: 'Fund', exact: true })).toHaveCount(1);
		await expect(panel.getByRole('definition').filter({ hasText: /^2$/ })).toHaveCount(1);
		await expect(page).toHaveURL(/&node=fund$/);

		// Another node, then back: the panel follows every click.
		await graph(page).getByRole('button', { name: 'Other', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Other');
		await graph(page).getByRole('button', { name: 'Fund', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Fund');

		// The loop itself opens its story.
		await panel
			.getByRole('link', { name: /details of this link/ })
			.first()
			.click();
		await expect(panelHeading(page)).toHaveText('Fund → funds its own branch → Fund');
	});

	test('a node with a self-loop and the loop are reached and selected by keyboard', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		const focusedNode = page.locator('.node:focus');
		for (let i = 0; i < 30 && (await focusedNode.count()) === 0; i++)
			await page.keyboard.press('Tab');
		for (let i = 0; i < 4 && (await focusedNode.getAttribute('data-id')) !== 'fund'; i++)
			await page.keyboard.press('ArrowRight');
		await expect(focusedNode).toHaveAttribute('data-id', 'fund');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Fund');

		// The edges' stops: the loop is one of them, named by its relation, and drawn as a curve.
		await page.keyboard.press('Tab');
		const edge = page.locator('.edge-proxy:focus');
		await expect(edge).toHaveCount(1);
		for (let i = 0; i < 4 && (await edge.getAttribute('data-id')) !== 'self'; i++)
			await page.keyboard.press('ArrowRight');
		await expect(edge).toHaveAttribute('aria-label', 'Fund → funds its own branch → Fund');
		await expect(edge).toHaveAttribute('d', /C/);
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Fund → funds its own branch → Fund');
	});

	test('a link with ?node= naming a node with a self-loop opens its story and the page is ready', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json&node=fund', '3 nodes · 3 edges');
		await expect(panelHeading(page)).toHaveText('Fund');
		// The page answers: another click changes the panel.
		await graph(page).getByRole('button', { name: 'Branch', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Branch');
	});

	test('the exported SVG draws the loop as a curve and its arrowhead as a path', async ({
		page
	}) => {
		await serve(page, 'loops.json', LOOPS);
		await openLinked(page, 'data=loops.json', '3 nodes · 3 edges');
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Export' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		const curves = [...svg.matchAll(/<path d="M[-\d.]+,[-\d.]+C[^"]+" fill="none" stroke="#/g)];
		expect(curves).toHaveLength(1);
		// Three edges, three arrowheads; one decimal at most, no markers.
		expect(svg.match(/<path d="M[^"]+Z" fill="#[0-9a-f]{6}"/g)!.length).toBeGreaterThanOrEqual(3);
		expect(svg).not.toMatch(/\d\.\d{2,}|<marker/);
	});
});

/** Persian and a right-to-left override in labels, an edge all in Persian. */
const RLO = '\u202e';
const BIDI = {
	title: 'Bidi',
	groups: [{ id: 'fa', label: 'گروه' }],
	nodes: [
		{ id: 'alice', label: 'Alice' },
		{ id: 'bob', label: `${RLO}bob` },
		{ id: 'ali', label: 'علی', group: 'fa' },
		{ id: 'reza', label: 'رضا', group: 'fa' }
	],
	edges: [
		{ id: 'ba', source: 'bob', target: 'alice', relation: 'funds' },
		{ id: 'ar', source: 'ali', target: 'reza', relation: 'پرداخت' },
		{ id: 'bz', source: 'bob', target: 'reza', relation: 'funds' }
	]
};

/** The left edges of the rendered text of each part of an element, in the order asked. */
async function leftEdges(page: Page, selector: string, parts: string[]): Promise<number[]> {
	return page.locator(selector).evaluate((el, parts) => {
		const text = el.textContent ?? '';
		const range = document.createRange();
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		const nodes: Text[] = [];
		for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
		return parts.map((part) => {
			const at = text.indexOf(part);
			if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
			// Find the text node and offset holding the part's first character.
			let offset = at;
			for (const node of nodes) {
				if (offset < node.length) {
					range.setStart(node, offset);
					range.setEnd(node, offset + 1);
					return range.getBoundingClientRect().left;
				}
				offset -= node.length;
			}
			throw new Error('not found');
		});
	}, parts);
}

test.describe('right-to-left text and bidi controls', () => {
	test('an edge heading reads source → relation → target, whatever its labels hold', async ({
		page
	}) => {
		await serve(page, 'bidi.json', BIDI);
		await openLinked(page, 'data=bidi.json&edge=ba', '4 nodes · 3 edges');
		const heading = '#detail-heading';
		await expect(page.locator(heading)).toHaveText(`${RLO}bob → funds → Alice`);
		// U+202E at the start of "bob" reverses nothing after it: "funds" and "Alice" stay in order.
		const [bob, funds, alice] = await leftEdges(page, heading, ['bob', 'funds', 'Alice']);
		expect(bob).toBeLessThan(funds!);
		expect(funds).toBeLessThan(alice!);

		// An all-Persian edge: the source still stands left of the arrow, the target right of it.
		await page.goto('/?data=bidi.json&edge=ar');
		await expect(page.locator(heading)).toHaveText('علی → پرداخت → رضا');
		const [ali, pay, reza] = await leftEdges(page, heading, ['علی', 'پرداخت', 'رضا']);
		expect(ali).toBeLessThan(pay!);
		expect(pay).toBeLessThan(reza!);
	});

	test('an edge’s accessible name isolates each label', async ({ page }) => {
		await serve(page, 'bidi.json', BIDI);
		await openLinked(page, 'data=bidi.json', '4 nodes · 3 edges');
		await expect(page.locator('.edge-proxy[data-id="ba"]')).toHaveAttribute(
			'aria-label',
			`\u2068${RLO}bob\u2069 → funds → Alice`
		);
		await expect(page.locator('.edge-proxy[data-id="ar"]')).toHaveAttribute(
			'aria-label',
			'\u2068علی\u2069 → \u2068پرداخت\u2069 → \u2068رضا\u2069'
		);
	});

	test('the table, a path, search and the legend keep each label to itself', async ({ page }) => {
		await serve(page, 'bidi.json', BIDI);
		await openLinked(page, 'data=bidi.json&path=alice,reza&table=1', '4 nodes · 3 edges');
		// Every user string on screen is inside an isolating element.
		const unisolated = await page.evaluate(() => {
			const turns = /[\u0590-\u08ff\u202a-\u202e\u2066-\u2069]/;
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement!;
				if (!turns.test(n.textContent ?? '') || el.closest('svg, script, style, option')) continue;
				if (!el.closest('bdi, [dir="auto"]')) out.push(`${el.tagName}: ${n.textContent}`);
			}
			return out;
		});
		expect(unisolated).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search' }).fill('رض');
		const results = page.getByRole('listbox', { name: 'Search results' });
		await expect(results.getByRole('option', { name: 'رضا' })).toBeVisible();
		await expect(results.locator('bdi')).toHaveText(['رضا']);
	});
});

test.describe('what a link or a file names', () => {
	test('a link’s 5,000 unknown ids are dropped: only what the network holds is hidden or lit', async ({
		page
	}) => {
		const unknown = Array.from({ length: 5000 }, (_, i) => `x${i}`).join(',');
		// The preview server refuses so long an address; the page is the same whatever its query.
		await page.route(
			(url) => url.pathname === '/' && url.search.length > 8000,
			async (route) => {
				const response = await route.fetch({ url: new URL('/', route.request().url()).href });
				await route.fulfill({ response });
			}
		);
		await openSettled(
			page,
			`?hide-type=${unknown},place&hide-rel=${unknown},funds,funds&hl=${unknown}`
		);
		await expect(page.getByText('Filters (2 hidden)')).toBeVisible();
		// Nothing is highlighted: no cluster has those ids.
		const legend = page.getByRole('region', { name: 'Legend' });
		await expect(legend.getByRole('button', { pressed: true })).toHaveCount(0);
		// The next change of view writes the address without them.
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		await expect(page).toHaveURL(/\?hide-type=place&hide-rel=funds&table=1$/);
	});

	test('node ids such as constructor and __proto__ are plain: communities and betweenness are found', async ({
		page
	}) => {
		const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
		await serve(page, 'odd.json', {
			nodes: ids.map((id) => ({ id })),
			edges: ids.slice(1).map((id, i) => ({ source: ids[i], target: id }))
		});
		await openLinked(page, 'data=odd.json&colour=community&table=1', '5 nodes · 4 edges');
		const legend = page.getByRole('region', { name: 'Legend' });
		await expect(legend.getByRole('button', { name: /^Community 1/ })).toBeVisible();
		await expect(legend).not.toContainText('computing communities');
		// The middle of the chain has the highest betweenness, shown in the table.
		const middle = page.locator('tr[data-id="__proto__"]');
		await expect(middle.locator('td').nth(3)).toHaveText('0.667');
	});
});
