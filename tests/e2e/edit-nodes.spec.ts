import { expect, graph, node, openSettled, statusBar, test } from './fixtures';
import { panel, editButton, picker, E, S, editCopy, centre } from './edit-kit';

// Edit mode: the bundled network is edited as a copy; every change is checked as an opened file
// is, can be undone and redone, is kept in this browser and written by Download JSON. By mouse and
// by keyboard, end to end.

test.describe('Edit mode', () => {
	test('by mouse: add a node and an edge, edit a description and a citation, refuse, delete, undo, redo, reload, download and reopen', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		const baku = await centre(page, 'baku');

		// A double-click on an empty spot adds a node there; nothing else moves.
		const area = (await graph(page).boundingBox())!;
		await page.mouse.dblclick(area.x + 40, area.y + 60);
		await expect(panel(page).getByRole('heading', { name: 'Edit node' })).toBeVisible();
		const label = panel(page).getByLabel('Label');
		await expect(label).toBeFocused();
		await label.fill('Baku Charity Fund');
		await label.press('Enter');
		await expect(node(page, 'new-node')).toHaveAccessibleName(/Baku Charity Fund/);
		const added = await centre(page, 'new-node');
		expect(Math.abs(added.x - (area.x + 40))).toBeLessThan(2);
		expect(Math.abs(added.y - (area.y + 60))).toBeLessThan(2);
		expect(await centre(page, 'baku')).toEqual(baku);
		await expect(statusBar(page)).toContainText('2 changes not downloaded');

		// A node description.
		await panel(page).getByLabel('Description').fill('A charity set up in 2005.');
		await panel(page).getByLabel('Description').blur();

		// An edge from the selected node, by the form's pickers.
		const addEdge = panel(page).locator('form', { hasText: 'Add an edge' });
		await expect(addEdge.getByLabel('From')).toHaveValue('new-node');
		await addEdge.getByLabel('To').selectOption('baku');
		await addEdge.getByLabel('Relation').fill('funds');
		await addEdge.getByRole('button', { name: 'Add edge' }).click();
		await expect(panel(page).getByRole('heading', { name: 'Edit edge' })).toBeVisible();
		await expect(page.locator('.edge-proxy')).toHaveCount(E + 1);

		// A citation on the edge: the source and its locator.
		await panel(page).getByRole('button', { name: 'Add a citation' }).click();
		const citation = panel(page).getByRole('group', { name: 'Citation 1' });
		await expect(citation.getByLabel('Source')).toHaveValue('gs-az-ir');
		await citation.getByLabel('Locator').fill('¶9');
		await citation.getByLabel('Locator').blur();
		const changes = panel(page).getByRole('region', { name: /Changes since opening/ });
		await expect(changes.getByRole('listitem').last()).toHaveText(
			'sources of Baku Charity Fund → Baku'
		);

		// A citation of a source that does not exist is refused, said beside it, and not kept.
		await citation.getByLabel('Source').fill('no-such-source');
		await citation.getByLabel('Source').blur();
		await expect(panel(page).getByRole('alert')).toContainText(
			'"no-such-source" is not the id of any entry'
		);
		await expect(citation.getByLabel('Source')).toHaveValue('gs-az-ir');

		// A period that ends before it starts is refused; the period kept is shown.
		await panel(page).getByRole('spinbutton', { name: 'From' }).fill('2005');
		await panel(page).getByRole('spinbutton', { name: 'From' }).blur();
		await panel(page).getByRole('spinbutton', { name: 'To' }).fill('1999');
		await panel(page).getByRole('spinbutton', { name: 'To' }).blur();
		await expect(panel(page).getByRole('alert')).toContainText(
			'period.from must not be later than period.to'
		);
		await expect(panel(page).getByRole('spinbutton', { name: 'To' })).toHaveValue('');
		await expect(panel(page).getByRole('spinbutton', { name: 'From' })).toHaveValue('2005');

		// Delete a node with its edges; undo brings both back; redo deletes again.
		await node(page, 'mashad').click();
		await expect(panel(page).getByRole('heading', { name: 'Edit node' })).toBeVisible();
		const mashad = await centre(page, 'mashad');
		await panel(page)
			.getByRole('button', { name: /Delete this node and its \d edges?/ })
			.click();
		await expect(node(page, 'mashad')).toHaveCount(0);
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect(node(page, 'mashad')).toHaveCount(1);
		// Where it was (the box of a selected node differs by its ring: within a pixel).
		const back = await centre(page, 'mashad');
		expect(Math.abs(back.x - mashad.x) + Math.abs(back.y - mashad.y)).toBeLessThan(1);
		await page.getByRole('button', { name: 'Redo', exact: true }).click();
		await expect(node(page, 'mashad')).toHaveCount(0);

		await expect(changes.getByRole('listitem')).toHaveText([
			'adding New node',
			'label of New node',
			'description of Baku Charity Fund',
			'adding the edge Baku Charity Fund → Baku',
			'sources of Baku Charity Fund → Baku',
			'sources of Baku Charity Fund → Baku',
			'period of Baku Charity Fund → Baku',
			/^deleting Mashad and \d edges?$/
		]);

		// Kept in this browser: a reload shows the edits.
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await expect(node(page, 'new-node')).toHaveAccessibleName(/Baku Charity Fund/);
		await expect(node(page, 'mashad')).toHaveCount(0);
		await expect(statusBar(page)).toContainText('8 changes not downloaded');

		// Download JSON writes them; the count is gone; the file reopens with them.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click()
		]);
		await expect(statusBar(page)).not.toContainText('not downloaded');
		const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
		const saved = JSON.parse(text);
		const fund = saved.nodes.find((n: { id: string }) => n.id === 'new-node');
		expect(fund).toMatchObject({
			label: 'Baku Charity Fund',
			description: 'A charity set up in 2005.'
		});
		const edge = saved.edges.find((e: { source: string }) => e.source === 'new-node');
		expect(edge).toMatchObject({
			target: 'baku',
			relation: 'funds',
			period: { from: 2005 },
			sources: [{ source: 'gs-az-ir', locator: '¶9' }]
		});
		expect(saved.nodes.some((n: { id: string }) => n.id === 'mashad')).toBe(false);
		await picker(page).setInputFiles({
			name: 'edited.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(saved.title);
		await expect(node(page, 'new-node')).toHaveAccessibleName(/Baku Charity Fund/);
		await expect(node(page, 'mashad')).toHaveCount(0);
	});

	test('by keyboard: edit a copy, add a node, describe it, undo and redo with the keys', async ({
		page
	}) => {
		await openSettled(page);
		await editButton(page).focus();
		await page.keyboard.press('Enter');
		const copy = panel(page).getByRole('button', { name: 'Edit a copy' });
		await copy.focus();
		await page.keyboard.press('Enter');
		const name = panel(page).getByLabel('Label');
		await name.focus();
		await page.keyboard.type('Caspian Relief Trust');
		await page.keyboard.press('Enter');
		await expect(node(page, 'caspian-relief-trust')).toHaveCount(1);
		await expect(panel(page).getByRole('heading', { name: 'Edit node' })).toBeVisible();
		await panel(page).getByLabel('Description').focus();
		await page.keyboard.type('Runs relief convoys.');
		await page.keyboard.press('Tab');
		await expect(statusBar(page)).toContainText('2 changes not downloaded');
		// A new source, then a citation of it, all from the keyboard.
		await panel(page).getByText(`Sources (${S})`).focus();
		await page.keyboard.press('Enter');
		const addSource = panel(page).locator('form', { hasText: 'Add a source' });
		await addSource.getByLabel('Title').focus();
		await page.keyboard.type('Caspian Monitor');
		await page.keyboard.press('Enter');
		await expect(panel(page).getByText(`Sources (${S + 1})`)).toBeVisible();
		await panel(page).getByRole('button', { name: 'Add a citation' }).focus();
		await page.keyboard.press('Enter');
		const source = panel(page).getByRole('group', { name: 'Citation 1' }).getByLabel('Source');
		await source.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('caspian-monitor');
		await page.keyboard.press('Tab');
		await page.keyboard.type('p. 2');
		await page.keyboard.press('Tab');
		await expect(statusBar(page)).toContainText('6 changes not downloaded');
		await expect(source).toHaveValue('caspian-monitor');
		// A refused label (empty) is said, and the label kept.
		const label = panel(page).getByLabel('Label');
		await label.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Enter');
		await expect(panel(page).getByRole('alert')).toContainText('must not be empty');
		await expect(label).toHaveValue('Caspian Relief Trust');
		// Ctrl+Z outside a text field undoes the network's last change, Ctrl+Shift+Z redoes it.
		await panel(page).getByRole('button', { name: 'Done' }).focus();
		for (let k = 5; k >= 1; k--) {
			await page.keyboard.press('Control+z');
			await expect(statusBar(page)).toContainText(
				`${k} change${k === 1 ? '' : 's'} not downloaded`
			);
		}
		await page.keyboard.press('Control+z');
		await expect(statusBar(page)).not.toContainText('not downloaded');
		await expect(node(page, 'caspian-relief-trust')).toHaveCount(0);
		await page.keyboard.press('Control+Shift+z');
		await page.keyboard.press('Control+Shift+z');
		await expect(node(page, 'caspian-relief-trust')).toHaveCount(1);
		await expect(statusBar(page)).toContainText('2 changes not downloaded');
	});
});
