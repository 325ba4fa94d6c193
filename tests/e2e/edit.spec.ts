import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, statusBar, test } from './fixtures';

// Edit mode: the bundled network is edited as a copy; every change is checked as an opened file
// is, can be undone and redone, is kept in this browser and written by Download JSON.

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const editButton = (page: Page) => page.getByRole('button', { name: 'Edit', exact: true });
const picker = (page: Page) => page.locator('input[type="file"]');

const bundled = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { group?: string }[];
	edges: unknown[];
	sources: unknown[];
	events: { label: string }[];
};
// The bundled network's counts, which grow as its reporting does.
const [N, E, S] = [bundled.nodes.length, bundled.edges.length, bundled.sources.length];
const changesList = (page: Page) =>
	panel(page).getByRole('region', { name: /Changes since opening/ });

/** Turns edit mode on and makes the user's copy of the bundled network. */
async function editCopy(page: Page) {
	await editButton(page).click();
	await expect(editButton(page)).toHaveAttribute('aria-pressed', 'true');
	await expect(panel(page)).toContainText('This is the bundled network');
	await panel(page).getByRole('button', { name: 'Edit a copy' }).click();
	await expect(panel(page).getByRole('heading', { name: 'Add a node' })).toBeVisible();
	await expect(statusBar(page)).toContainText('Saved in this browser');
}

