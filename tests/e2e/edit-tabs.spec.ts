import { expect, node, openSettled, statusBar, test } from './fixtures';
import { panel, editButton, editCopy } from './edit-kit';

// Two tabs editing the network this browser keeps: neither silently writes over the other.

test.describe('Edit mode in two tabs', () => {
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

	test('both tabs write before either hears of the other: the later write is refused, its edit kept to download', async ({
		page
	}) => {
		await openSettled(page);
		await editCopy(page);
		const other = await page.context().newPage();
		// The second tab hears nothing from the first until the test lets it: the words between
		// tabs arrive as late as they can, and only the stored version can refuse its write.
		await other.addInitScript(() => {
			const held: (() => void)[] = [];
			(window as unknown as { deliverHeld: () => void }).deliverHeld = () =>
				held.splice(0).forEach((f) => f());
			const Real = BroadcastChannel;
			window.BroadcastChannel = class extends Real {
				override set onmessage(heard: ((event: MessageEvent) => void) | null) {
					super.onmessage = heard && ((event) => void held.push(() => heard.call(this, event)));
				}
			};
		});
		await other.goto('/');
		await expect(other.locator('html')).toHaveAttribute('data-ready');
		await editButton(other).click();
		await expect(panel(other).getByRole('heading', { name: 'Add a node' })).toBeVisible();

		await panel(page).getByLabel('Label').fill('From the first tab');
		await panel(page).getByRole('button', { name: 'Add node' }).click();
		await expect(node(page, 'from-the-first-tab')).toHaveCount(1);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		// The second tab has not heard: it edits, and its write is refused by the stored version.
		await expect(panel(other)).not.toContainText('Another tab');
		await panel(other).getByLabel('Label').fill('From the second tab');
		await panel(other).getByRole('button', { name: 'Add node' }).click();
		await expect(statusBar(other)).toContainText('This network was changed in another tab');
		await expect(panel(other)).toContainText('Another tab has changed this network');
		await expect(panel(other)).toContainText('Download JSON keeps them');
		// Its edit is still there, and Download JSON writes it.
		await expect(node(other, 'from-the-second-tab')).toHaveCount(1);
		const [download] = await Promise.all([
			other.waitForEvent('download'),
			other.getByRole('button', { name: 'Download JSON' }).click()
		]);
		const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
		const ids = (JSON.parse(text) as { nodes: { id: string }[] }).nodes.map((n) => n.id);
		expect(ids).toContain('from-the-second-tab');
		// The held word lands late in the second tab; the refused write sent none to the first.
		await other.evaluate(() => (window as unknown as { deliverHeld: () => void }).deliverHeld());
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await expect(statusBar(page)).not.toContainText('another tab');
		// What this browser keeps is the first tab's network.
		const third = await page.context().newPage();
		await third.goto('/');
		await expect(third.locator('html')).toHaveAttribute('data-ready');
		await expect(node(third, 'from-the-first-tab')).toHaveCount(1);
		await expect(node(third, 'from-the-second-tab')).toHaveCount(0);
	});
});
