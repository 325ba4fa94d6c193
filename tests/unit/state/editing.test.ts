import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '$lib/model';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { layoutFor, placesOf } from '$lib/state/editing-places';
import { startEditing } from '$lib/state/editing-start';
import { inThreadEngine } from '$lib/state/layout-runner.svelte';
import { DatasetSession } from '$lib/state/session.svelte';
import { ViewState } from '$lib/state/view-state.svelte';
import type { StoredPersistence } from '$lib/state/persist';
import { chain, ImportHere, MemoryBrowser } from './session-fakes';

const BUNDLED = loadDataset({
	...chain('Bundled', ['x', 'y', 'z']),
	sources: [{ id: 'rep', title: 'A report' }]
}).dataset;
const BUILT: LayoutSnapshot = { positions: [0, 0, 50, 0, 100, 0], pinned: [] };

const sessions: DatasetSession[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.runner.destroy();
});

function memoryPending() {
	let value: { name: string; count: number } | null = null;
	return { read: () => value, write: (v: typeof value) => (value = v) };
}

async function setup(browser = new MemoryBrowser(), persistence?: StoredPersistence) {
	const session = new DatasetSession({
		bundled: { dataset: BUNDLED, layout: BUILT },
		view: new ViewState(),
		address: { read: () => {}, settle: () => {} },
		href: 'https://im.test/',
		persistence: persistence ?? browser.tab(`tab ${sessions.length + 1}`),
		openInWorker: new ImportHere().open,
		fetch: async () => new Response('no', { status: 404 }),
		engine: inThreadEngine,
		nextFrame: async () => {}
	});
	sessions.push(session);
	await session.start();
	return { session, browser };
}

const ids = (session: DatasetSession) => session.model.dataset.nodes.map((n) => n.id);
const xy = (session: DatasetSession, id: string) => {
	const i = ids(session).indexOf(id);
	return [session.runner.positions[2 * i], session.runner.positions[2 * i + 1]];
};

/** An editable copy of the bundled network. */
async function copied() {
	const { session, browser } = await setup();
	const pending = memoryPending();
	const editing = startEditing(session, pending);
	editing.copy();
	return { session, browser, editing, pending };
}

