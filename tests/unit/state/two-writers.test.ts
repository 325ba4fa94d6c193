import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '$lib/model';
import type { InputFile } from '$lib/import/input-file';
import { IdbRecordStore } from '$lib/state/idb-store';
import { startEditing } from '$lib/state/editing-start';
import { inThreadEngine } from '$lib/state/layout-runner.svelte';
import { StoredPersistence } from '$lib/state/persist';
import type { TabBus } from '$lib/state/record-store';
import { DatasetSession } from '$lib/state/session.svelte';
import { ViewState } from '$lib/state/view-state.svelte';
import { chain, ImportHere, jsonFile } from './session-fakes';

// Two tabs writing the same kept network, over a real IndexedDB implementation (fake-indexeddb):
// an edit's write compares the stored version inside its own transaction, so it never relies on
// the other tab's word arriving first.

const DB = 'influence-map';
const STORE = 'state';

beforeEach(() => {
	// A fresh browser for each test: its own database.
	globalThis.indexedDB = new IDBFactory();
});

/** A tab over the shared database, with its own connection; `bus` null: no word between tabs. */
const tab = (name: string, bus: TabBus | null = null) =>
	new StoredPersistence(new IdbRecordStore(DB, STORE), name, bus);

/** What the database holds under 'current' and 'files'. */
async function stored() {
	const [current, files] = (await new IdbRecordStore(DB, STORE).read(['current', 'files'])) as [
		{ name: string; stamp: number; tab: string } | undefined,
		{ stamp: number; files: InputFile[] } | undefined
	];
	return { current, files };
}

const file = (label: string) => [jsonFile('n.json', { nodes: [{ id: 'a', label }] })];

describe('two tabs writing one kept network', () => {
	it('an edit over a version another tab wrote since is refused, with no word from that tab', async () => {
		const one = tab('one');
		const two = tab('two');
		expect(await one.keepOpened('n.json', file('opened'))).toEqual({ stamp: expect.any(Number) });
		expect(await two.loadOpened()).toBeDefined();
		const first = await one.keepOpened('n.json', file('by one'), true);
		expect(first).toEqual({ stamp: expect.any(Number) });
		// Two never heard of it: its edit is still refused, and one's stays.
		expect(await two.keepOpened('n.json', file('by two'), true)).toEqual({ failed: 'conflict' });
		const { current, files } = await stored();
		expect(current).toMatchObject({ tab: 'one', stamp: (first as { stamp: number }).stamp });
		expect(files?.stamp).toBe(current?.stamp);
		expect(new TextDecoder().decode(files!.files[0]!.bytes)).toContain('by one');
		// Once it has read the network as it is now, it may edit it.
		expect(await two.loadOpened()).toBeDefined();
		expect(await two.keepOpened('n.json', file('by two'), true)).toEqual({
			stamp: expect.any(Number)
		});
		expect((await stored()).current?.tab).toBe('two');
	});

	it('two edits sent at once: exactly one lands, the other is refused and overwrites nothing', async () => {
		const one = tab('one');
		const two = tab('two');
		await one.keepOpened('n.json', file('opened'));
		await two.loadOpened();
		const answers = await Promise.all([
			one.keepOpened('n.json', file('by one'), true),
			two.keepOpened('n.json', file('by two'), true)
		]);
		const landed = answers.findIndex((a) => 'stamp' in a);
		expect(answers.filter((a) => 'stamp' in a)).toHaveLength(1);
		expect(answers[1 - landed]).toEqual({ failed: 'conflict' });
		const winner = ['one', 'two'][landed]!;
		const { current, files } = await stored();
		expect(current?.tab).toBe(winner);
		expect(new TextDecoder().decode(files!.files[0]!.bytes)).toContain(`by ${winner}`);
	});

	it('a tab’s own edits in a row all land; an edit after another tab deleted the copy is told so', async () => {
		const one = tab('one');
		const two = tab('two');
		await one.keepOpened('n.json', file('opened'));
		const edits = await Promise.all(
			['1', '2', '3'].map((n) => one.keepOpened('n.json', file(n), true))
		);
		expect(edits.every((e) => 'stamp' in e)).toBe(true);
		expect(new TextDecoder().decode((await stored()).files!.files[0]!.bytes)).toContain('"3"');
		await two.loadOpened();
		expect(await two.forgetOpened()).toBe('saved');
		expect(await one.keepOpened('n.json', file('4'), true)).toEqual({ failed: 'gone' });
		expect((await stored()).current).toBeUndefined();
	});

	it('opening files still replaces whatever another tab kept', async () => {
		const one = tab('one');
		const two = tab('two');
		await one.keepOpened('a.json', file('a'));
		expect(await two.keepOpened('b.json', file('b'))).toEqual({ stamp: expect.any(Number) });
		expect((await stored()).current?.name).toBe('b.json');
	});
});

