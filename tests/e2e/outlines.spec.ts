import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	groups: { id: string; label: string }[];
	nodes: { id: string; label: string; group: string }[];
};
const legend = (page: Page) => page.getByRole('region', { name: 'Legend' });

/**
 * Which node centres, read from the DOM, the drawn outline of `cluster` takes in: the browser's own
 * fill test on the outline path, in the layout units that the path and the nodes share.
 */
function centresInside(page: Page, cluster: string): Promise<Record<string, boolean>> {
	return page.evaluate((id) => {
		const hull = document.querySelector<SVGPathElement>(`.hull[data-cluster="${id}"]`)!;
		const out: Record<string, boolean> = {};
		for (const g of document.querySelectorAll<SVGGElement>('.node')) {
			const m = g.transform.baseVal.consolidate()!.matrix;
			out[g.dataset.id!] = hull.isPointInFill(new DOMPoint(m.e, m.f));
		}
		return out;
	}, cluster);
}

async function expectTruthful(page: Page, group: string) {
	const hull = page.locator(`.hull[data-cluster="${group}"]`);
	await expect(hull).toHaveCount(1);
	await expect(hull).toHaveAttribute('d', /^M.+Z$/);
	const inside = await centresInside(page, group);
	expect(Object.keys(inside)).toHaveLength(dataset.nodes.length);
	const wrong = dataset.nodes
		.filter((n) => inside[n.id] !== (n.group === group))
		.map((n) => `${n.label} (${n.group === group ? 'member left out' : 'non-member inside'})`);
	expect(wrong, `outline of ${group}`).toEqual([]);
}

test.describe('cluster outlines tell the truth', () => {
	test('each group highlighted by mouse holds its members and no other node', async ({ page }) => {
		await openSettled(page);
		for (const g of dataset.groups) {
			const button = legend(page).getByRole('button', { name: new RegExp(`^${g.label}`) });
			await button.click();
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('.hull')).toHaveCount(1);
			await expectTruthful(page, g.id);
		}
	});

	test('by keyboard, two groups at once, each outline truthful', async ({ page }) => {
		await openSettled(page);
		const ich = legend(page).getByRole('button', { name: /^Iranian Culture House/ });
		const ias = legend(page).getByRole('button', { name: /^Iran Assistance Society/ });
		await ich.focus();
		await page.keyboard.press('Enter');
		await ias.focus();
		await page.keyboard.press('Shift+Enter');
		await expect(page.locator('.hull')).toHaveCount(2);
		await expectTruthful(page, 'ich');
		await expectTruthful(page, 'ias');
	});
});

test('the legend shows each of the nine types in its own shape', async ({ page }) => {
	await openSettled(page);
	const key = legend(page).locator('details.key');
	await key.locator('summary').click();
	await expect(key).toHaveAttribute('open', '');
	const icons = key.locator('.type-icon path');
	await expect(icons).toHaveCount(9);
	const shapes = await icons.evaluateAll((els) => els.map((e) => e.getAttribute('d')));
	expect(new Set(shapes).size).toBe(9);
});
