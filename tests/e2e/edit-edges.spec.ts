import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, statusBar, test } from './fixtures';
import { centre, changesList, E, editCopy, panel } from './edit-kit';

// Edit mode: an edge drawn by dragging the selected node's handle onto another node. The
// keyboard's way is the panel's "Add an edge" form (edit-nodes.spec.ts).

/** Where a node is, in layout units, as drawn. */
const placeOf = (page: Page, id: string) => node(page, id).getAttribute('transform');

test.describe('Draw an edge from a node’s handle', () => {
	test('by mouse: dragged onto a node it adds the edge and opens it; let go elsewhere it adds nothing; undone with Ctrl+Z', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		const handle = graph(page).locator('[data-edge-handle]');
		await expect(handle).toHaveCount(0);
		await node(page, 'baku').click();
		await expect(panel(page).getByRole('heading', { name: 'Edit node' })).toBeVisible();
		await expect(handle).toBeVisible();
		const box = (await handle.boundingBox())!;
		const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const baku = await centre(page, 'baku');
		const placed = [await placeOf(page, 'baku'), await placeOf(page, 'mashad')];
		// Beside the node, on its right.
		expect(from.x).toBeGreaterThan(baku.x);
		expect(Math.abs(from.y - baku.y)).toBeLessThan(5);

		// Let go on an empty spot: nothing is drawn.
		const area = (await graph(page).boundingBox())!;
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(area.x + 30, area.y + 40, { steps: 5 });
		await expect(graph(page).locator('.band line')).toBeVisible();
		await page.mouse.up();
		await expect(graph(page).locator('.band')).toHaveCount(0);
		await expect(page.locator('.edge-proxy')).toHaveCount(E);

		// Dragged onto Mashad: the edge Baku → Mashad is added and opened for editing.
		const mashad = await centre(page, 'mashad');
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(mashad.x, mashad.y, { steps: 8 });
		await expect(graph(page).locator('.band circle')).toBeVisible();
		await page.mouse.up();
		await expect(panel(page).getByRole('heading', { name: 'Edit edge' })).toBeVisible();
		await expect(page.locator('.edge-proxy')).toHaveCount(E + 1);
		await expect(changesList(page).getByRole('listitem').last()).toHaveText(
			'adding the edge Baku → Mashad'
		);
		await expect(statusBar(page)).toContainText('1 change not downloaded');
		// Nothing moved: the drag drew an edge, it did not pan or move a node.
		expect([await placeOf(page, 'baku'), await placeOf(page, 'mashad')]).toEqual(placed);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const relation = panel(page)
			.getByRole('form', { name: 'Edit edge' })
			.getByRole('textbox', { name: /^Relation/ });
		await relation.fill('funds');
		await relation.blur();
		await expect(changesList(page).getByRole('listitem').last()).toHaveText(
			'relation of Baku → Mashad'
		);

		await graph(page).focus();
		await page.keyboard.press('Control+z');
		await page.keyboard.press('Control+z');
		await expect(page.locator('.edge-proxy')).toHaveCount(E);
	});
});
