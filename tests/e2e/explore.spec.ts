import { readFileSync } from 'node:fs';
import { expect, graph, node, openSettled, panelHeading, statusBar, test } from './fixtures';
import type { Page } from '@playwright/test';
import { placement } from './overlay-geometry';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	groups: { id: string; label: string }[];
	types: { id: string; label: string }[];
	nodes: {
		id: string;
		label: string;
		group: string;
		type: string;
		period?: { from?: number; to?: number };
	}[];
};
const members = (group: string) => dataset.nodes.filter((n) => n.group === group).map((n) => n.id);
const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });
const opacities = (page: Page): Promise<Record<string, number>> =>
	page
		.locator('.node')
		.evaluateAll((els) =>
			Object.fromEntries(
				els.map((e) => [e.getAttribute('data-id')!, Number(e.getAttribute('opacity'))])
			)
		);

test.describe('colour by and cluster highlighting', () => {
	test('highlighting a pillar lights its members, draws its hull and dims the rest', async ({
		page
	}) => {
		await openSettled(page);
		const ich = legend(page).getByRole('button', { name: /^Iranian Culture House/ });
		await expect(ich).toHaveAttribute('aria-pressed', 'false');
		await ich.click();
		await expect(ich).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('.hull')).toHaveCount(1);
		await expect(page.locator('.hull[data-cluster="ich"]')).toHaveAttribute('d', /^M.+Z$/);
		const o = await opacities(page);
		for (const id of members('ich')) expect(o[id], id).toBe(1);
		for (const [id, v] of Object.entries(o))
			if (!members('ich').includes(id!)) {
				expect(v, id).toBeGreaterThan(0);
				expect(v, id).toBeLessThanOrEqual(0.4);
			}
		// The side panel tells the cluster's story.
		await expect(panelHeading(page)).toHaveText('Iranian Culture House');
		const panel = page.getByRole('complementary');
		await expect(panel).toContainText(/edges cross out/);
		await expect(panel).toContainText('Members by number of connections');
		await expect(panel.getByRole('heading', { name: 'Links to other clusters' })).toBeVisible();

		// Shift-click adds a second pillar in its own colour; clicking it again removes it.
		const ias = legend(page).getByRole('button', { name: /^Iran Assistance Society/ });
		await ias.click({ modifiers: ['Shift'] });
		await expect(page.locator('.hull')).toHaveCount(2);
		const fills = await page
			.locator('.hull')
			.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
		expect(new Set(fills).size).toBe(2);
		await ias.click({ modifiers: ['Shift'] });
		await expect(page.locator('.hull')).toHaveCount(1);
		await expect(ias).toHaveAttribute('aria-pressed', 'false');

		// Escape clears.
		await page.keyboard.press('Escape');
		await expect(page.locator('.hull')).toHaveCount(0);
		await expect(ich).toHaveAttribute('aria-pressed', 'false');
		expect(Object.values(await opacities(page)).every((v) => v === 1)).toBe(true);
	});

	test('clusters are highlighted the same way by keyboard', async ({ page }) => {
		await openSettled(page);
		const irc = legend(page).getByRole('button', { name: /^Iranian Red Crescent/ });
		const ich = legend(page).getByRole('button', { name: /^Iranian Culture House/ });
		await irc.focus();
		await page.keyboard.press('Enter');
		await expect(irc).toHaveAttribute('aria-pressed', 'true');
		await ich.focus();
		await page.keyboard.press('Shift+Enter');
		await expect(page.locator('.hull')).toHaveCount(2);
		await page.keyboard.press('Space');
		await expect(page.locator('.hull')).toHaveCount(1);
		await expect(irc).toHaveAttribute('aria-pressed', 'true');
		// The side panel's cluster list highlights too.
		await page.keyboard.press('Escape');
		await page
			.getByRole('complementary')
			.getByRole('button', { name: 'Iran Assistance Society', exact: true })
			.click();
		await expect(page.locator('.hull[data-cluster="ias"]')).toHaveCount(1);
	});

	test('colour by type and by community rebuilds the legend', async ({ page }) => {
		await openSettled(page);
		const colourBy = page.getByLabel('Colour by');
		await colourBy.selectOption('type');
		const names = await legend(page).getByRole('button').allTextContents();
		const usedTypes = dataset.types.filter((t) => dataset.nodes.some((n) => n.type === t.id));
		expect(names.map((n) => n.replace(/\d+$/, '').trim())).toEqual(usedTypes.map((t) => t.label));
		await colourBy.selectOption('community');
		await expect(legend(page)).toContainText(/modularity 0\.\d{3}/);
		const communities = legend(page).getByRole('button', { name: /^Community \d+ \(\d+\)$/ });
		await expect(communities.first()).toBeVisible();
		const labels = await communities.allTextContents();
		const total = labels.reduce((sum, l) => sum + Number(/\((\d+)\)/.exec(l)![1]), 0);
		expect(total).toBe(dataset.nodes.length);
		// Highlighting a community draws its hull too.
		await communities.first().click();
		await expect(page.locator('.hull[data-cluster="c1"]')).toHaveCount(1);
		await expect(panelHeading(page)).toHaveText('Community 1');
	});
});

