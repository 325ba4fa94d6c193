import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPositions } from '$lib/layout/start';
import { toKeyed, type LayoutSnapshot, type LayoutWithIds } from '$lib/model/layout-snapshot';
import { loadDataset } from '$lib/model';
import { inThreadEngine } from '$lib/state/layout-runner.svelte';
import { DatasetSession } from '$lib/state/session.svelte';
import { ViewState } from '$lib/state/view-state.svelte';
import type { StoredPersistence } from '$lib/state/persist';
import { chain, gate, ImportHere, jsonFile, MemoryBrowser } from './session-fakes';

const BUNDLED = loadDataset(chain('Bundled', ['x', 'y', 'z'])).dataset;
/** The bundled network as laid out at build time. */
const BUILT: LayoutSnapshot = { positions: [0, 0, 50, 0, 100, 0], pinned: [] };

const sessions: DatasetSession[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.runner.destroy();
});

/** A page's session over fakes: an in-memory browser store, this thread for the workers. */
function setup(
	options: {
		href?: string;
		browser?: MemoryBrowser;
		/** This tab's persistence, over `browser`; a new tab's if not given. */
		persistence?: StoredPersistence;
		served?: Record<string, unknown>;
	} = {}
) {
	const browser = options.browser ?? new MemoryBrowser();
	const persistence = options.persistence ?? browser.tab(`tab ${sessions.length + 1}`);
	const worker = new ImportHere();
	const served = options.served ?? {};
	const fetched: string[] = [];
	const downloads: Promise<void>[] = [];
	/** The node ids known each time the view was read from the address. */
	const reads: string[] = [];
	const session = new DatasetSession({
		bundled: { dataset: BUNDLED, layout: BUILT },
		view: new ViewState(),
		address: { read: (known) => reads.push([...known.nodes].join()), settle: () => {} },
		href: options.href ?? 'https://im.test/',
		persistence,
		openInWorker: worker.open,
		fetch: async (url) => {
			fetched.push(url.href);
			await downloads.shift();
			const body = served[url.pathname + url.search];
			return new Response(body === undefined ? 'no' : JSON.stringify(body), {
				status: body === undefined ? 404 : 200
			});
		},
		engine: inThreadEngine,
		nextFrame: async () => {}
	});
	sessions.push(session);
	return { session, browser, persistence, worker, fetched, downloads, reads };
}

const file = (name: string, value: unknown) => new File([JSON.stringify(value)], name);
const mine = () => file('mine.json', chain('Mine', ['m1', 'm2']));

/** Lets the layout run until it settles, as the page's effect starts it. */
async function settle(session: DatasetSession) {
	session.runner.start();
	await vi.waitFor(() => expect(session.runner.busy).toBe(false), { timeout: 5000 });
}

/** Saves as the page's effect does, and waits until the store has answered. */
async function save(session: DatasetSession) {
	session.saveLayout();
	await vi.waitFor(() => expect(session.saved).toBe('saved'));
}

/** A network an earlier visit kept: a chain of `ids` in `title`.json. */
const kept = (title: string, ids: string[]) => ({
	name: `${title}.json`,
	files: [jsonFile(`${title}.json`, chain(title, ids))],
	stamp: 7
});

/** The bundled network's layout as stored. */
const keyed = (layout: LayoutWithIds) => ({ kind: 'bundled', ...toKeyed(layout) });

