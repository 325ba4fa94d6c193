import type { Page } from '@playwright/test';
import { dragNode, expect, graph, openSettled, statusBar, test } from './fixtures';

// What this browser keeps, when the records are damaged, two tabs write, or storage fails. Records
// are written straight into IndexedDB (database influence-map, store state) as a damaged or old
// copy would be, then the page is reloaded.

const BUNDLED_TITLE = "Iran's influence networks in Azerbaijan";
const NOT_SAVED = 'Not saved: the browser refused to store it — Download JSON to keep your work';
const OTHER_TAB = 'This network was changed in another tab — reload to see it';

const picker = (page: Page) => page.locator('input[type="file"]');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const setAside = (page: Page) => page.getByRole('region', { name: 'Saved copy set aside' });

/** A chain of `ids`; `placed`, every node has a position, so nothing is laid out. */
const chainFile = (name: string, ids: string[], placed = false) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(
		JSON.stringify({
			nodes: ids.map((id, i) => (placed ? { id, x: 60 * i, y: 30 * (i % 2) } : { id })),
			edges: ids.slice(1).map((id, i) => ({ source: ids[i], target: id }))
		})
	)
});

/** Opens a chain of `ids` as `name.json` and waits until it is kept in this browser. */
async function openKept(page: Page, name: string, ids: string[]) {
	await picker(page).setInputFiles(chainFile(`${name}.json`, ids));
	await expect(heading(page)).toHaveText(name);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(statusBar(page)).toContainText('Saved in this browser');
}

/** The page is ready and drawn, once its scripts have restored what this browser kept. */
async function ready(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-ready');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
}

/**
 * One change to a stored record, as a damaged copy or another writer would make it: `value` (or
 * `text`, as UTF-8 bytes) is set at `path` inside the record under `key`, or replaces the record.
 */
interface Edit {
	key: string;
	path?: (string | number)[];
	value?: unknown;
	text?: string;
}

/** Applies the edits to the stored records in one transaction. */
async function editRecords(page: Page, ...edits: Edit[]) {
	await page.evaluate(
		(edits) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('influence-map');
				open.onupgradeneeded = () => open.result.createObjectStore('state');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('state', 'readwrite');
					const store = tx.objectStore('state');
					for (const { key, path = [], value, text } of edits) {
						const next = text === undefined ? value : new TextEncoder().encode(text);
						if (path.length === 0) {
							store.put(next, key);
							continue;
						}
						const read = store.get(key);
						read.onsuccess = () => {
							const record = read.result;
							let at = record;
							for (const step of path.slice(0, -1)) at = at[step];
							at[path.at(-1)!] = next;
							store.put(record, key);
						};
					}
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		edits
	);
}

/** The keys of the stored records. */
function storedKeys(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('influence-map');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const keys = db.transaction('state').objectStore('state').getAllKeys();
					keys.onsuccess = () => (db.close(), resolve((keys.result as string[]).sort()));
				};
			})
	);
}

const DAMAGED_BUNDLED: Edit = {
	key: 'bundled',
	value: { kind: 'bundled', pins: 'baku', positions: null }
};