describe('Editing over a session', () => {
	it('refuses to edit the bundled network until it is copied; the copy keeps the picture', async () => {
		const { session } = await setup();
		const editing = startEditing(session, memoryPending());
		const r = editing.apply({ kind: 'add-node', fields: { label: 'New' } });
		expect('error' in r && r.error.message).toMatch(/bundled network/);
		expect(session.opened).toBeNull();
		editing.copy();
		expect(session.fromFiles).toBe(true);
		expect(session.importName).toBe('Bundled (copy)');
		expect([...session.runner.positions]).toEqual([0, 0, 50, 0, 100, 0]);
		expect(editing.blocked).toBeNull();
	});

	it('adds a node where asked, every other node staying where it was; undo and redo', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'add-node', fields: { label: 'New one' } }, { x: 30, y: 70 });
		expect(ids(session)).toEqual(['x', 'y', 'z', 'new-one']);
		expect([...session.runner.positions]).toEqual([0, 0, 50, 0, 100, 0, 30, 70]);
		expect(session.runner.busy).toBe(false);
		expect(session.history.next?.label).toBe('adding New one');
		session.history.undo();
		expect(ids(session)).toEqual(['x', 'y', 'z']);
		expect(editing.changes).toEqual([{ label: 'adding New one', undone: true }]);
		session.history.redo();
		expect(ids(session)).toEqual(['x', 'y', 'z', 'new-one']);
		expect(xy(session, 'new-one')).toEqual([30, 70]);
		expect(editing.changes).toEqual([{ label: 'adding New one', undone: false }]);
	});

	it('a refused edit changes nothing and says where', async () => {
		const { session, editing } = await copied();
		const before = session.model.dataset;
		editing.apply({ kind: 'update-node', id: 'y', fields: { period: { from: 1999, to: 1990 } } });
		expect(session.model.dataset).toBe(before);
		expect(editing.error).toMatchObject({ place: '/nodes/1/period', field: 'period' });
		expect(session.history.size).toBe(0);
		editing.apply({ kind: 'update-node', id: 'y', fields: { description: 'Fine' } });
		expect(editing.error).toBeNull();
	});

	it('deleting a node takes its edges; undo brings both back, the node where it was', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'delete-node', id: 'y' });
		expect(ids(session)).toEqual(['x', 'z']);
		expect(session.model.dataset.edges).toEqual([]);
		expect([...session.runner.positions]).toEqual([0, 0, 100, 0]);
		session.history.undo();
		expect(ids(session)).toEqual(['x', 'y', 'z']);
		expect(session.model.dataset.edges).toHaveLength(2);
		expect(xy(session, 'y')).toEqual([50, 0]);
	});

	it('an event’s citations and nodes undo and redo; a refused node leaves the event as it was', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'add-event', event: { date: '1992', label: 'Founding' } });
		editing.apply({
			kind: 'update-event',
			index: 0,
			fields: { sources: [{ source: 'rep', locator: '¶3' }] }
		});
		editing.apply({ kind: 'update-event', index: 0, fields: { nodes: ['x', 'z'] } });
		const r = editing.apply({ kind: 'update-event', index: 0, fields: { nodes: ['x', 'nope'] } });
		expect('error' in r && r.error.place).toBe('/events/0/nodes/1');
		expect(editing.error?.message).toMatch(/"nope" is not the id of any node/);
		const event = () => session.model.dataset.events[0]!;
		expect(event()).toMatchObject({ nodes: ['x', 'z'], sources: [{ source: 'rep' }] });
		session.history.undo();
		expect(event().nodes).toEqual([]);
		session.history.undo();
		expect(event().sources).toEqual([]);
		session.history.redo();
		session.history.redo();
		expect(event()).toMatchObject({ nodes: ['x', 'z'], sources: [{ locator: '¶3' }] });
	});

	it('a used source is not deleted; an unused one is, and undo brings it back', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'update-node', id: 'x', fields: { sources: [{ source: 'rep' }] } });
		const refused = editing.apply({ kind: 'delete-source', id: 'rep' });
		expect('error' in refused).toBe(true);
		expect(editing.error?.message).toBe(
			'Cited by 1 node: change or remove those citations of this source first.'
		);
		expect(editing.changes).toHaveLength(1);
		editing.apply({ kind: 'update-node', id: 'x', fields: { sources: [] } });
		editing.apply({ kind: 'delete-source', id: 'rep' });
		expect(session.model.dataset.sources).toEqual([]);
		expect(editing.changes.at(-1)!.label).toBe('deleting the source A report');
		session.history.undo();
		expect(session.model.dataset.sources.map((s) => s.id)).toEqual(['rep']);
	});

	it('edits of edges and citations undo and redo', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'add-edge', fields: { source: 'z', target: 'x', relation: 'funds' } });
		const edge = session.model.dataset.edges.at(-1)!;
		editing.apply({
			kind: 'update-edge',
			id: edge.id,
			fields: { sources: [{ source: 'rep', locator: '¶2' }] }
		});
		expect(session.model.dataset.edges.at(-1)!.sources).toEqual([{ source: 'rep', locator: '¶2' }]);
		session.history.undo();
		expect(session.model.dataset.edges.at(-1)!.sources).toEqual([]);
		session.history.undo();
		expect(session.model.dataset.edges).toHaveLength(2);
		session.history.redo();
		session.history.redo();
		expect(session.model.dataset.edges.at(-1)).toMatchObject({ relation: 'funds', source: 'z' });
	});

	it('one history: moves and edits undo in the order they were made', async () => {
		const { session, editing } = await copied();
		session.edits.dragStart(0);
		session.edits.dragMove(0, -40, 10);
		session.edits.dragEnd(0);
		editing.apply({ kind: 'add-node', fields: { label: 'N' } }, { x: 5, y: 5 });
		session.edits.dragStart(3);
		session.edits.dragMove(3, 200, 200);
		session.edits.dragEnd(3);
		expect(xy(session, 'n')).toEqual([200, 200]);
		session.history.undo(); // the move of the new node
		expect(xy(session, 'n')).toEqual([5, 5]);
		session.history.undo(); // the node
		expect(ids(session)).toEqual(['x', 'y', 'z']);
		expect(xy(session, 'x')).toEqual([-40, 10]);
		session.history.undo(); // the first move, on the runner the edit made
		expect(xy(session, 'x')).toEqual([0, 0]);
		session.history.redo();
		session.history.redo();
		session.history.redo();
		expect(xy(session, 'n')).toEqual([200, 200]);
		expect(xy(session, 'x')).toEqual([-40, 10]);
	});

	it('counts the changes not downloaded, and keeps the count for the next visit', async () => {
		const { editing, pending } = await copied();
		editing.apply({ kind: 'update-node', id: 'x', fields: { label: 'Ex' } });
		editing.apply({ kind: 'update-node', id: 'y', fields: { label: 'Why' } });
		expect(editing.notDownloaded).toBe(2);
		expect(pending.read()).toEqual({ name: 'Bundled (copy)', count: 2 });
		editing.downloaded();
		expect(editing.notDownloaded).toBe(0);
		expect(pending.read()).toBeNull();
		editing.apply({ kind: 'update-node', id: 'z', fields: { label: 'Zed' } });
		expect(editing.notDownloaded).toBe(1);
	});

	it('edits are kept in this browser and reopen after a reload', async () => {
		const { session, browser, editing } = await copied();
		editing.apply(
			{ kind: 'add-node', fields: { label: 'Kept', description: 'Here' } },
			{ x: 1, y: 2 }
		);
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('Bundled (copy)'));
		await vi.waitFor(() => expect(browser.opened()?.files?.length).toBe(1));
		// As the page's effect does, once the files have been written.
		await vi.waitFor(() => {
			session.saveLayout();
			expect(session.saved).toBe('saved');
		});
		const { session: again } = await setup(browser);
		expect(ids(again)).toEqual(['x', 'y', 'z', 'kept']);
		expect(again.model.dataset.nodes[3]!.description).toBe('Here');
		expect(xy(again, 'kept')).toEqual([1, 2]);
	});

	it('a tab whose network another tab edited is told, and may not edit over it', async () => {
		const browser = new MemoryBrowser();
		const { session: first } = await setup(browser);
		const one = startEditing(first, memoryPending());
		one.copy();
		await vi.waitFor(() => expect(browser.opened()).toBeDefined());
		const { session: second } = await setup(browser);
		const two = startEditing(second, memoryPending());
		two.apply({ kind: 'update-node', id: 'x', fields: { label: 'From two' } });
		await vi.waitFor(() => expect(first.saved).toBe('conflict'));
		expect(one.blocked).toMatch(/Another tab/);
		const r = one.apply({ kind: 'update-node', id: 'x', fields: { label: 'From one' } });
		expect('error' in r).toBe(true);
		expect(first.model.dataset.nodes[0]!.label).toBe('x');
	});

	it('another network clears the list of changes', async () => {
		const { session, editing } = await copied();
		editing.apply({ kind: 'update-node', id: 'x', fields: { label: 'Ex' } });
		await session.forget();
		expect(editing.changes).toEqual([]);
		expect(editing.notDownloaded).toBe(0);
	});
});

