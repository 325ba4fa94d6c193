import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	dragNode,
	expect,
	graph,
	node,
	openSettled,
	panelHeading,
	statusBar,
	test
} from './fixtures';
import { DIMMED_NODE } from '../../src/lib/scene/style';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	title: string;
	nodes: { id: string; label: string }[];
	edges: { id: string; source: string; target: string; relation: string; confidence: string }[];
};
const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;

test.describe('the dashboard on the bundled dataset', () => {
	test('loads with the overview, counts and a settled graph', async ({ page, problems }) => {
		await openSettled(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
		await expect(statusBar(page)).toContainText(
			`${dataset.nodes.length} nodes · ${dataset.edges.length} edges`
		);
		await expect(graph(page)).toHaveAttribute('aria-label', `Network graph: ${dataset.title}`);
		await expect(panelHeading(page)).toHaveText('About this network');
		const panel = page.getByRole('complementary', { name: 'Details' });
		await expect(panel.getByText('Iranian Culture House', { exact: true })).toBeVisible();
		await expect(panel.getByRole('heading', { name: 'Timeline' })).toBeVisible();
		await expect(panel.locator('ol.timeline time').first()).toHaveText('1991');
		// Every node is drawn and named by its label.
		await expect(page.locator('.node')).toHaveCount(dataset.nodes.length);
		await expect(page.locator('.edge')).toHaveCount(dataset.edges.length);
		// Inferred edges are dashed, stated ones solid, and every edge has an arrowhead.
		// Reported and inferred edges are dashed (each its own dash); stated ones are solid.
		const dashed = dataset.edges.filter(
			(e) => e.confidence === 'inferred' || e.confidence === 'reported'
		).length;
		expect(dashed).toBeGreaterThan(0);
		await expect(page.locator('.edge line[stroke-dasharray]')).toHaveCount(dashed);
		await expect(page.locator('.edge path.arrowhead')).toHaveCount(dataset.edges.length);
		for (const n of dataset.nodes.slice(0, 10))
			await expect(graph(page).getByRole('button', { name: n.label, exact: true })).toHaveCount(1);
		// Fits a 1280×720 laptop: no horizontal scroll, the panel on screen.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		await expect(panel).toBeInViewport();
		expect(problems).toEqual([]);
	});

	test('the prerendered page already holds the settled picture, under a strict CSP', async ({
		request
	}) => {
		const html = await (await request.get('/')).text();
		expect(html).toMatch(
			/aria-roledescription="network graph"[^>]*aria-busy="false"|aria-busy="false"[^>]*aria-roledescription="network graph"/
		);
		expect(html).toContain('content-security-policy');
	});

	test('with JavaScript off, every node is drawn where the live page draws it', async ({
		browser,
		page
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const still = await context.newPage();
		await still.goto('/');
		await expect(still.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
		const nodes = graph(still).locator('.node');
		await expect(nodes).toHaveCount(dataset.nodes.length);
		for (const n of dataset.nodes) {
			const shape = graph(still).getByRole('button', { name: n.label, exact: true });
			await expect(shape).toHaveCount(1);
			await expect(shape.locator('path').last()).toHaveAttribute('d', /^M/);
		}
		const transforms = (p: typeof page) =>
			p.locator('.node').evaluateAll((els) => els.map((e) => e.getAttribute('transform')));
		const prerendered = await transforms(still);
		// The picture is on screen, not just in the markup.
		const box = await graph(still).locator('svg').boundingBox();
		expect(box!.width).toBeGreaterThan(400);
		expect(box!.height).toBeGreaterThan(300);
		await context.close();
		// The live page starts from the same settled layout and has nothing to move.
		await openSettled(page);
		expect(await transforms(page)).toEqual(prerendered);
	});

	test('lays a network without saved positions out the same way in every browser', async ({
		page,
		browser
	}) => {
		// Two rings joined by a bridge, plus a star: no x or y, so each browser lays it out from the
		// starting spiral. The bundled network cannot show this: it arrives settled from the build.
		const ring = (p: string) => Array.from({ length: 8 }, (_, i) => `${p}${i},${p}${(i + 1) % 8}`);
		const rows = [
			...ring('a'),
			...ring('b'),
			'a0,b0',
			'a4,b4',
			...Array.from({ length: 6 }, (_, i) => `hub,s${i}`),
			'hub,a2'
		];
		const unplaced = {
			name: 'unplaced.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['source,target', ...rows, ''].join('\n'))
		};
		const ids = [...new Set(rows.flatMap((r) => r.split(',')))].sort();

		/** Opens the file in a browser that has kept nothing, waits for its layout to settle, reads it. */
		const layOut = async (p: Page) => {
			await openSettled(p);
			await p.locator('input[type="file"]').setInputFiles(unplaced);
			await expect(statusBar(p)).toContainText(`${ids.length} nodes · ${rows.length} edges`);
			await expect(graph(p)).toHaveAttribute('aria-busy', 'false');
			// "in … s": the simulation ran here, rather than the picture arriving settled.
			await expect(statusBar(p)).toContainText(/Layout settled in /);
			const placed = await p
				.locator('.node')
				.evaluateAll((els) =>
					els.map((e) => [e.getAttribute('data-id')!, e.getAttribute('transform')!])
				);
			return Object.fromEntries(placed);
		};

		const first = await layOut(page);
		expect(Object.keys(first).sort()).toEqual(ids);
		// A second browser context shares no storage with the first, so nothing of its layout is kept.
		const context = await browser.newContext();
		const second = await layOut(await context.newPage());
		await context.close();
		expect(second).toEqual(first);
	});

	test('a click on a node tells its story with sources and connections', async ({ page }) => {
		await openSettled(page);
		await node(page, 'iranian-culture-house').click();
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-culture-house'));
		const panel = page.getByRole('complementary');
		await expect(panel).toContainText('Organisation');
		await expect(panel).toContainText('GlobalSecurity.org, ‘Azerbaijan - Iran Relations’ (2013)');
		await expect(panel).toContainText('¶9');
		await expect(panel).toContainText(/Stated|Inferred/);
		await expect(node(page, 'iranian-culture-house')).toHaveAttribute('aria-current', 'true');
		await expect(page).toHaveURL(/\?node=iranian-culture-house$/);

		// Connections are links that select the other node.
		await panel.getByRole('link', { name: 'Baku', exact: true }).click();
		await expect(panelHeading(page)).toHaveText('Baku');
		await expect(page).toHaveURL(/\?node=baku$/);
	});

	test('a node is reached, moved between and selected by keyboard', async ({ page }) => {
		await openSettled(page);
		const focusedNode = page.locator('.node:focus');
		for (let i = 0; i < 30 && (await focusedNode.count()) === 0; i++)
			await page.keyboard.press('Tab');
		await expect(focusedNode).toHaveCount(1);
		const first = await focusedNode.getAttribute('aria-label');
		await page.keyboard.press('ArrowRight');
		const second = await focusedNode.getAttribute('aria-label');
		expect(second).not.toBe(first);
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(second!);
		// Keyboard focus highlights the node's neighbours like hovering does.
		const dimmed = await page.locator(`.node[opacity="${DIMMED_NODE}"]`).count();
		expect(dimmed).toBeGreaterThan(0);

		// Tab moves on from the nodes to the edges, which are named by their relation.
		await page.keyboard.press('Tab');
		const edge = page.locator('.edge-proxy:focus');
		await expect(edge).toHaveCount(1);
		await expect(edge).toHaveAttribute('aria-label', / → .+ → /);
		const name = await edge.getAttribute('aria-label');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(name!);
	});

	test('the first Tab offers a skip link straight to the network', async ({ page }) => {
		await openSettled(page);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the network' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('.node:focus')).toHaveCount(1);
	});

	test('a click on an edge shows its relation, description and citation', async ({ page }) => {
		await openSettled(page);
		// Pick an edge whose midpoint is not covered by a node, so a person could click it there.
		const id = await page.evaluate(() => {
			for (const el of document.querySelectorAll<SVGGElement>('.edge')) {
				const line = el.querySelector('line:not(.hit)')!.getBoundingClientRect();
				const x = line.left + line.width / 2,
					y = line.top + line.height / 2;
				if (
					line.width + line.height > 80 &&
					document.elementFromPoint(x, y)?.closest('.edge') === el
				)
					return el.dataset.id!;
			}
			return null;
		});
		expect(id).not.toBeNull();
		const e = dataset.edges.find((x) => x.id === id)!;
		await page.locator(`.edge[data-id="${id}"]`).click();
		const name = `${labelOf(e.source)} → ${e.relation} → ${labelOf(e.target)}`;
		await expect(panelHeading(page)).toHaveText(name);
		const panel = page.getByRole('complementary');
		await expect(panel).toContainText('Relation');
		await expect(panel).toContainText(e.relation);
		await expect(panel).toContainText(/¶\d/);
		await expect(page).toHaveURL(new RegExp(`\\?edge=${id}$`));
	});

	test('Escape clears the selection and brings back the overview', async ({ page }) => {
		await openSettled(page, '?node=iran-assistance-society');
		await expect(panelHeading(page)).toHaveText(labelOf('iran-assistance-society'));
		await page.keyboard.press('Escape');
		await expect(panelHeading(page)).toHaveText('About this network');
		await expect(page).toHaveURL(/\/$/);
	});

	test('hovering a node highlights its neighbours and dims the rest', async ({ page }) => {
		await openSettled(page);
		await node(page, 'iran-assistance-society').hover();
		const opacity = (id: string) => node(page, id).getAttribute('opacity');
		await expect(node(page, 'iranian-culture-house')).toHaveAttribute(
			'opacity',
			String(DIMMED_NODE)
		);
		expect(await opacity('iran-assistance-society')).toBe('1');
		await page.mouse.move(5, 200);
		await expect(node(page, 'iranian-culture-house')).toHaveAttribute('opacity', '1');
	});

	test('zoom buttons and "Fit to screen" bring the whole network back into view', async ({
		page
	}) => {
		await openSettled(page);
		const box = (await graph(page).boundingBox())!;
		const outside = () =>
			page.locator('.node').evaluateAll(
				(els, b) =>
					els.filter((e) => {
						const r = e.getBoundingClientRect();
						return (
							r.left < b.x || r.right > b.x + b.width || r.top < b.y || r.bottom > b.y + b.height
						);
					}).length,
				box
			);
		expect(await outside()).toBe(0);
		for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		expect(await outside()).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Fit to screen' }).click();
		await expect.poll(outside).toBe(0);
		// The same by keyboard: + zooms in, 0 fits.
		await node(page, 'iran-assistance-society').focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('+');
		await expect.poll(outside).toBeGreaterThan(0);
		await page.keyboard.press('0');
		await expect.poll(outside).toBe(0);
	});

	test('the wheel zooms about the pointer; dragging the background pans and keeps the selection', async ({
		page
	}) => {
		await openSettled(page);
		const target = node(page, 'iranian-culture-house');
		await target.click();
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-culture-house'));
		const centre = async () => {
			const b = (await target.boundingBox())!;
			return { x: b.x + b.width / 2, y: b.y + b.height / 2, w: b.width };
		};
		const before = await centre();
		await page.mouse.move(before.x, before.y);
		await page.mouse.wheel(0, -300);
		await expect.poll(async () => (await centre()).w).toBeGreaterThan(before.w * 1.5);
		const zoomed = await centre();
		// The point under the pointer stays under it.
		expect(Math.abs(zoomed.x - before.x)).toBeLessThan(2);
		expect(Math.abs(zoomed.y - before.y)).toBeLessThan(2);
		// An empty corner of the graph, away from the zoom controls and the legend.
		const box = (await graph(page).boundingBox())!;
		const from = { x: box.x + box.width - 40, y: box.y + box.height - 40 };
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(from.x - 120, from.y - 60, { steps: 6 });
		await page.mouse.up();
		const panned = await centre();
		expect(panned.x - zoomed.x).toBeCloseTo(-120, 0);
		expect(panned.y - zoomed.y).toBeCloseTo(-60, 0);
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-culture-house'));
		// The + key zooms too, about the middle.
		await page.keyboard.press('Escape');
		await target.focus();
		await page.keyboard.press('+');
		await expect.poll(async () => (await centre()).w).toBeGreaterThan(panned.w * 1.1);
	});

	test('dragging pins a node, double-click releases it', async ({ page }) => {
		await openSettled(page);
		const target = node(page, 'rural-notables');
		const before = await dragNode(page, target, 60, 40);
		await expect(target).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expect(target).toHaveAccessibleDescription(/Pinned in place/);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const after = (await target.boundingBox())!;
		expect(after.x - before.x).toBeGreaterThan(40);
		await target.dblclick();
		await expect(target).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	});

	test('the dark theme switches and is remembered', async ({ page }) => {
		await openSettled(page);
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('a link with ?node= opens that node’s story', async ({ page }) => {
		await openSettled(page, '?node=iranian-red-crescent');
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-red-crescent'));
	});
});