describe('DatasetSession: the latest network opened wins', () => {
	it('a file opened while the kept network is read wins over it', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1', 'k2']));
		const persistence = browser.tab('tab');
		const reading = gate();
		const load = persistence.loadOpened.bind(persistence);
		persistence.loadOpened = async () => {
			const found = await load();
			await reading.promise;
			return found;
		};
		const { session } = setup({ browser, persistence });
		const starting = session.start();
		await session.openFiles([mine()]);
		expect(session.opened?.title).toBe('Mine');
		reading.open();
		await starting;
		expect(session.opened?.title).toBe('Mine');
		expect(session.restored).toBe(true);
		expect(session.importError).toBe('');
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('mine.json'));
	});

	it('a file opened while the kept network is parsed wins, though that parse ends last', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1', 'k2']));
		const { session, worker } = setup({ browser });
		const parsing = gate();
		worker.gates.push(parsing.promise);
		const starting = session.start();
		await vi.waitFor(() => expect(worker.calls).toEqual(['Kept.json']));
		await session.openFiles([mine()]);
		expect(session.opened?.title).toBe('Mine');
		parsing.open();
		await starting;
		expect(session.opened?.title).toBe('Mine');
		expect(session.opening).toBeNull();
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('mine.json'));
	});

	it('a file opened while a link’s network downloads wins over the link', async () => {
		const { session, fetched, downloads, browser } = setup({
			href: 'https://im.test/?data=net.json',
			served: { '/net.json': chain('Linked', ['l1', 'l2']) }
		});
		// Until the link's network opens or fails, the bundled one is not shown in its place.
		expect(session.showNetwork).toBe(false);
		const downloading = gate();
		downloads.push(downloading.promise);
		const starting = session.start();
		await vi.waitFor(() => expect(fetched).toEqual(['https://im.test/net.json']));
		await session.openFiles([mine()]);
		expect(session.opened?.title).toBe('Mine');
		downloading.open();
		await starting;
		expect(session.opened?.title).toBe('Mine');
		expect(session.importError).toBe('');
		expect(session.showNetwork).toBe(true);
		// What is kept is the file, not a layout under the link.
		await settle(session);
		await save(session);
		expect(browser.links().size).toBe(0);
		expect(browser.opened()?.layout?.positions).toHaveLength(4);
	});

	it('a file opened while a link’s kept layout is read wins over the link', async () => {
		const browser = new MemoryBrowser();
		const persistence = browser.tab('tab');
		const reading = gate();
		persistence.loadLink = async () => (await reading.promise, undefined);
		const { session, fetched } = setup({
			browser,
			persistence,
			href: 'https://im.test/?data=net.json',
			served: { '/net.json': chain('Linked', ['l1', 'l2']) }
		});
		const starting = session.start();
		await session.openFiles([mine()]);
		reading.open();
		await starting;
		expect(session.opened?.title).toBe('Mine');
		expect(fetched).toEqual([]);
	});
});

