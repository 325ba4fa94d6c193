import { expect, openSettled, test } from './fixtures';
import { panel, bundled, changesList, editCopy } from './edit-kit';

// Editing what is not a node or an edge: groups, events and their citations, sources.

test.describe('Edit groups, events and sources', () => {
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