describe('two sessions editing at once', () => {
	const BUNDLED = loadDataset(chain('Bundled', ['x', 'y', 'z'])).dataset;
	const sessions: DatasetSession[] = [];
	afterEach(() => {
		for (const s of sessions.splice(0)) s.runner.destroy();
	});

	/** A bus whose words are held until `deliver`: the other tab's word arrives late. */
	function heldBus() {
		const tabs = new Map<string, ((record: string) => void)[]>();
		const held: (() => void)[] = [];
		const of = (name: string): TabBus => {
			tabs.set(name, []);
			return {
				post: (record) => {
					for (const [other, heard] of tabs)
						if (other !== name) held.push(() => heard.forEach((h) => h(record)));
				},
				listen: (heard) => tabs.get(name)!.push(heard)
			};
		};
		return { of, deliver: () => held.splice(0).forEach((f) => f()) };
	}

	async function session(persistence: StoredPersistence) {
		const s = new DatasetSession({
			bundled: { dataset: BUNDLED, layout: { positions: [0, 0, 50, 0, 100, 0], pinned: [] } },
			view: new ViewState(),
			address: { read: () => {}, settle: () => {} },
			href: 'https://im.test/',
			persistence,
			openInWorker: new ImportHere().open,
			fetch: async () => new Response('no', { status: 404 }),
			engine: inThreadEngine,
			nextFrame: async () => {}
		});
		sessions.push(s);
		await s.start();
		return s;
	}
	const pending = () => {
		let value: { name: string; count: number } | null = null;
		return { read: () => value, write: (v: typeof value) => (value = v) };
	};

	it('the tab whose edit lands second is told, keeps its edit on screen to download, and overwrites nothing', async () => {
		const bus = heldBus();
		const first = await session(tab('one', bus.of('one')));
		const one = startEditing(first, pending());
		one.copy();
		await vi.waitFor(async () => expect((await stored()).current?.tab).toBe('one'));
		bus.deliver();
		const second = await session(tab('two', bus.of('two')));
		expect(second.fromFiles).toBe(true);
		const two = startEditing(second, pending());
		expect(two.blocked).toBeNull();

		one.apply({ kind: 'update-node', id: 'x', fields: { label: 'From one' } });
		const text = async () => new TextDecoder().decode((await stored()).files!.files[0]!.bytes);
		await vi.waitFor(async () => expect(await text()).toContain('From one'));
		// One's word is held: two edits as if it had not arrived yet.
		two.apply({ kind: 'update-node', id: 'y', fields: { label: 'From two' } });
		await vi.waitFor(() => expect(second.saved).toBe('conflict'));
		expect(await text()).toContain('From one');
		expect(await text()).not.toContain('From two');
		// Two's edit is still on screen, to download; it is told how to keep it.
		expect(second.model.dataset.nodes[1]!.label).toBe('From two');
		expect(two.notDownloaded).toBe(1);
		expect(two.blocked).toMatch(/^Another tab has changed this network/);
		expect(two.blocked).toContain('Download JSON keeps them');
		bus.deliver();
		expect(first.saved).not.toBe('conflict');
	});
});