describe('DatasetSession: what an earlier visit kept', () => {
	it('reopens the kept network, then takes the view from the address for it', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1', 'k2']));
		const { session, reads } = setup({ browser });
		await session.start();
		expect(session.opened?.title).toBe('Kept');
		expect(session.importName).toBe('Kept.json');
		expect(reads).toEqual(['x,y,z', 'k1,k2']);
		// The files are not written again: only the layout will be.
		expect(browser.filesWritten).toBe(0);
		expect(session.setAside).toEqual([]);
	});

	it('a network reopened as it was left is not written again: looking is not changing', async () => {
		const browser = new MemoryBrowser();
		const first = setup({ browser }).session;
		await first.start();
		await first.openFiles([mine()]);
		await settle(first);
		await save(first);
		const writes = browser.store.writes.get('current');

		const second = setup({ browser }).session;
		await second.start();
		expect(second.opened?.title).toBe('Mine');
		expect(second.runner.busy).toBe(false);
		await save(second);
		expect(browser.store.writes.get('current')).toBe(writes);
	});

	it('sets aside a kept copy that is refused, says so, and deletes it only when asked', async () => {
		const browser = new MemoryBrowser();
		browser.keep({ ...kept('Kept', []), files: [jsonFile('Kept.json', { nodes: 3 })] });
		const { session } = setup({ browser });
		await session.start();
		expect(session.opened).toBeNull();
		expect(session.restored).toBe(true);
		expect(browser.opened()).toBeUndefined();
		expect(session.setAside).toHaveLength(1);
		expect(session.setAside[0]!.message).toBe(
			'The network kept in this browser (Kept.json) could not be reopened.'
		);
		expect(session.setAside[0]!.detail).toContain('Kept.json');
		// The file itself, as kept, is offered.
		const download = await session.download(session.setAside[0]!.id);
		expect(download?.name).toBe('Kept.json');
		expect(new TextDecoder().decode(download!.data as Uint8Array)).toBe('{"nodes":3}');

		// Still there on the next visit, until the user starts afresh.
		const next = setup({ browser }).session;
		await next.start();
		expect(next.setAside).toHaveLength(1);
		await next.discardSetAside();
		expect(next.setAside).toEqual([]);
		expect(browser.aside()).toEqual([]);
		const last = setup({ browser }).session;
		await last.start();
		expect(last.setAside).toEqual([]);
	});

	it('sets aside a record whose files are missing', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1']));
		browser.store.records.delete('files');
		const { session, worker } = setup({ browser });
		await session.start();
		expect(worker.calls).toEqual([]);
		expect(session.restored).toBe(true);
		expect(browser.opened()).toBeUndefined();
		expect(session.setAside.map((c) => c.detail)).toEqual(['its files are missing']);
	});

	it('keeps a copy that failed on the way, for the next visit, and says so', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1', 'k2']));
		const { session, worker } = setup({ browser });
		worker.broken = true;
		await session.start();
		expect(session.opened).toBeNull();
		expect(session.restored).toBe(true);
		expect(browser.opened()?.name).toBe('Kept.json');
		expect(session.importError).toBe(
			'Kept.json, kept in this browser, could not be reopened: The file could not be opened: the import worker failed. It is still kept: reload the page to try again.'
		);
		expect(browser.aside()).toEqual([]);
	});
});

