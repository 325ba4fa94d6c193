import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, panelHeading, test } from './fixtures';
import { placement } from './overlay-geometry';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { id: string; label: string; confidence?: string }[];
	edges: { source: string; target: string; confidence?: string }[];
};
const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** How far the page can scroll sideways: nothing, on a phone. */
const sideways = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });
const sheet = (page: Page) => page.getByRole('complementary', { name: 'Details' });

/**
 * A node drawn smaller than a fingertip, with no other node within 30 px: tapping beside it tests
 * the enlarged target and nothing else.
 */
async function smallLoneNode(page: Page) {
	const found = await page.evaluate(() => {
		const nodes = [...document.querySelectorAll<SVGGElement>('.node')].map((n) => {
			const shape = [...n.querySelectorAll('path')].find(
				(p) => !p.classList.contains('focus-ring') && p.getAttribute('fill') !== 'none'
			)!;
			const b = shape.getBoundingClientRect();
			return { id: n.dataset.id!, x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
		});
		const aside = document.querySelector('aside')!.getBoundingClientRect();
		return nodes.find(
			(n) =>
				n.r < 8 &&
				n.y + 40 < aside.top &&
				nodes.every((m) => m === n || Math.hypot(m.x - n.x, m.y - n.y) > 30 + m.r)
		);
	});
	expect(found, 'a small node standing alone').toBeTruthy();
	return found!;
}

test.describe('on a 390×844 phone', () => {
	test('nothing scrolls sideways, the graph takes the full width and no node is under an overlay', async ({
		page
	}) => {
		await openSettled(page);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		const g = (await graph(page).boundingBox())!;
		expect(g.x).toBe(0);
		expect(g.width).toBe(390);
		// The legend starts folded on a phone, over the picture but over no node.
		await expect(page.getByRole('button', { name: 'Legend', exact: true })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		await expect
			.poll(async () => {
				const p = await placement(page);
				return { under: p.under, off: p.off };
			})
			.toEqual({ under: [], off: [] });

		await openSettled(page, '?node=iranian-culture-house');
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-culture-house'));
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		expect((await graph(page).boundingBox())!.width).toBe(390);
		// The selected node is in the clear above the sheet.
		await expect
			.poll(async () => (await placement(page, ['iranian-culture-house'])).under)
			.toEqual([]);
	});

	test('the toolbar folds into a menu that opens by tap and by keyboard', async ({ page }) => {
		await openSettled(page);
		const search = page.getByRole('searchbox', { name: 'Search' });
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(search).toBeHidden();
		await menuButton(page).tap();
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
		for (const control of [
			search,
			page.getByLabel('Colour by'),
			page.getByText('Filters', { exact: true }),
			page.getByRole('button', { name: 'Open file' }),
			page.getByRole('button', { name: 'Export', exact: true }),
			page.getByRole('button', { name: 'Table', exact: true })
		]) {
			await expect(control).toBeVisible();
			const b = (await control.boundingBox())!;
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(390);
		}
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		// A tap on the picture folds it away.
		await page.mouse.click(200, 600);
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');

		// By keyboard: Enter opens, Tab goes on into the menu, Escape folds it and returns focus.
		await menuButton(page).focus();
		await page.keyboard.press('Enter');
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Tab');
		await expect(search).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(menuButton(page)).toBeFocused();

		// Searching from the menu selects the node, folds the menu and shows the sheet.
		await menuButton(page).tap();
		await search.fill('Mashad');
		await search.press('Enter');
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(panelHeading(page)).toBeInViewport();
	});

	test('the Export dialog stacks in one column: its notes, buttons and preview are full width', async ({
		page
	}) => {
		await openSettled(page, '?hl=ich');
		await menuButton(page).tap();
		await page.getByRole('button', { name: 'Export', exact: true }).tap();
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await dialog.getByLabel(/^Size/).selectOption('4:3');
		const leftOut = dialog.getByRole('status', { name: 'Left out' });
		await expect(leftOut).toContainText('left out at this size');
		const form = (await dialog.getByLabel('Title', { exact: true }).boundingBox())!;
		for (const part of [
			leftOut,
			dialog.getByRole('button', { name: 'Download SVG' }),
			dialog.getByRole('img', { name: 'Export preview' })
		]) {
			await part.scrollIntoViewIfNeeded();
			await expect(part).toBeInViewport();
			const b = (await part.boundingBox())!;
			// Below the choices, not squeezed into a strip beside them.
			expect(b.x).toBeLessThan(form.x + 20);
			expect(b.x + b.width).toBeLessThanOrEqual(390);
		}
		expect((await leftOut.boundingBox())!.width).toBeGreaterThan(250);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
	});

	test('the Filters menu opens on screen and its "Stated by the source only" switch toggles by tap', async ({
		page
	}) => {
		await openSettled(page);
		const edges = page.locator('.edge');
		await expect(edges).toHaveCount(dataset.edges.length);
		await menuButton(page).tap();
		const summary = page.locator('.filters summary');
		await summary.tap();
		const menu = page.locator('.filters .menu');
		await expect(menu).toBeVisible();
		const box = (await menu.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		const toggle = menu.getByRole('switch', { name: 'Stated by the source only' });
		await expect(toggle).toBeInViewport({ ratio: 1 });
		await toggle.tap();
		await expect(toggle).toBeChecked();
		await expect(summary).toHaveText('Filters · stated only');
		// Stated only: what the source relays or hedges goes too, with what the author infers.
		const isStated = (x: { confidence?: string }) => (x.confidence ?? 'stated') === 'stated';
		const stated = new Set(dataset.nodes.filter(isStated).map((n) => n.id));
		await expect(edges).toHaveCount(
			dataset.edges.filter((e) => isStated(e) && stated.has(e.source) && stated.has(e.target))
				.length
		);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await toggle.tap();
		await expect(toggle).not.toBeChecked();
		await expect(edges).toHaveCount(dataset.edges.length);
	});

	test('a tap on a node, even just beside a small one, opens the bottom sheet with its detail', async ({
		page
	}) => {
		await openSettled(page);
		await expect(sheet(page)).toHaveAttribute('data-size', 'peek');
		const peek = (await sheet(page).boundingBox())!;
		const small = await smallLoneNode(page);
		// 10 px to the side of a node drawn under 8 px across its radius: inside a 24 px target.
		await page.touchscreen.tap(small.x + 10, small.y);
		await expect(panelHeading(page)).toHaveText(labelOf(small.id));
		await expect(panelHeading(page)).toBeInViewport();
		await expect(sheet(page)).toHaveAttribute('data-size', 'half');
		const half = (await sheet(page).boundingBox())!;
		expect(half.height).toBeGreaterThan(peek.height * 4);
		// The sheet lies over the picture's foot: the graph keeps the full width under it.
		expect(half.width).toBe(390);
		expect((await graph(page).boundingBox())!.width).toBe(390);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await expect.poll(async () => (await placement(page, [small.id])).under).toEqual([]);

		// The handle expands it; Close folds it back and clears the selection.
		const handle = sheet(page).getByRole('button', { name: 'Expand details' });
		await handle.tap();
		await expect(sheet(page)).toHaveAttribute('data-size', 'full');
		await expect
			.poll(async () => (await sheet(page).boundingBox())!.height)
			.toBeGreaterThan(half.height);
		await sheet(page).getByRole('button', { name: 'Close details' }).tap();
		await expect(sheet(page)).toHaveAttribute('data-size', 'peek');
		await expect(node(page, small.id)).not.toHaveAttribute('aria-current', 'true');

		// A tap on a node right on its centre works too.
		await node(page, 'iranian-government').tap();
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-government'));
	});

	test('every control is reached by Tab in order', async ({ page }) => {
		await openSettled(page);
		// The skip link, the Menu, the graph's node and edge, zoom buttons, legend, sheet handle.
		const reached: string[] = [];
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			reached.push(
				await page.evaluate(() => {
					const a = document.activeElement as HTMLElement;
					return a.getAttribute('aria-label') ?? a.textContent?.trim() ?? a.tagName;
				})
			);
		}
		for (const name of ['Menu', 'Zoom in', 'Fit to screen', 'Legend', 'Show details'])
			expect(
				reached.some((r) => r.includes(name)),
				`${name} in ${reached.join(' | ')}`
			).toBe(true);
	});

	test('Edit in the menu folds the menu; the edit panel shows in the sheet and scrolls to its end', async ({
		page
	}) => {
		await openSettled(page);
		const edit = page.getByRole('button', { name: 'Edit', exact: true });
		await menuButton(page).tap();
		await edit.tap();
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(edit).toBeHidden();
		const copy = sheet(page).getByRole('button', { name: 'Edit a copy' });
		await expect(copy).toBeInViewport();
		await copy.tap();
		await expect(sheet(page).getByRole('heading', { name: 'Add a node' })).toBeInViewport();
		// The whole panel is reached by scrolling the sheet, down to its last control.
		await sheet(page).getByRole('button', { name: 'Expand details' }).tap();
		const merge = sheet(page).getByRole('button', { name: 'Merge a file…' });
		await merge.scrollIntoViewIfNeeded();
		await expect(merge).toBeInViewport();
		expect(await sideways(page)).toBeLessThanOrEqual(0);

		// By keyboard: Done, then Edit chosen from the menu with Enter, folds it the same way.
		await sheet(page).getByRole('button', { name: 'Done' }).tap();
		await menuButton(page).focus();
		await page.keyboard.press('Enter');
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
		await edit.focus();
		await page.keyboard.press('Enter');
		await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(sheet(page).getByRole('heading', { name: 'Add a node' })).toBeInViewport();
	});
});
