import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dragNode, expect, graph, node, openSettled, statusBar, test } from './fixtures';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { id: string; label: string }[];
};
const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;

type Centres = Record<string, { x: number; y: number }>;

/** Where each node's centre is on screen, in CSS pixels. */
const centres = (page: Page): Promise<Centres> =>
	page.locator('.node').evaluateAll((els) =>
		Object.fromEntries(
			els.map((el) => {
				const m = (el as SVGGraphicsElement).getScreenCTM()!;
				return [el.getAttribute('data-id')!, { x: m.e, y: m.f }];
			})
		)
	);

/** The pan and zoom of the picture. */
const camera = (page: Page) => page.locator('.viewport').getAttribute('transform');

/** Ids of the nodes whose centre moved by more than `px` between two readings. */
function moved(a: Centres, b: Centres, px = 1): string[] {
	return Object.keys(a).filter((id) => Math.hypot(a[id]!.x - b[id]!.x, a[id]!.y - b[id]!.y) > px);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const said = (page: Page) =>
	page.getByRole('group', { name: 'Layout history' }).getByRole('status');
const PINNED = 'im-pinned-note';

test.describe('dragging moves what you drag', () => {
	test('a drag moves that node to the drop point and nothing else; the view stays; undo and redo by button and keys', async ({
		page
	}) => {
		await openSettled(page);
		const id = 'rural-notables';
		const target = node(page, id);
		await expect(button(page, 'Undo')).toBeDisabled();
		await expect(button(page, 'Undo')).toHaveAttribute('title', /Nothing to undo/);
		await expect(button(page, 'Redo')).toBeDisabled();
		const start = await centres(page);
		const view = await camera(page);

		await dragNode(page, target, 90, 60);
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const dropped = await centres(page);
		expect(dropped[id]!.x - start[id]!.x).toBeCloseTo(90, 0);
		expect(dropped[id]!.y - start[id]!.y).toBeCloseTo(60, 0);
		expect(moved(start, dropped)).toEqual([id]);
		expect(await camera(page)).toBe(view);
		await expect(button(page, 'Undo')).toHaveAttribute(
			'title',
			`Undo move of ${labelOf(id)} (Ctrl+Z)`
		);

		// The Undo button puts it back, unpinned, and says so.
		await button(page, 'Undo').click();
		await expect(target).not.toHaveAttribute('aria-describedby', PINNED);
		await expect(said(page)).toHaveText(`Undid: move of ${labelOf(id)}`);
		expect(moved(start, await centres(page))).toEqual([]);
		await expect(button(page, 'Undo')).toBeDisabled();

		// Ctrl+Shift+Z redoes, Ctrl+Z undoes, Ctrl+Y redoes.
		await page.keyboard.press('Control+Shift+Z');
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		await expect(said(page)).toHaveText(`Redid: move of ${labelOf(id)}`);
		expect(moved(dropped, await centres(page))).toEqual([]);
		await page.keyboard.press('Control+Z');
		await expect(target).not.toHaveAttribute('aria-describedby', PINNED);
		expect(moved(start, await centres(page))).toEqual([]);
		await page.keyboard.press('Control+Y');
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		expect(moved(dropped, await centres(page))).toEqual([]);

		// Typing in the search field keeps its own undo: the picture is left alone.
		await page.getByRole('searchbox', { name: 'Search' }).fill('baku');
		await page.keyboard.press('Control+Z');
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		expect(moved(dropped, await centres(page))).toEqual([]);
		expect(await camera(page)).toBe(view);
	});

	test('unpinning by double-click and pinning by keyboard are undoable', async ({ page }) => {
		await openSettled(page);
		const target = node(page, 'rural-notables');
		await dragNode(page, target, 60, 40);
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		const dropped = await centres(page);
		await target.dblclick();
		await expect(target).not.toHaveAttribute('aria-describedby', PINNED);
		// Released, it stays where it was dropped until the layout is relaxed.
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		expect(moved(dropped, await centres(page))).toEqual([]);
		await page.keyboard.press('Control+Z');
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		await expect(said(page)).toHaveText(`Undid: unpin of ${labelOf('rural-notables')}`);

		// P pins the focused node where it is; Ctrl+Z releases it again.
		const other = node(page, 'iranian-culture-house');
		await other.focus();
		await page.keyboard.press('p');
		await expect(other).toHaveAttribute('aria-describedby', PINNED);
		await page.keyboard.press('Control+Z');
		await expect(other).not.toHaveAttribute('aria-describedby', PINNED);
		expect(moved(dropped, await centres(page))).toEqual([]);
	});

	test('Relax layout lets the rest respond around the pin and keeps the view; undo puts every node back', async ({
		page
	}) => {
		await openSettled(page);
		const id = 'rural-notables';
		const target = node(page, id);
		await dragNode(page, target, 160, 90);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const dropped = await centres(page);
		const view = await camera(page);

		const relax = button(page, 'Relax layout');
		await relax.focus();
		await page.keyboard.press('Enter');
		await expect(statusBar(page)).toContainText('Layout settled');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(relax).toBeEnabled();
		const relaxed = await centres(page);
		expect(moved(dropped, relaxed, 2).length).toBeGreaterThan(0);
		expect(moved(dropped, relaxed)).not.toContain(id);
		await expect(target).toHaveAttribute('aria-describedby', PINNED);
		expect(await camera(page)).toBe(view);

		await button(page, 'Undo').click();
		await expect(said(page)).toHaveText('Undid: relaxing the layout');
		expect(moved(dropped, await centres(page))).toEqual([]);
		await button(page, 'Redo').click();
		expect(moved(relaxed, await centres(page))).toEqual([]);
	});

	test('moves, and an undo of one, survive a reload', async ({ page }) => {
		await openSettled(page);
		const a = node(page, 'rural-notables');
		const b = node(page, 'iranian-culture-house');
		const start = await centres(page);
		await dragNode(page, a, 70, 50);
		await dragNode(page, b, -60, 40);
		await expect(b).toHaveAttribute('aria-describedby', PINNED);
		await page.keyboard.press('Control+Z');
		await expect(b).not.toHaveAttribute('aria-describedby', PINNED);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		const kept = await centres(page);
		expect(moved(start, kept)).toEqual(['rural-notables']);
		// The drag held the view in the address (written a moment after it changes).
		await expect(page).toHaveURL(/[?&]z=/);

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(a).toHaveAttribute('aria-describedby', PINNED);
		await expect(b).not.toHaveAttribute('aria-describedby', PINNED);
		// So the picture comes back exactly as it was left.
		expect(moved(kept, await centres(page))).toEqual([]);
	});
});