test.describe('a legend of many groups', () => {
	test('starts short, opens in full, and keeps a highlighted entry listed', async ({ page }) => {
		await openSettled(page);
		const groups = Array.from({ length: 15 }, (_, g) => g + 1);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'fifteen.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					nodes: groups.flatMap((g) => [
						{ id: `a${g}`, group: g },
						{ id: `b${g}`, group: g }
					]),
					links: groups.map((g) => ({ source: `a${g}`, target: `b${g}` }))
				})
			)
		});
		await expect(statusBar(page)).toContainText('30 nodes');
		const entries = legend(page).locator('.cluster');
		await expect(entries).toHaveCount(8);
		const more = legend(page).getByRole('button', { name: 'Show all 15 groups' });
		await expect(more).toHaveAttribute('aria-expanded', 'false');
		// By keyboard, as by mouse.
		await more.focus();
		await page.keyboard.press('Enter');
		await expect(entries).toHaveCount(15);
		const fewer = legend(page).getByRole('button', { name: 'Show fewer' });
		await expect(fewer).toHaveAttribute('aria-expanded', 'true');
		await entries.nth(12).click();
		await expect(entries.nth(12)).toHaveAttribute('aria-pressed', 'true');
		await fewer.click();
		await expect(entries).toHaveCount(9);
		await expect(legend(page).locator('.cluster[aria-pressed="true"]')).toHaveCount(1);
	});
});

test.describe('neighbourhood, search and paths', () => {
	test('focus dims everything beyond 1, 2 or 3 hops of the selected node', async ({ page }) => {
		await openSettled(page, '?node=village-children');
		const lit = async () => Object.values(await opacities(page)).filter((v) => v === 1).length;
		await page.getByRole('radio', { name: '1 hop' }).check();
		const one = await lit();
		await page.getByRole('radio', { name: '2 hops' }).check();
		await expect.poll(lit).toBeGreaterThan(one);
		const two = await lit();
		await page.getByRole('radio', { name: '3 hops' }).check();
		await expect.poll(lit).toBeGreaterThanOrEqual(two);
		expect(await lit()).toBeLessThan(dataset.nodes.length);
		await expect(page).toHaveURL(/focus=3/);
		// By keyboard: the radio group moves with arrow keys.
		await page.getByRole('radio', { name: '3 hops' }).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('radio', { name: '2 hops' })).toBeChecked();
	});

	test('search finds Mashad as "Mashhad", and Enter selects it where it is in plain sight', async ({
		page
	}) => {
		await openSettled(page);
		const before = await page.locator('.viewport').getAttribute('transform');
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill('Mashhad');
		const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
		await expect(results.first()).toBeVisible();
		const texts = await results.allTextContents();
		expect(texts.some((t) => /Mashad/.test(t))).toBe(true);
		await search.press('Enter');
		const first = texts[0]!.replace(/also “.*”$/, '').trim();
		await expect(panelHeading(page)).toHaveText(first);
		const id = dataset.nodes.find((n) => n.label === first)!.id;
		// The fitted picture shows it clear of every overlay, so the view stays still (a hidden or
		// off-screen node is brought into the clear: overlays.spec.ts).
		expect((await placement(page, [id])).under).toEqual([]);
		expect((await placement(page, [id])).off).toEqual([]);
		await expect(node(page, id)).toHaveAttribute('aria-current', 'true');
		expect(await page.locator('.viewport').getAttribute('transform')).toBe(before);
	});

	test('search results are chosen by arrow keys and by mouse', async ({ page }) => {
		await openSettled(page);
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill('iranian');
		const options = page.getByRole('option');
		await expect(options.nth(1)).toBeVisible();
		const second = (await options.nth(1).textContent())!.replace(/also “.*”$/, '').trim();
		await search.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(second);
		await search.fill('culture hous');
		await page
			.getByRole('listbox', { name: 'Search results' })
			.getByRole('option', { name: /Iranian Culture House \(Baku\)/ })
			.click();
		await expect(panelHeading(page)).toHaveText('Iranian Culture House (Baku)');
	});

	test('the path from the Iranian state to a village community is highlighted and listed', async ({
		page
	}) => {
		await openSettled(page, '?node=iranian-government');
		await page.getByLabel('Path to').selectOption('village-children');
		await expect(panelHeading(page)).toHaveText(/^Path from Iranian government to /);
		const path = page.getByRole('list', { name: 'Path 1' });
		await expect(path).toBeVisible();
		const steps = await path.getByRole('link').allTextContents();
		expect(steps.length).toBeGreaterThanOrEqual(3);
		await expect(page).toHaveURL(/path=iranian-government,village-children/);
		const o = await opacities(page);
		expect(o['iranian-government']).toBe(1);
		expect(o['village-children']).toBe(1);
		expect(Object.values(o).filter((v) => v < 1).length).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Clear path' }).click();
		await expect(panelHeading(page)).toHaveText('About this network');
	});
});

