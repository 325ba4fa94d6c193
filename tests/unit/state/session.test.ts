import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPositions } from '$lib/layout/start';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { loadDataset } from '$lib/model';
import { inThreadEngine } from '$lib/state/layout-runner.svelte';
import { DatasetSession } from '$lib/state/session.svelte';
import { ViewState } from '$lib/state/view-state.svelte';
import { chain, gate, ImportHere, jsonFile, MemoryPersistence } from './session-fakes';

const BUNDLED = loadDataset(chain('Bundled', ['x', 'y', 'z'])).dataset;
/** The bundled network as laid out at build time. */
const BUILT: LayoutSnapshot = { positions: [0, 0, 50, 0, 100, 0], pinned: [] };

const sessions: DatasetSession[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.runner.destroy();
});

/** A page's session over fakes: an in-memory browser store, this thread for the workers. */
function setup(
	options: { href?: string; persistence?: MemoryPersistence; served?: Record<string, unknown> } = {}
) {
	const persistence = options.persistence ?? new MemoryPersistence();
	const worker = new ImportHere();
	const served = options.served ?? {};
	const fetched: string[] = [];
	const downloads: Promise<void>[] = [];
	/** The node ids known each time the view was read from the address. */
	const reads: string[] = [];
	const session = new DatasetSession({
		bundled: { dataset: BUNDLED, layout: BUILT },
		view: new ViewState(),
		address: { read: (known) => reads.push([...known.nodes].join()) },
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
	return { session, persistence, worker, fetched, downloads, reads };
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
	await vi.waitFor(() => expect(session.kept).toBe(true));
}

const kept = (title: string, ids: string[]) => ({
	name: `${title}.json`,
	files: [jsonFile(`${title}.json`, chain(title, ids))],
	layout: undefined,
	stamp: 7
});

describe('DatasetSession: the latest network opened wins', () => {
	it('a file opened while the kept network is read wins over it', async () => {
		const persistence = new MemoryPersistence();
		persistence.opened = kept('Kept', ['k1', 'k2']);
		const reading = gate();
		const load = persistence.loadOpened.bind(persistence);
		persistence.loadOpened = async () => {
			const found = await load();
			await reading.promise;
			return found;
		};
		const { session } = setup({ persistence });
		const starting = session.start();
		await session.openFiles([mine()]);
		expect(session.opened?.title).toBe('Mine');
		reading.open();
		await starting;
		expect(session.opened?.title).toBe('Mine');
		expect(session.restored).toBe(true);
		expect(session.importError).toBe('');
		expect(persistence.opened?.name).toBe('mine.json');
	});

	it('a file opened while the kept network is parsed wins, though that parse ends last', async () => {
		const persistence = new MemoryPersistence();
		persistence.opened = kept('Kept', ['k1', 'k2']);
		const { session, worker } = setup({ persistence });
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
		expect(persistence.opened?.name).toBe('mine.json');
	});

	it('a file opened while a link’s network downloads wins over the link', async () => {
		const { session, fetched, downloads, persistence } = setup({
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
		expect(persistence.links.size).toBe(0);
		expect(persistence.opened?.layout?.positions).toHaveLength(4);
	});

	it('a file opened while a link’s kept layout is read wins over the link', async () => {
		const persistence = new MemoryPersistence();
		const reading = gate();
		persistence.loadLink = async () => (await reading.promise, undefined);
		const { session, fetched } = setup({
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
		const persistence = new MemoryPersistence();
		persistence.opened = kept('Kept', ['k1', 'k2']);
		const { session, reads } = setup({ persistence });
		await session.start();
		expect(session.opened?.title).toBe('Kept');
		expect(session.importName).toBe('Kept.json');
		expect(reads).toEqual(['x,y,z', 'k1,k2']);
		// The files are not written again: only the layout will be.
		expect(persistence.filesWritten).toBe(0);
	});

	it('forgets a kept copy that is refused', async () => {
		const persistence = new MemoryPersistence();
		persistence.opened = { ...kept('Kept', []), files: [jsonFile('Kept.json', { nodes: 3 })] };
		const { session } = setup({ persistence });
		await session.start();
		expect(session.opened).toBeNull();
		expect(session.restored).toBe(true);
		expect(session.importError).toBe('');
		expect(persistence.opened).toBeUndefined();
	});

	it('forgets a kept copy whose files are missing', async () => {
		const persistence = new MemoryPersistence();
		persistence.opened = { ...kept('Kept', ['k1']), files: undefined };
		const { session, worker } = setup({ persistence });
		await session.start();
		expect(worker.calls).toEqual([]);
		expect(session.restored).toBe(true);
		expect(persistence.opened).toBeUndefined();
	});

	it('keeps a copy that failed on the way, for the next visit', async () => {
		const persistence = new MemoryPersistence();
		persistence.opened = kept('Kept', ['k1', 'k2']);
		const { session, worker } = setup({ persistence });
		worker.broken = true;
		await session.start();
		expect(session.opened).toBeNull();
		expect(session.restored).toBe(true);
		expect(persistence.opened?.name).toBe('Kept.json');
	});
});

describe('DatasetSession: layouts', () => {
	it('keeps a link’s layout under its path and query with node ids, used only while they match', async () => {
		const persistence = new MemoryPersistence();
		const href = `https://im.test/app/?data=${encodeURIComponent('net.json?v=2')}`;
		const served: Record<string, unknown> = {
			'/app/net.json?v=2': chain('Linked', ['a', 'b', 'c'])
		};
		const first = setup({ persistence, href, served }).session;
		await first.start();
		expect(first.opened?.title).toBe('Linked');
		await settle(first);
		first.runner.pin(1, 40, 30);
		await settle(first);
		await save(first);
		expect([...persistence.links.keys()]).toEqual(['/app/net.json?v=2']);
		const layout = persistence.links.get('/app/net.json?v=2')!;
		expect(layout.ids).toEqual(['a', 'b', 'c']);
		expect(layout.pinned).toEqual([1]);
		expect([layout.positions[2], layout.positions[3]]).toEqual([40, 30]);
		expect(persistence.opened).toBeUndefined();

		// The next visit finds the same file: drawn as it was left, with nothing to lay out.
		const second = setup({ persistence, href, served }).session;
		await second.start();
		expect(second.runner.busy).toBe(false);
		expect(Array.from(second.runner.positions)).toEqual(Array.from(layout.positions));
		expect([...second.runner.pinned]).toEqual([1]);

		// The file has changed since (same count, other order): it is laid out afresh.
		served['/app/net.json?v=2'] = chain('Linked', ['a', 'c', 'b']);
		const third = setup({ persistence, href, served }).session;
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
		const { session, persistence } = setup();
		await session.start();
		await session.openFiles([mine()]);
		expect(persistence.filesWritten).toBe(1);
		await settle(session);
		await save(session);
		session.runner.pin(0, -20, 10);
		await settle(session);
		await save(session);
		expect(persistence.filesWritten).toBe(1);
		expect(persistence.opened?.files?.[0]?.name).toBe('mine.json');
		expect(persistence.opened?.layout?.pinned).toEqual([0]);
		expect(Array.from(persistence.opened!.layout!.positions).slice(0, 2)).toEqual([-20, 10]);
	});

	it('forgetting an opened network brings the bundled one back as it was left', async () => {
		const { session, persistence } = setup();
		await session.start();
		expect(Array.from(session.runner.positions)).toEqual(BUILT.positions);
		session.runner.pin(1, 7, 8);
		await settle(session);
		await save(session);
		const left = Array.from(session.runner.positions);
		expect(persistence.bundled?.ids).toEqual(['x', 'y', 'z']);

		await session.openFiles([mine()]);
		expect(session.model.dataset.title).toBe('Mine');
		expect(session.canForget).toBe(true);
		await session.forget();
		expect(session.opened).toBeNull();
		expect(session.model.dataset.title).toBe('Bundled');
		expect(Array.from(session.runner.positions)).toEqual(left);
		expect([...session.runner.pinned]).toEqual([1]);
		expect(persistence.opened).toBeUndefined();
		expect(persistence.bundled).toBeDefined();
	});

	it('fits the bundled network’s kept layout to this build by node id', async () => {
		const persistence = new MemoryPersistence();
		// Kept in another order, with a node this build no longer has.
		persistence.bundled = {
			positions: Float64Array.of(1, 1, 100, 0, 7, 8, 0, 0),
			pinned: [0, 2],
			ids: ['gone', 'z', 'y', 'x']
		};
		const { session } = setup({ persistence });
		await session.start();
		expect(Array.from(session.runner.positions)).toEqual([0, 0, 7, 8, 100, 0]);
		expect([...session.runner.pinned]).toEqual([1]);
	});

	it('Reset layout ignores the kept positions and pins, and forgets them once settled', async () => {
		const persistence = new MemoryPersistence();
		persistence.bundled = {
			positions: Float64Array.of(0, 0, 7, 8, 100, 0),
			pinned: [1],
			ids: ['x', 'y', 'z']
		};
		const { session } = setup({ persistence });
		await session.start();
		expect([...session.runner.pinned]).toEqual([1]);
		session.resetLayout();
		expect(session.runner.busy).toBe(true);
		expect(session.runner.pinned.size).toBe(0);
		const fresh = startPositions({ ...session.model.layoutInput, initial: undefined });
		expect(Array.from(session.runner.positions)).toEqual(Array.from(fresh));
		await settle(session);
		session.saveLayout();
		await vi.waitFor(() => expect(persistence.bundled).toBeUndefined());
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