describe('DatasetSession: a damaged saved copy', () => {
	it('a damaged layout of the kept network is set aside: the files reopen, laid out afresh', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1', 'k2']));
		const damaged = { positions: [0, 0, 1, 1], pinned: 5 };
		(browser.store.records.get('current') as { layout: unknown }).layout = damaged;
		const { session } = setup({ browser });
		await session.start();
		expect(session.opened?.title).toBe('Kept');
		expect(session.runner.busy).toBe(true);
		expect(session.setAside).toEqual([
			{
				id: expect.stringMatching(/^aside:/),
				message: 'The saved layout of Kept.json was damaged; the network was laid out afresh.',
				detail: 'pinned: pinned must be a list of node indices'
			}
		]);
		expect(browser.aside()[0]!.value).toMatchObject({ layout: damaged });
		// The files stay, and the network goes on being kept.
		expect(browser.opened()?.files?.[0]?.name).toBe('Kept.json');
		await settle(session);
		await save(session);
		expect(browser.opened()?.layout?.positions).toHaveLength(4);
		const download = await session.download(session.setAside[0]!.id);
		expect(download?.name).toMatch(/^influence-map_set-aside_current_\d{4}-\d\d-\d\d\.json$/);
		expect(JSON.parse(download!.data as string).value.layout).toEqual(damaged);
	});

	it.each([
		['not a record', 'damaged'],
		['positions of the wrong shape', { kind: 'bundled', pins: [], positions: { x: 'here' } }],
		['positions missing', { kind: 'bundled', pins: 'x', positions: null }]
	])(
		'a damaged record of the bundled network’s layout (%s) neither throws nor keeps the kept network from opening',
		async (_, record) => {
			const browser = new MemoryBrowser();
			browser.keep(kept('Kept', ['k1', 'k2']));
			browser.store.records.set('bundled', record);
			const { session } = setup({ browser });
			await session.start();
			expect(session.restored).toBe(true);
			expect(session.opened?.title).toBe('Kept');
			expect(session.setAside.map((c) => c.message)).toEqual([
				'The saved layout of the bundled network was damaged; it is shown as built.'
			]);
			expect(browser.store.records.has('bundled')).toBe(false);
			await settle(session);
			await save(session);
		}
	);

	it('a damaged record of the bundled network’s layout does not keep a link from opening', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set('bundled', { kind: 'bundled', pins: 'x', positions: null });
		const { session } = setup({
			browser,
			href: 'https://im.test/?data=net.json',
			served: { '/net.json': chain('Linked', ['l1', 'l2']) }
		});
		await session.start();
		expect(session.opened?.title).toBe('Linked');
		expect(session.showNetwork).toBe(true);
	});

	it('a damaged layout kept for a link is set aside: the link opens on every visit', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set('link:/net.json', {
			positions: [0, 0, 1, 1],
			pinned: 5,
			ids: ['l1', 'l2']
		});
		const served = { '/net.json': chain('Linked', ['l1', 'l2']) };
		const href = 'https://im.test/?data=net.json';
		for (const visit of [1, 2]) {
			const { session } = setup({ browser, href, served });
			await session.start();
			expect(session.opened?.title, `visit ${visit}`).toBe('Linked');
			expect(session.importError).toBe('');
			expect(session.setAside.map((c) => c.message)).toEqual([
				'The saved layout of /net.json was damaged; the network was laid out afresh.'
			]);
		}
		expect(browser.aside()).toHaveLength(1);
	});

	it('files kept beside another network’s record (two tabs before writes were checked) open under their own names', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Beta', ['b1', 'b2']));
		browser.store.records.set('current', {
			kind: 'opened',
			name: 'Alpha.json',
			stamp: 3,
			layout: { positions: [0, 0, 1, 1, 2, 2], pinned: [] }
		});
		const { session } = setup({ browser });
		await session.start();
		expect(session.opened?.title).toBe('Beta');
		expect(session.importName).toBe('Beta.json');
		expect(session.setAside.map((c) => c.detail)).toEqual([
			'it names files written at another time'
		]);
		expect(browser.opened()?.name).toBe('Beta.json');
	});

	it('files of the wrong shape are set aside with their record', async () => {
		const browser = new MemoryBrowser();
		browser.keep(kept('Kept', ['k1']));
		browser.store.records.set('files', { stamp: 7, files: 'k1,k2' });
		const { session } = setup({ browser });
		await session.start();
		expect(session.opened).toBeNull();
		expect(session.setAside.map((c) => c.detail)).toEqual([
			'its files are damaged (files: files must be a list)'
		]);
		expect(browser.aside()[0]!.value).toMatchObject({ files: { files: 'k1,k2' } });
	});
});