test.describe('filters, size and time', () => {
	test('hiding an edge relation removes those edges', async ({ page }) => {
		await openSettled(page);
		const total = await page.locator('.edge').count();
		await page.getByText('Filters', { exact: true }).click();
		const relation = page.getByRole('checkbox', { name: 'sits under', exact: true });
		await relation.press('Space');
		await expect(relation).not.toBeChecked();
		await expect(page.locator('.edge')).not.toHaveCount(total);
		await expect(page).toHaveURL(/hide-rel=sits\+under|hide-rel=sits%20under/);
		await page.getByRole('button', { name: 'Show everything' }).click();
		await expect(page.locator('.edge')).toHaveCount(total);
	});

	test('hiding a node type removes those nodes without moving the rest', async ({ page }) => {
		await openSettled(page);
		const before = await page
			.locator('.node')
			.evaluateAll((els) =>
				Object.fromEntries(els.map((e) => [e.getAttribute('data-id'), e.getAttribute('transform')]))
			);
		await page.getByText('Filters', { exact: true }).click();
		const places = dataset.nodes.filter((n) => n.type === 'place');
		expect(places.length).toBeGreaterThan(0);
		await page.getByRole('checkbox', { name: 'Place', exact: true }).uncheck();
		await expect(page.locator('.node')).toHaveCount(dataset.nodes.length - places.length);
		await expect(statusBar(page)).toContainText(`${dataset.nodes.length - places.length} nodes`);
		const after = await page
			.locator('.node')
			.evaluateAll((els) =>
				Object.fromEntries(els.map((e) => [e.getAttribute('data-id'), e.getAttribute('transform')]))
			);
		for (const [id, t] of Object.entries(after)) expect(t, id).toBe(before[id!]);
		await page.getByRole('checkbox', { name: 'Place', exact: true }).check();
		await expect(page.locator('.node')).toHaveCount(dataset.nodes.length);
	});

	test('the time slider steps back to the 1990s', async ({ page }) => {
		await openSettled(page);
		const to = page.getByRole('slider', { name: 'To year' });
		await to.focus();
		await page.keyboard.press('End');
		for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('group', { name: /Years/ })).toContainText('1991–1998');
		const visible = (id: string) => node(page, id);
		const later = dataset.nodes.filter((n) => (n.period?.from ?? 0) >= 1999);
		const nineties = dataset.nodes.filter((n) => n.group === 'networks-1990s');
		expect(later.length).toBeGreaterThan(0);
		for (const n of later) await expect(visible(n.id)).toHaveCount(0);
		for (const n of nineties) await expect(visible(n.id)).toHaveCount(1);
		await expect(page).toHaveURL(/years=1991-1998/);
		await page.getByRole('button', { name: 'All years' }).click();
		await expect(page.locator('.node')).toHaveCount(dataset.nodes.length);
	});

	test('size by betweenness resizes the nodes', async ({ page }) => {
		await openSettled(page);
		const width = async (id: string) =>
			(await node(page, id).locator('path').last().boundingBox())!.width;
		const before = await width('baku');
		await page.getByLabel('Size by').selectOption('betweenness');
		await expect.poll(() => width('baku')).not.toBe(before);
		await expect(legend(page)).toContainText('Size: betweenness centrality');
	});
});

