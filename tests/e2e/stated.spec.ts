import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, panelHeading, statusBar, test } from './fixtures';

// "Stated by the source only": what the dataset's author inferred leaves the picture, the table,
// the counts and the paths. Every expected number is worked out here from the bundled file.

interface Item {
	id?: string;
	source?: string;
	target?: string;
	confidence?: string;
	relation?: string;
}
const data = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: Item[];
	edges: Item[];
};
// What the switch hides: what the source only relays or hedges, and what the author inferred.
const inferred = (x: Item) => x.confidence === 'inferred' || x.confidence === 'reported';
const statedNodes = data.nodes.filter((n) => !inferred(n));
const statedIds = new Set(statedNodes.map((n) => n.id));
const statedEdges = data.edges.filter(
	(e) => !inferred(e) && statedIds.has(e.source) && statedIds.has(e.target)
);
const inferredEdges = data.edges.filter(inferred);

/** Steps of a shortest path between two nodes over `edges`, direction ignored; null if none. */
function distance(edges: Item[], from: string, to: string): number | null {
	const next = new Map<string, string[]>();
	for (const e of edges) {
		if (e.source === e.target) continue;
		next.set(e.source!, [...(next.get(e.source!) ?? []), e.target!]);
		next.set(e.target!, [...(next.get(e.target!) ?? []), e.source!]);
	}
	const seen = new Map([[from, 0]]);
	const queue = [from];
	for (const at of queue)
		for (const n of next.get(at) ?? [])
			if (!seen.has(n)) {
				seen.set(n, seen.get(at)! + 1);
				queue.push(n);
			}
	return seen.get(to) ?? null;
}

const toggle = (page: Page) => page.getByRole('switch', { name: 'Stated by the source only' });
const filters = (page: Page) => page.locator('summary', { hasText: /^Filters/ });
const counts = (nodes: number, edges: number) => new RegExp(`^${nodes} nodes · ${edges} edges`);

test.describe('stated by the source only', () => {
	test('the bundled network has inferred links to hide', () => {
		// Guards the tests below against a dataset where hiding changes nothing.
		expect(inferredEdges.length).toBeGreaterThan(0);
		expect(statedEdges.length).toBeLessThan(data.edges.length);
	});

	test('by mouse: inferred edges leave the picture, the counts, the overview and the table; the link keeps it', async ({
		page
	}) => {
		await openSettled(page, '?table=1');
		await expect(page.locator('.edge')).toHaveCount(data.edges.length);
		await expect(statusBar(page)).toContainText(counts(data.nodes.length, data.edges.length));
		const table = page.getByRole('region', { name: 'Table' });
		await expect(table.getByRole('tab', { name: /^Edges/ })).toHaveText(
			`Edges (${data.edges.length})`
		);

		await filters(page).click();
		await toggle(page).click();
		await expect(toggle(page)).toBeChecked();
		await expect(page).toHaveURL(/[?&]stated=1/);
		await expect(filters(page)).toHaveText('Filters · stated only');
		await expect(page.locator('.edge')).toHaveCount(statedEdges.length);
		await expect(page.locator('.node')).toHaveCount(statedNodes.length);
		// No inferred edge is drawn, however it is drawn.
		for (const e of inferredEdges.slice(0, 5))
			await expect(page.locator(`.edge[data-id="${e.id ?? ''}"]`)).toHaveCount(0);
		await expect(page.locator('.edge path[stroke-dasharray]')).toHaveCount(0);
		await expect(statusBar(page)).toContainText(
			`${statedNodes.length} nodes · ${statedEdges.length} edges stated by the source`
		);
		await expect(table.getByRole('tab', { name: /^Nodes/ })).toHaveText(
			`Nodes (${statedNodes.length})`
		);
		await table.getByRole('tab', { name: /^Edges/ }).click();
		await expect(table.getByRole('tab', { name: /^Edges/ })).toHaveText(
			`Edges (${statedEdges.length})`
		);
		await expect(table.locator('tbody tr')).toHaveCount(statedEdges.length);
		await expect(table.locator('tbody td', { hasText: /^inferred$/ })).toHaveCount(0);
		const overview = page.getByRole('complementary');
		await expect(overview.getByText('Edges', { exact: true }).locator('+ dd')).toHaveText(
			`${statedEdges.length} of ${data.edges.length}`
		);
		const inferredCount = [...data.nodes, ...data.edges].filter(
			(x) => x.confidence === 'inferred'
		).length;
		await expect(overview.getByText('Inferred', { exact: true }).locator('+ dd')).toHaveText(
			`${inferredCount} hidden`
		);

		// A reload (the link) restores it.
		await page.reload();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(filters(page)).toHaveText('Filters · stated only');
		await expect(page.locator('.edge')).toHaveCount(statedEdges.length);
		await expect(statusBar(page)).toContainText(counts(statedNodes.length, statedEdges.length));

		await filters(page).click();
		await expect(toggle(page)).toBeChecked();
		await toggle(page).click();
		await expect(page).not.toHaveURL(/stated=1/);
		await expect(page.locator('.edge')).toHaveCount(data.edges.length);
	});

	test('by keyboard: Enter opens Filters, Tab reaches the switch, Space hides the inferred edges and shows them again', async ({
		page
	}) => {
		await openSettled(page);
		await filters(page).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(toggle(page)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(toggle(page)).toBeChecked();
		await expect(page.locator('.edge')).toHaveCount(statedEdges.length);
		await expect(statusBar(page)).toContainText(counts(statedNodes.length, statedEdges.length));
		await page.keyboard.press('Space');
		await expect(toggle(page)).not.toBeChecked();
		await expect(page.locator('.edge')).toHaveCount(data.edges.length);
	});

	test('a path that used an inferred link runs over stated links only; each step shows relation, direction and confidence', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		const [from, to] = ['irgc', 'tripod'];
		const all = distance(data.edges, from, to)!;
		const stated = distance(statedEdges, from, to);
		expect(stated).not.toBe(all);
		await openSettled(page, `?path=${from},${to}`);
		await expect(panelHeading(page)).toHaveText(/^Path from Revolutionary Guard|^Path from /);
		const path = page.getByRole('list', { name: 'Path 1' });
		await expect(path.getByRole('listitem')).toHaveCount(all + 1);
		// The shortest way leans on something the author inferred, and says so on that step.
		await expect(path.locator('.confidence', { hasText: 'inferred' }).first()).toBeVisible();
		const steps = path.locator('.rel');
		await expect(steps).toHaveCount(all);
		for (const step of await steps.all()) {
			await expect(step.getByRole('link')).toHaveText(/^(← .+|.+ →)$/);
			await expect(step.locator('.confidence')).toHaveText(
				/^(stated|reported|inferred|confidence not given)$/
			);
		}
		await page.screenshot({ path: test.info().outputPath('path-all-1440.png') });

		await filters(page).click();
		await toggle(page).click();
		await filters(page).click();
		await expect(toggle(page)).toBeHidden();
		if (stated === null) {
			await expect(page.getByText('No path of stated links joins these two nodes.')).toBeVisible();
		} else {
			await expect(path.getByRole('listitem')).toHaveCount(stated + 1);
			await expect(page.getByText(/over stated links only/)).toBeVisible();
			await expect(path.locator('.confidence', { hasText: 'inferred' })).toHaveCount(0);
		}
		await expect(node(page, from)).toBeVisible();
		await page.screenshot({ path: test.info().outputPath('path-stated-1440.png') });
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.screenshot({ path: test.info().outputPath('path-stated-1280.png') });
	});
});