test.describe('a damaged saved copy', () => {
	test('a kept network whose saved layout is damaged reopens laid out afresh, with a message, and keeps its files', async ({
		page
	}) => {
		await openSettled(page);
		await openKept(page, 'small', ['a', 'b', 'c', 'd']);
		// Numbers where they belong, but the pins are not a list.
		await editRecords(page, {
			key: 'current',
			path: ['layout'],
			value: { positions: [0, 0, 1, 1, 2, 2, 3, 3], pinned: 5 }
		});
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('small');
		await expect(statusBar(page)).toContainText('4 nodes · 3 edges');
		await expect(setAside(page)).toContainText('The saved layout of small.json was damaged');
		await expect(page.getByRole('alert')).toHaveCount(0);

		// The files were not deleted: the next visit opens them again, and the copy set aside is offered.
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('small');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			setAside(page).getByRole('button', { name: 'Download it' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^influence-map_set-aside_.*\.json$/);
		const text = await (await download.createReadStream()).toArray();
		expect(JSON.parse(Buffer.concat(text).toString('utf8')).value.layout.pinned).toBe(5);

		// Starting afresh deletes only what was set aside.
		await setAside(page).getByRole('button', { name: 'Delete it and start afresh' }).click();
		await expect(setAside(page)).toHaveCount(0);
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('small');
		await expect(setAside(page)).toHaveCount(0);
	});

	test('a kept network whose files no longer open is set aside with a message, not deleted', async ({
		page
	}) => {
		await openSettled(page);
		await openKept(page, 'small', ['a', 'b']);
		await editRecords(page, { key: 'files', path: ['files', 0, 'bytes'], text: '{"nodes": 3}' });
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText(BUNDLED_TITLE);
		await expect(setAside(page)).toContainText(
			'The network kept in this browser (small.json) could not be reopened'
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			setAside(page).getByRole('button', { name: 'Download it' }).click()
		]);
		// The file itself, as it was kept.
		expect(download.suggestedFilename()).toBe('small.json');
		const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
		expect(bytes.toString('utf8')).toBe('{"nodes": 3}');
		await page.reload();
		await ready(page);
		await expect(setAside(page)).toContainText('(small.json) could not be reopened');
		expect((await storedKeys(page)).filter((k) => k.startsWith('aside:'))).toHaveLength(1);
	});

	test('a damaged record of the bundled network’s layout blocks neither the page, the kept network nor saving', async ({
		page
	}) => {
		await openSettled(page);
		await openKept(page, 'small', ['a', 'b', 'c']);
		await editRecords(page, DAMAGED_BUNDLED);
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('small');
		await expect(setAside(page)).toContainText(
			'The saved layout of the bundled network was damaged'
		);
		// Work goes on being saved.
		await dragNode(page, page.locator('.node[data-id="b"]'), 40, 30);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await ready(page);
		await expect(page.locator('.node[data-id="b"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);
	});

	test('a damaged record of the bundled network’s layout does not keep a link’s network from showing', async ({
		page
	}) => {
		await openSettled(page);
		await editRecords(page, DAMAGED_BUNDLED);
		await page.goto('/?data=datasets/example.json');
		await ready(page);
		await expect(heading(page)).toHaveText('Example: a small network');
		await expect(statusBar(page)).toContainText('4 nodes · 4 edges');
	});

	test('a damaged layout kept for a link opens the link laid out afresh, on every visit', async ({
		page
	}) => {
		await openSettled(page);
		await editRecords(page, {
			key: 'link:/datasets/example.json',
			value: { positions: [0, 0, 1, 1, 2, 2, 3, 3], pinned: 5, ids: ['a', 'b', 'c', 'd'] }
		});
		for (let visit = 0; visit < 2; visit++) {
			await page.goto('/?data=datasets/example.json');
			await ready(page);
			await expect(heading(page)).toHaveText('Example: a small network');
			await expect(statusBar(page)).toContainText('4 nodes · 4 edges');
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(setAside(page)).toContainText(
				'The saved layout of /datasets/example.json was damaged'
			);
		}
		// Its layout is kept again, as for any link.
		await dragNode(page, graph(page).locator('.node[data-id="b"]'), 50, 30);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await ready(page);
		await expect(graph(page).locator('.node[data-id="b"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);
	});
});

test.describe('two tabs', () => {
	test('editing in turn in two tabs never loses a network; the tab that lost the copy is told', async ({
		page,
		context
	}) => {
		await openSettled(page);
		await openKept(page, 'alpha', ['a1', 'a2', 'a3']);

		const other = await context.newPage();
		await openSettled(other);
		await expect(heading(other)).toHaveText('alpha');
		// Looking is not changing: the first tab still holds the copy.
		await dragNode(page, page.locator('.node[data-id="a2"]'), 30, 20);
		await expect(statusBar(page)).toContainText('Saved in this browser');

		await openKept(other, 'beta', ['b1', 'b2', 'b3', 'b4']);
		await expect(statusBar(page)).toContainText(OTHER_TAB);
		// The first tab's moves no longer write over the second tab's network.
		await dragNode(page, page.locator('.node[data-id="a3"]'), 30, 20);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText(OTHER_TAB);
		await expect(statusBar(page)).not.toContainText('Saved in this browser');

		await dragNode(other, other.locator('.node[data-id="b2"]'), 40, 30);
		await expect(statusBar(other)).toContainText('Saved in this browser');
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('beta');
		await expect(page.locator('.node[data-id="b2"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);

		// Now the first tab edits and the second is told.
		await dragNode(page, page.locator('.node[data-id="b4"]'), -40, 30);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await expect(statusBar(other)).toContainText(OTHER_TAB);
		// Forgetting in the tab that lost the copy does not delete the other tab's network.
		await other.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(heading(other)).toHaveText(BUNDLED_TITLE);
		await other.reload();
		await ready(other);
		await expect(heading(other)).toHaveText('beta');
		for (const id of ['b2', 'b4'])
			await expect(other.locator(`.node[data-id="${id}"]`)).toHaveAttribute(
				'aria-describedby',
				'im-pinned-note'
			);
		await expect(other.getByRole('alert')).toHaveCount(0);
	});
});

test.describe('storage that fails', () => {
	test('a write the browser refuses shows in the status, and the opened network is not claimed kept', async ({
		page
	}) => {
		await page.addInitScript(() => {
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await openSettled(page);
		await picker(page).setInputFiles(chainFile('small.json', ['a', 'b', 'c']));
		await expect(heading(page)).toHaveText('small');
		await expect(statusBar(page)).toContainText(NOT_SAVED);
		await dragNode(page, page.locator('.node[data-id="b"]'), 30, 20);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText(NOT_SAVED);
		await expect(statusBar(page)).not.toContainText('Saved in this browser');
	});

	test('files refused once (as when the database is cleared during the write) are kept with the next change', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			let refused = false;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, value, key) {
				if (key === 'files' && !refused) {
					refused = true;
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				}
				return put.call(this, value, key);
			};
		});
		await openSettled(page);
		// Placed by the file: nothing changes until the user moves a node.
		await picker(page).setInputFiles(chainFile('small.json', ['a', 'b', 'c'], true));
		await expect(heading(page)).toHaveText('small');
		await expect(statusBar(page)).toContainText(NOT_SAVED);
		await dragNode(page, page.locator('.node[data-id="b"]'), 30, 20);
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await ready(page);
		await expect(heading(page)).toHaveText('small');
		await expect(page.locator('.node[data-id="b"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);
	});

	test('a copy deleted while the page is open (site data cleared) is not claimed saved', async ({
		page
	}) => {
		await openSettled(page);
		await openKept(page, 'small', ['a', 'b', 'c']);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', {
			origin: new URL(page.url()).origin,
			storageTypes: 'indexeddb'
		});
		await dragNode(page, page.locator('.node[data-id="b"]'), 30, 20);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('Not saved');
		await expect(statusBar(page)).toContainText('Download JSON to keep your work');
		await expect(statusBar(page)).not.toContainText('Saved in this browser');
	});

	for (const [what, script] of [
		['missing', 'Object.defineProperty(window, "indexedDB", { value: undefined })'],
		[
			'failing to open',
			`IDBFactory.prototype.open = function () {
				const request = {};
				setTimeout(() => {
					Object.defineProperty(request, 'error', { value: new DOMException('No storage here.', 'UnknownError') });
					request.onerror?.({ target: request });
				});
				return request;
			}`
		],
		['never opening', 'IDBFactory.prototype.open = function () { return {}; }']
	] as const)
		test(`IndexedDB ${what} is reported in the status, and the page works`, async ({ page }) => {
			await page.addInitScript(script);
			await page.goto('/');
			await ready(page);
			await expect(statusBar(page)).toContainText(
				'Not saved: this browser does not let the page keep anything — Download JSON to keep your work'
			);
			await picker(page).setInputFiles(chainFile('small.json', ['a', 'b', 'c']));
			await expect(heading(page)).toHaveText('small');
			await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
			await expect(statusBar(page)).toContainText('Not saved');
		});
});