describe('DatasetSession: two tabs', () => {
	it('a tab whose network another tab replaced is told, writes nothing and deletes nothing', async () => {
		const browser = new MemoryBrowser();
		const first = setup({ browser }).session;
		await first.start();
		await first.openFiles([file('alpha.json', chain('Alpha', ['a1', 'a2', 'a3']))]);
		await settle(first);
		await save(first);

		const second = setup({ browser }).session;
		await second.start();
		expect(second.opened?.title).toBe('Alpha');
		await second.openFiles([file('beta.json', chain('Beta', ['b1', 'b2']))]);
		await settle(second);
		await save(second);
		// Told as soon as the other tab wrote.
		await vi.waitFor(() => expect(first.saved).toBe('conflict'));

		first.runner.pin(1, 40, 40);
		await settle(first);
		first.saveLayout();
		await vi.waitFor(() => expect(first.saved).toBe('conflict'));
		expect(browser.opened()?.name).toBe('beta.json');
		expect(browser.opened()?.layout?.positions).toHaveLength(4);
		expect(browser.opened()?.files?.[0]?.name).toBe('beta.json');

		await first.forget();
		expect(browser.opened()?.name).toBe('beta.json');
		const third = setup({ browser }).session;
		await third.start();
		expect(third.opened?.title).toBe('Beta');
	});

	it('without a word from the other tab, the write itself finds the record changed', async () => {
		const browser = new MemoryBrowser();
		const first = setup({ browser }).session;
		await first.start();
		await first.openFiles([file('alpha.json', chain('Alpha', ['a1', 'a2']))]);
		await settle(first);
		await save(first);
		const second = setup({ browser }).session;
		await second.start();
		second.runner.pin(0, 5, 5);
		await settle(second);
		// The second tab's word is not heard before the first tab writes.
		await save(second);
		first.runner.pin(1, 9, 9);
		await settle(first);
		first.saveLayout();
		await vi.waitFor(() => expect(first.saved).toBe('conflict'));
		expect(Array.from(browser.opened()!.layout!.positions).slice(0, 2)).toEqual([5, 5]);
	});

	it('the bundled network’s pins from two tabs do not mix', async () => {
		const browser = new MemoryBrowser();
		const first = setup({ browser }).session;
		const second = setup({ browser }).session;
		await first.start();
		await second.start();
		first.runner.pin(0, 1, 2);
		await settle(first);
		await save(first);
		second.runner.pin(2, 3, 4);
		await settle(second);
		second.saveLayout();
		await vi.waitFor(() => expect(second.saved).toBe('conflict'));
		expect(browser.bundled()?.pinned).toEqual([0]);
		// Unpinning everything in the tab that lost does not delete the other's pins either.
		second.resetLayout();
		await settle(second);
		second.saveLayout();
		await vi.waitFor(() => expect(second.saved).toBe('conflict'));
		expect(browser.bundled()?.pinned).toEqual([0]);
	});

	it('pins forgotten in another tab are kept again by the tab that pins next', async () => {
		const browser = new MemoryBrowser();
		const first = setup({ browser }).session;
		await first.start();
		first.runner.pin(0, 1, 2);
		await settle(first);
		await save(first);
		const second = setup({ browser }).session;
		await second.start();
		await second.forget();
		expect(browser.bundled()).toBeUndefined();
		first.runner.pin(1, 5, 5);
		await settle(first);
		await save(first);
		expect(browser.bundled()?.pinned).toEqual([0, 1]);
	});
});

describe('DatasetSession: storage that fails', () => {
	it('writes the browser refuses are reported, never claimed saved', async () => {
		const { session, browser } = setup();
		await session.start();
		browser.store.refuse = Infinity;
		await session.openFiles([mine()]);
		await vi.waitFor(() => expect(session.saved).toBe('refused'));
		await settle(session);
		session.runner.pin(0, 3, 3);
		await settle(session);
		// The files are tried again with the change, and refused again.
		session.saveLayout();
		expect(session.saved).toBeNull();
		await vi.waitFor(() => expect(session.saved).toBe('refused'));
		expect(browser.filesWritten).toBe(0);
		// The bundled network's pins too.
		await session.forget();
		session.runner.pin(0, 3, 3);
		await settle(session);
		session.saveLayout();
		await vi.waitFor(() => expect(session.saved).toBe('refused'));
	});

	it('files refused once (a database cleared during the write) are written with the next change', async () => {
		const { session, browser } = setup();
		await session.start();
		browser.store.refuse = 1;
		await session.openFiles([mine()]);
		await vi.waitFor(() => expect(session.saved).toBe('refused'));
		await settle(session);
		session.runner.pin(0, 3, 3);
		await settle(session);
		session.saveLayout();
		await vi.waitFor(() => expect(browser.filesWritten).toBe(1));
		// Once they are written, the page's effect saves the layout.
		await save(session);
		expect(browser.opened()?.files?.[0]?.name).toBe('mine.json');
		expect(browser.opened()?.layout?.pinned).toEqual([0]);
	});

	it('storage that is missing is reported from the start, and the page works without it', async () => {
		const { session, browser } = setup();
		browser.store.missing = true;
		await session.start();
		expect(session.restored).toBe(true);
		expect(session.saved).toBe('unavailable');
		await session.openFiles([mine()]);
		expect(session.opened?.title).toBe('Mine');
		await settle(session);
		session.saveLayout();
		expect(session.saved).toBe('unavailable');
	});

	it('a copy deleted while the page is open (site data cleared) is reported, not claimed saved', async () => {
		const { session, browser } = setup();
		await session.start();
		await session.openFiles([mine()]);
		await settle(session);
		await save(session);
		browser.store.records.clear();
		session.runner.pin(0, 3, 3);
		await settle(session);
		session.saveLayout();
		await vi.waitFor(() => expect(session.saved).toBe('gone'));
		expect(browser.store.records.size).toBe(0);
	});
});

