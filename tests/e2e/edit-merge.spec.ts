import { expect, node, openSettled, statusBar, test } from './fixtures';
import { panel, N, E, editCopy } from './edit-kit';

// Merging a second file into the network being edited.

test.describe('Merge a file', () => {
	test('merge a second file: a conflict resolved per field, sources of both kept, one undo step', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		const more = {
			title: 'New reporting',
			sources: [{ id: 'gs-az-ir', title: 'Another outlet under the same id' }],
			nodes: [
				{ id: 'baku', label: 'Baku', description: 'The capital, per a 2024 report.' },
				{
					id: 'caspian-aid',
					label: 'Caspian Aid',
					sources: [{ source: 'gs-az-ir', locator: 'p. 4' }]
				}
			],
			edges: [{ source: 'caspian-aid', target: 'baku', relation: 'funds' }]
		};
		await panel(page).getByRole('button', { name: 'Merge a file…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Merge a file' });
		await dialog.getByLabel('File to merge').setInputFiles({
			name: 'more.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(more))
		});
		await expect(dialog.getByRole('status')).toContainText(
			'more.json: adds 1 node, 1 edge and 1 source; 1 shared with the open network; 1 source id is already used for another source and is renamed (gs-az-ir → gs-az-ir-2).'
		);
		const row = dialog.getByRole('row', { name: /Baku description/ });
		await expect(row).toContainText('Capital of Azerbaijan');
		await expect(row).toContainText('The capital, per a 2024 report.');
		await row.getByRole('radio').nth(1).check();
		await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(dialog).toBeHidden();
		await expect(node(page, 'caspian-aid')).toHaveCount(1);
		await expect(statusBar(page)).toContainText(`${N + 1} nodes · ${E + 1} edges`);

		await node(page, 'baku').click();
		await expect(panel(page).getByLabel('Description')).toHaveValue(
			'The capital, per a 2024 report.'
		);
		// Its citations stayed; the new node cites the renamed source.
		await expect(
			panel(page).getByRole('group', { name: 'Citation 2' }).getByLabel('Locator')
		).toHaveValue('¶9');
		await node(page, 'caspian-aid').click();
		await expect(
			panel(page).getByRole('group', { name: 'Citation 1' }).getByLabel('Source')
		).toHaveValue('gs-az-ir-2');

		// The whole merge is one step.
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect(node(page, 'caspian-aid')).toHaveCount(0);
		await expect(statusBar(page)).toContainText(`${N} nodes · ${E} edges`);
		await node(page, 'baku').click();
		await expect(panel(page).getByLabel('Description')).toHaveValue(/^Capital of Azerbaijan/);
	});

	test('merge by keyboard: the file’s side chosen with the arrow keys', async ({ page }) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page).getByRole('button', { name: 'Merge a file…' }).focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Merge a file' });
		await dialog.getByLabel('Also the same when').focus();
		await page.keyboard.press('Space');
		await dialog.getByLabel('File to merge').setInputFiles({
			name: 'spelling.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					nodes: [{ id: 'm1', label: 'MASHHAD', description: 'Shrine city in the north-east.' }]
				})
			)
		});
		// Matched by the alias "Mashhad", case aside: the same node, its description differs.
		await expect(dialog.getByRole('status')).toContainText('adds 0 nodes');
		const row = dialog.getByRole('row', { name: /Mashad description/ });
		await expect(row).toContainText('Shrine city in the north-east.');
		await row.getByRole('radio').first().focus();
		await page.keyboard.press('ArrowRight');
		await expect(row.getByRole('radio').nth(1)).toBeChecked();
		await dialog.getByRole('button', { name: 'Merge', exact: true }).focus();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		await expect(node(page, 'm1')).toHaveCount(0);
		await expect(statusBar(page)).toContainText(`${N} nodes`);
		await node(page, 'mashad').focus();
		await page.keyboard.press('Enter');
		const description = panel(page).getByLabel('Description');
		await expect(description).toHaveValue('Shrine city in the north-east.');
		await node(page, 'mashad').focus();
		await page.keyboard.press('Control+z');
		await expect(description).toHaveValue(/^Shrine city in north-eastern Iran/);
	});
});