/** The centre of a node on screen. */
async function centre(page: Page, id: string) {
	const box = (await node(page, id).boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

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

	test('a second tab editing the same network is told and may not overwrite it', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		const other = await page.context().newPage();
		await other.goto('/');
		await expect(other.locator('html')).toHaveAttribute('data-ready');
		// The copy is what this browser keeps: the second tab opens it, editable at once.
		await editButton(other).click();
		await expect(panel(other).getByRole('heading', { name: 'Add a node' })).toBeVisible();
		// The first tab adds a node: the second is told, and its edits are refused until it reloads.
		await panel(page).getByLabel('Label').fill('From the first tab');
		await panel(page).getByRole('button', { name: 'Add node' }).click();
		await expect(statusBar(other)).toContainText('This network was changed in another tab');
		await expect(panel(other)).toContainText('Another tab has changed this network');
		await panel(other).getByRole('button', { name: 'Reload' }).click();
		await expect(other.locator('html')).toHaveAttribute('data-ready');
		await expect(node(other, 'from-the-first-tab')).toHaveCount(1);
	});

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

	test('a group’s colour: a refused one is said and the old kept, a good one lands', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page)
			.getByText(/^Groups \(\d+\)$/)
			.click();
		const group = panel(page).getByRole('group', { name: 'targets' });
		const colour = group.getByLabel('Colour');
		const was = await colour.inputValue();
		await colour.fill('red');
		await colour.press('Enter');
		await expect(group.getByRole('alert')).toContainText('a group color must be a hex colour');
		await expect(colour).toHaveValue(was);
		await colour.fill('#112233');
		await colour.press('Enter');
		await expect(group.getByRole('alert')).toHaveCount(0);
		const changes = panel(page).getByRole('region', { name: /Changes since opening/ });
		await expect(changes.getByRole('listitem')).toHaveText([/^color of the group /]);
		await expect(page.locator('.node[data-id="baku"] [fill="#112233"]').first()).toBeAttached();
	});

	test('events: a bad date is refused beside it, a new event is added and undone', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page)
			.getByText(/^Events \(\d+\)$/)
			.click();
		const first = panel(page).getByRole('group', { name: 'Event 1' });
		const date = first.getByLabel('Date');
		const was = await date.inputValue();
		await date.fill('spring 1992');
		await date.press('Enter');
		await expect(first.getByRole('alert')).toContainText('an event date must look like 1992');
		await expect(date).toHaveValue(was);
		const count = await panel(page)
			.getByRole('group', { name: /^Event \d+$/ })
			.count();
		await panel(page).getByLabel('New event date').fill('2024-03');
		await panel(page).getByLabel('New event label').fill('A new report');
		await panel(page).getByRole('button', { name: 'Add event' }).click();
		await expect(panel(page).getByRole('group', { name: /^Event \d+$/ })).toHaveCount(count + 1);
		await expect(
			panel(page)
				.getByRole('group', { name: `Event ${count + 1}` })
				.getByLabel('Event label')
		).toHaveValue('A new report');
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect(panel(page).getByRole('group', { name: /^Event \d+$/ })).toHaveCount(count);
	});

	test('an event’s citations and nodes by mouse: a refused source is said and kept, a node added and removed, undo and redo', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page)
			.getByText(/^Events \(\d+\)$/)
			.click();
		const first = panel(page).getByRole('group', { name: 'Event 1' });
		const name = bundled.events[0]!.label;
		const citation = first.getByRole('group', { name: 'Citation 1' });
		await expect(citation.getByLabel('Source')).toHaveValue('gs-az-ir');
		// A source the network does not list is refused beside the event's citations; the old stays.
		await citation.getByLabel('Source').fill('no-such-report');
		await citation.getByLabel('Source').blur();
		await expect(first.getByRole('alert')).toContainText(
			'"no-such-report" is not the id of any entry'
		);
		await expect(citation.getByLabel('Source')).toHaveValue('gs-az-ir');
		await citation.getByLabel('Locator').fill('¶4');
		await citation.getByLabel('Locator').blur();
		await expect(first.getByRole('alert')).toHaveCount(0);
		await expect(changesList(page).getByRole('listitem')).toHaveText([
			`sources of the event ${name}`
		]);

		// The nodes it concerns: one added with the picker, one removed.
		const nodes = first.getByRole('group', { name: 'Nodes it concerns' });
		await expect(nodes.getByRole('listitem')).toHaveCount(2);
		await nodes.getByRole('combobox', { name: 'Add' }).selectOption('baku');
		await expect(nodes.getByRole('listitem')).toHaveCount(3);
		await expect(nodes.getByRole('listitem').last()).toContainText('Baku');
		await nodes.getByRole('button', { name: 'Remove Iranian government from event 1' }).click();
		await expect(nodes.getByRole('listitem')).toHaveCount(2);
		await expect(nodes.getByRole('list')).not.toContainText('Iranian government');
		await expect(changesList(page).getByRole('listitem')).toHaveCount(3);

		// Undo takes back the removal, then the addition; Redo does the addition again.
		const undo = page.getByRole('button', { name: 'Undo', exact: true });
		await undo.click();
		await expect(nodes.getByRole('list')).toContainText('Iranian government');
		await undo.click();
		await expect(nodes.getByRole('list')).not.toContainText('Baku');
		await undo.click();
		await expect(citation.getByLabel('Locator')).toHaveValue('¶3');
		await page.getByRole('button', { name: 'Redo', exact: true }).click();
		await expect(citation.getByLabel('Locator')).toHaveValue('¶4');
		await page.getByRole('button', { name: 'Redo', exact: true }).click();
		await expect(nodes.getByRole('listitem').last()).toContainText('Baku');
	});

	test('an event’s citations and nodes by keyboard, undone with Ctrl+Z', async ({ page }) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page)
			.getByText(/^Events \(\d+\)$/)
			.focus();
		await page.keyboard.press('Enter');
		const first = panel(page).getByRole('group', { name: 'Event 1' });
		await first.getByRole('button', { name: 'Add a citation' }).focus();
		await page.keyboard.press('Enter');
		const second = first.getByRole('group', { name: 'Citation 2' });
		await second.getByLabel('Locator').focus();
		await page.keyboard.type('¶5');
		await page.keyboard.press('Enter');
		await expect(changesList(page).getByRole('listitem')).toHaveCount(2);
		await expect(second.getByLabel('Locator')).toHaveValue('¶5');
		const nodes = first.getByRole('group', { name: 'Nodes it concerns' });
		const count = await nodes.getByRole('listitem').count();
		await nodes.getByRole('combobox', { name: 'Add' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(nodes.getByRole('listitem')).toHaveCount(count + 1);
		// Removing one by keyboard.
		await nodes
			.getByRole('button', { name: /^Remove .* from event 1$/ })
			.first()
			.focus();
		await page.keyboard.press('Enter');
		await expect(nodes.getByRole('listitem')).toHaveCount(count);
		await expect(changesList(page).getByRole('listitem')).toHaveCount(4);
		await panel(page).getByRole('button', { name: 'Done' }).focus();
		for (let k = 3; k >= 1; k--) {
			await page.keyboard.press('Control+z');
			await expect(changesList(page).getByRole('listitem')).toHaveCount(4);
			await expect(changesList(page).locator('li.undone')).toHaveCount(4 - k);
		}
		await expect(first.getByRole('group', { name: 'Citation 2' })).toBeVisible();
		await page.keyboard.press('Control+z');
		await expect(first.getByRole('group', { name: 'Citation 2' })).toHaveCount(0);
	});

	test('deleting a group, type or source: refused with the count and the fix while used, else done and undone', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		await panel(page)
			.getByText(/^Groups \(\d+\)$/)
			.click();
		const targets = panel(page).getByRole('group', { name: 'targets' });
		await targets.getByRole('button', { name: 'Delete group' }).click();
		const used = bundled.nodes.filter((n) => n.group === 'targets').length;
		await expect(targets.getByRole('alert')).toHaveText(
			`${used} nodes are in this group: move them to another group first.`
		);
		await expect(targets).toBeVisible();
		await expect(changesList(page).getByRole('listitem')).toHaveCount(0);

		// A source cited nowhere goes; Undo brings it back.
		await panel(page)
			.getByText(/^Sources \(\d+\)$/)
			.click();
		const addSource = panel(page).locator('form', { hasText: 'Add a source' });
		await addSource.getByLabel('Title').fill('Spare notes');
		await addSource.getByRole('button', { name: 'Add source' }).click();
		const spare = panel(page).getByRole('group', { name: 'spare-notes' });
		await expect(spare).toBeVisible();
		await spare.getByRole('button', { name: 'Delete source' }).click();
		await expect(spare).toHaveCount(0);
		await expect(changesList(page).getByRole('listitem').last()).toHaveText(
			'deleting the source Spare notes'
		);
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect(spare).toBeVisible();

		// By keyboard: a cited source is refused, naming what cites it.
		const cited = panel(page).getByRole('group', { name: 'gs-az-ir' });
		await cited.getByRole('button', { name: 'Delete source' }).focus();
		await page.keyboard.press('Enter');
		await expect(cited.getByRole('alert')).toHaveText(
			/^Cited by \d+ nodes, \d+ edges and \d+ events: change or remove those citations of this source first\.$/
		);
		await expect(cited).toBeVisible();
	});
});