describe('DatasetSession: layouts', () => {
	it('keeps a link’s layout under its path and query with node ids, used only while they match', async () => {
		const browser = new MemoryBrowser();
		const href = `https://im.test/app/?data=${encodeURIComponent('net.json?v=2')}`;
		const served: Record<string, unknown> = {
			'/app/net.json?v=2': chain('Linked', ['a', 'b', 'c'])
		};
		const first = setup({ browser, href, served }).session;
		await first.start();
		expect(first.opened?.title).toBe('Linked');
		await settle(first);
		first.runner.pin(1, 40, 30);
		await settle(first);
		await save(first);
		expect([...browser.links().keys()]).toEqual(['/app/net.json?v=2']);
		const layout = browser.links().get('/app/net.json?v=2')!;
		expect(layout.ids).toEqual(['a', 'b', 'c']);
		expect(layout.pinned).toEqual([1]);
		expect([layout.positions[2], layout.positions[3]]).toEqual([40, 30]);
		expect(browser.opened()).toBeUndefined();

		// The next visit finds the same file: drawn as it was left, with nothing to lay out.
		const second = setup({ browser, href, served }).session;
		await second.start();
		expect(second.runner.busy).toBe(false);
		expect(Array.from(second.runner.positions)).toEqual(Array.from(layout.positions));
		expect([...second.runner.pinned]).toEqual([1]);

		// The file has changed since (same count, other order): it is laid out afresh.
		served['/app/net.json?v=2'] = chain('Linked', ['a', 'c', 'b']);
		const third = setup({ browser, href, served }).session;
		await third.start();
		expect(third.opened?.title).toBe('Linked');
		expect(third.runner.busy).toBe(true);
		expect(third.runner.pinned.size).toBe(0);
	});

	it('refuses a link to another site, and shows the bundled network', async () => {
		const { session, fetched } = setup({
			href: `https://im.test/?data=${encodeURIComponent('https://elsewhere.test/n.json')}`
		});
		await session.start();
		expect(fetched).toEqual([]);
		expect(session.importError).toBe(
			'data=https://elsewhere.test/n.json was refused: it is on another site (https://elsewhere.test), and only files from this site open by link. Download the file and use "Open file" instead.'
		);
		expect(session.showNetwork).toBe(true);
		expect(session.model.dataset.title).toBe('Bundled');
	});

	it('writes an opened network’s files once, then only where its nodes are', async () => {
		const { session, browser } = setup();
		await session.start();
		await session.openFiles([mine()]);
		await vi.waitFor(() => expect(browser.filesWritten).toBe(1));
		await settle(session);
		await save(session);
		session.runner.pin(0, -20, 10);
		await settle(session);
		await save(session);
		expect(browser.filesWritten).toBe(1);
		expect(browser.opened()?.files?.[0]?.name).toBe('mine.json');
		expect(browser.opened()?.layout?.pinned).toEqual([0]);
		expect(Array.from(browser.opened()!.layout!.positions).slice(0, 2)).toEqual([-20, 10]);
	});

	it('forgetting an opened network brings the bundled one back as it was left', async () => {
		const { session, browser } = setup();
		await session.start();
		expect(Array.from(session.runner.positions)).toEqual(BUILT.positions);
		session.runner.pin(1, 7, 8);
		await settle(session);
		await save(session);
		const left = Array.from(session.runner.positions);
		expect(browser.bundled()?.ids).toEqual(['x', 'y', 'z']);

		await session.openFiles([mine()]);
		expect(session.model.dataset.title).toBe('Mine');
		expect(session.canForget).toBe(true);
		await session.forget();
		expect(session.opened).toBeNull();
		expect(session.model.dataset.title).toBe('Bundled');
		expect(Array.from(session.runner.positions)).toEqual(left);
		expect([...session.runner.pinned]).toEqual([1]);
		expect(browser.opened()).toBeUndefined();
		expect(browser.bundled()).toBeDefined();
	});

	it('fits the bundled network’s kept layout to this build by node id', async () => {
		const browser = new MemoryBrowser();
		// Kept in another order, with a node this build no longer has.
		browser.store.records.set(
			'bundled',
			keyed({
				positions: Float64Array.of(1, 1, 100, 0, 7, 8, 0, 0),
				pinned: [0, 2],
				ids: ['gone', 'z', 'y', 'x']
			})
		);
		const { session } = setup({ browser });
		await session.start();
		expect(Array.from(session.runner.positions)).toEqual([0, 0, 7, 8, 100, 0]);
		expect([...session.runner.pinned]).toEqual([1]);
	});

	it('Reset layout ignores the kept positions and pins, and forgets them once settled', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set(
			'bundled',
			keyed({ positions: Float64Array.of(0, 0, 7, 8, 100, 0), pinned: [1], ids: ['x', 'y', 'z'] })
		);
		const { session } = setup({ browser });
		await session.start();
		expect([...session.runner.pinned]).toEqual([1]);
		session.resetLayout();
		expect(session.runner.busy).toBe(true);
		expect(session.runner.pinned.size).toBe(0);
		const fresh = startPositions({ ...session.model.layoutInput, initial: undefined });
		expect(Array.from(session.runner.positions)).toEqual(Array.from(fresh));
		await settle(session);
		session.saveLayout();
		await vi.waitFor(() => expect(browser.bundled()).toBeUndefined());
	});

	it('Reset layout ignores the positions an opened file gives', async () => {
		const { session } = setup();
		await session.start();
		const placed = {
			nodes: [
				{ id: 'p', x: 0, y: 0 },
				{ id: 'q', x: 40, y: 0 }
			],
			edges: []
		};
		await session.openFiles([file('placed.json', placed)]);
		expect(session.runner.busy).toBe(false);
		expect(Array.from(session.runner.positions)).toEqual([0, 0, 40, 0]);
		session.resetLayout();
		expect(session.runner.busy).toBe(true);
		expect(Array.from(session.runner.positions)).not.toEqual([0, 0, 40, 0]);
	});
});

describe('DatasetSession: undo', () => {
	it('an undo back to what an earlier write kept is written, even while a later write is on its way', async () => {
		const { session, browser } = setup();
		await session.start();
		const drag = (i: number, x: number, y: number) => {
			session.edits.dragStart(i);
			session.edits.dragMove(i, x, y);
			session.edits.dragEnd(i);
		};
		drag(0, 10, 20);
		await save(session);
		drag(2, 90, 90);
		session.saveLayout(); // on its way…
		session.history.undo();
		session.saveLayout(); // …when the undo brings back what the first write kept
		await vi.waitFor(() => expect(session.saved).toBe('saved'));
		await vi.waitFor(() => expect(browser.bundled()?.pinned).toEqual([0]));
		expect(Array.from(browser.bundled()!.positions)).toEqual([10, 20, 50, 0, 100, 0]);
	});

	it('another network starts the history afresh', async () => {
		const { session } = setup();
		await session.start();
		session.edits.togglePin(1);
		expect(session.history.next).not.toBeNull();
		await session.openFiles([mine()]);
		expect(session.history.next).toBeNull();
	});
});