describe('layoutFor', () => {
	it('keeps known places and puts a new node beside its neighbours, deterministically', () => {
		const d = loadDataset({
			nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			edges: [{ source: 'c', target: 'a' }]
		}).dataset;
		const known = placesOf(d, { positions: [0, 0, 100, 100], pinned: new Set([1]) });
		const out = layoutFor(d, known);
		expect([...out.positions].slice(0, 4)).toEqual([0, 0, 100, 100]);
		expect(out.pinned).toEqual([1]);
		const [cx, cy] = [out.positions[4]!, out.positions[5]!];
		expect(Math.hypot(cx, cy)).toBeCloseTo(40, 5);
		expect(layoutFor(d, known)).toEqual(out);
	});
});

describe('Editing: a merge', () => {
	it('is one step of the history, new nodes beside their neighbours', async () => {
		const { session, editing } = await copied();
		const merged = loadDataset({
			...chain('Bundled', ['x', 'y', 'z', 'w']),
			sources: [{ id: 'rep', title: 'A report' }]
		}).dataset;
		expect(editing.merge(merged, 'merging more.json')).toBeNull();
		expect(ids(session)).toEqual(['x', 'y', 'z', 'w']);
		expect([...session.runner.positions].slice(0, 6)).toEqual([0, 0, 50, 0, 100, 0]);
		const [wx, wy] = xy(session, 'w');
		expect(Math.hypot(wx! - 100, wy!)).toBeCloseTo(40, 5);
		expect(session.history.next?.label).toBe('merging more.json');
		session.history.undo();
		expect(ids(session)).toEqual(['x', 'y', 'z']);
		session.history.redo();
		expect(xy(session, 'w')).toEqual([wx, wy]);
	});
});
