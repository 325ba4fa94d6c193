import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, node, statusBar } from './fixtures';

// What the edit-*.spec.ts files share: the side panel, the Edit toggle and the user's copy.

export const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
export const editButton = (page: Page) => page.getByRole('button', { name: 'Edit', exact: true });
export const picker = (page: Page) => page.locator('input[type="file"]');

export const bundled = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { group?: string }[];
	edges: unknown[];
	sources: unknown[];
	events: { label: string }[];
};
// The bundled network's counts, which grow as its reporting does.
export const [N, E, S] = [bundled.nodes.length, bundled.edges.length, bundled.sources.length];
export const changesList = (page: Page) =>
	panel(page).getByRole('region', { name: /Changes since opening/ });

/** Turns edit mode on and makes the user's copy of the bundled network. */
export async function editCopy(page: Page) {
	await editButton(page).click();
	await expect(editButton(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(panel(page)).toContainText('This is the bundled network');
	await panel(page).getByRole('button', { name: 'Edit a copy' }).click();
	await expect(panel(page).getByRole('heading', { name: 'Add a node' })).toBeVisible();
	await expect(statusBar(page)).toContainText('Saved in this browser');
}

/** The centre of a node on screen. */
export async function centre(page: Page, id: string) {
	const box = (await node(page, id).boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