test.describe('a view is a URL', () => {
	test('opening a shared link restores the view, and back/forward step through views', async ({
		page,
		context
	}) => {
		await openSettled(page);
		await page.getByLabel('Colour by').selectOption('type');
		await page.getByRole('searchbox', { name: 'Search' }).fill('notables');
		await expect(page).toHaveURL(/q=notables/);
		await legend(page)
			.getByRole('button', { name: /^Targeted group/ })
			.click();
		await node(page, 'rural-notables').click();
		await expect(page).toHaveURL(/colour=type/);
		await expect(page).toHaveURL(/hl=target/);
		await expect(page).toHaveURL(/node=rural-notables/);

		// Back undoes the selection, then the highlight; forward redoes it.
		await page.goBack();
		await expect(panelHeading(page)).toHaveText('Targeted group');
		await page.goBack();
		await expect(page.locator('.hull')).toHaveCount(0);
		await expect(page.getByLabel('Colour by')).toHaveValue('type');
		await page.goForward();
		await expect(page.locator('.hull')).toHaveCount(1);

		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goForward();
		await expect(panelHeading(page)).toHaveText('Rural notables');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(page.url());

		const other = await context.newPage();
		await other.goto(link);
		await expect(graph(other)).toHaveAttribute('aria-busy', 'false');
		await expect(other.getByLabel('Colour by')).toHaveValue('type');
		await expect(other.getByRole('searchbox', { name: 'Search' })).toHaveValue('notables');
		await expect(panelHeading(other)).toHaveText('Rural notables');
		await expect(other.locator('.hull[data-cluster="target"]')).toHaveCount(1);
		await expect(legend(other).getByRole('button', { name: /^Targeted group/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('zoom is part of the link', async ({ page, context }) => {
		await openSettled(page);
		for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		const transform = await page.locator('.viewport').getAttribute('transform');
		expect(transform).toMatch(/scale/);
		const k = (t: string | null) => Number(/scale\(([\d.]+)\)/.exec(t ?? '')![1]);
		// The address follows zooming a few times a second: wait until it holds the last zoom.
		await expect
			.poll(() => Number(new URL(page.url()).searchParams.get('z')?.split(',')[2]))
			.toBeCloseTo(k(transform), 2);
		const other = await context.newPage();
		await other.goto(page.url());
		await expect(graph(other)).toHaveAttribute('aria-busy', 'false');
		await expect
			.poll(async () => k(await other.locator('.viewport').getAttribute('transform')))
			.toBeCloseTo(k(transform), 2);
	});
});

test.describe('the table view', () => {
	test('lists, sorts and filters nodes, in step with the picture', async ({ page }) => {
		await openSettled(page);
		await page.getByRole('button', { name: 'Table', exact: true }).click();
		const table = page.getByRole('region', { name: 'Table' });
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(dataset.nodes.length);
		// Sorted by degree, highest first; a click on Label sorts by label.
		const firstLabel = await rows.first().locator('th').textContent();
		expect(firstLabel).toBe('Iranian government');
		await table.getByRole('button', { name: /^Label/ }).click();
		await expect(table.getByRole('columnheader', { name: /Label/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		const labels = await rows.locator('th').allTextContents();
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
		await expect(table.getByRole('columnheader', { name: /Betweenness/ })).toBeVisible();
		await expect(rows.first().locator('td').nth(3)).toHaveText(/^\d(\.\d+)?$/);

		// Filtering.
		await table.getByRole('searchbox', { name: 'Filter table' }).fill('culture house');
		await expect(rows).not.toHaveCount(dataset.nodes.length);
		// Rows match on any column: the Culture House's own row and those of its group.
		expect(await rows.count()).toBe(members('ich').length);
		const row = rows.filter({ hasText: 'Iranian Culture House (Baku)' });
		await row.getByRole('button').click();
		await expect(panelHeading(page)).toHaveText('Iranian Culture House (Baku)');
		await expect(row).toHaveClass(/selected/);

		// Highlighting dims the rows outside the cluster.
		await table.getByRole('searchbox', { name: 'Filter table' }).fill('');
		await page.keyboard.press('Escape');
		await legend(page)
			.getByRole('button', { name: /^Iranian Red Crescent/ })
			.click();
		await expect(table.locator('tbody tr:not(.dim)')).toHaveCount(members('irc').length);

		// Edges tab.
		await table.getByRole('tab', { name: /Edges/ }).click();
		await expect(table.getByRole('columnheader', { name: /Relation/ })).toBeVisible();
		await expect(rows.first().locator('td').first()).not.toBeEmpty();
	});

	test('is reachable and usable by keyboard', async ({ page }) => {
		await openSettled(page, '?table=1');
		const table = page.getByRole('region', { name: 'Table' });
		const button = table.locator('tbody tr').nth(2).getByRole('button');
		const name = await button.textContent();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(name!);
	});
});
