import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutSnapshot } from '$lib/model/layout-snapshot';
import { loadDataset } from '$lib/model';
import { inThreadEngine } from '$lib/state/layout-runner.svelte';
import { DatasetSession } from '$lib/state/session.svelte';
import type { Timers } from '$lib/state/undo-offer.svelte';
import { ViewState } from '$lib/state/view-state.svelte';
import {
	storyKeeping,
	storyKey,
	type StoryKeeping,
	type StoryStore
} from '$lib/state/story.svelte';
import { chain, ImportHere, MemoryBrowser } from './session-fakes';

const BUNDLED = loadDataset(chain('Bundled', ['x', 'y', 'z'])).dataset;
const BUILT: LayoutSnapshot = { positions: [0, 0, 50, 0, 100, 0], pinned: [] };

/** A clock the test moves: each timer waits until `runOut` fires it. */
class FakeTimers implements Timers {
	readonly waiting = new Map<number, { run: () => void; ms: number }>();
	#n = 0;
	set(run: () => void, ms: number) {
		this.waiting.set(++this.#n, { run, ms });
		return this.#n;
	}
	clear(handle: unknown) {
		this.waiting.delete(handle as number);
	}
	/** Fires every timer set for at most `ms`. */
	runOut(ms: number) {
		for (const [n, t] of [...this.waiting]) {
			if (t.ms > ms) continue;
			this.waiting.delete(n);
			t.run();
		}
	}
}

const sessions: DatasetSession[] = [];
afterEach(() => {
	for (const s of sessions.splice(0)) s.runner.destroy();
});

/** Stories kept in memory, by key, as the browser keeps them in IndexedDB. */
function memoryStories() {
	const kept = new Map<string, unknown>();
	const store: StoryStore = {
		load: async (key) => kept.get(key),
		save: async (key, value) => void kept.set(key, value),
		take: async (key) => {
			const was = kept.get(key);
			kept.delete(key);
			return was;
		}
	};
	return {
		kept,
		keeping: storyKeeping(
			() => store,
			() => undefined
		)
	};
}

function setup(
	browser = new MemoryBrowser(),
	href = 'https://im.test/',
	served: unknown = null,
	stories?: StoryKeeping
) {
	const timers = new FakeTimers();
	const view = new ViewState();
	const session = new DatasetSession({
		bundled: { dataset: BUNDLED, layout: BUILT },
		view,
		address: { read: () => {}, settle: () => {} },
		href,
		persistence: browser.tab(`tab ${sessions.length + 1}`),
		openInWorker: new ImportHere().open,
		fetch: async () =>
			served === null
				? new Response('no', { status: 404 })
				: new Response(JSON.stringify(served), { status: 200 }),
		engine: inThreadEngine,
		nextFrame: async () => {},
		timers,
		stories: stories && (async () => stories)
	});
	sessions.push(session);
	return { session, browser, view, timers };
}

const file = (name: string, ids: string[]) =>
	new File([JSON.stringify(chain(name.replace('.json', ''), ids))], name);

async function settle(session: DatasetSession) {
	session.runner.start();
	await vi.waitFor(() => expect(session.runner.busy).toBe(false), { timeout: 5000 });
}

/**
 * Saves as the page's effect does (again whenever the opened files have landed), and waits until
 * the store has answered.
 */
async function save(session: DatasetSession) {
	await vi.waitFor(() => {
		session.saveLayout();
		expect(session.saved).toBe('saved');
	});
}

const picture = (s: DatasetSession) => ({
	positions: Array.from(s.runner.positions),
	pinned: [...s.runner.pinned]
});

describe('DatasetSession: undoing an open-over and a forget', () => {
	it('opening a file over the pinned bundled network is undone: network, pins, view and storage come back', async () => {
		const { session, browser, view } = setup();
		await session.start();
		session.runner.pin(1, 7, 8);
		await settle(session);
		await save(session);
		view.selectNode('y');
		view.statedOnly = true;
		const before = picture(session);

		await session.openFiles([file('mine.json', ['m1', 'm2'])]);
		expect(session.model.dataset.title).toBe('mine');
		expect(session.undo.message).toMatchObject({ undoable: true });
		expect(session.undo.message?.text).toBe('Opened “mine.json” in place of “Bundled”.');
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('mine.json'));

		await session.undoLast();
		expect(session.opened).toBeNull();
		expect(session.model.dataset.title).toBe('Bundled');
		expect(picture(session)).toEqual(before);
		expect(view.selectedNode).toBe('y');
		expect(view.statedOnly).toBe(true);
		expect(session.undo.message).toMatchObject({
			undoable: false,
			text: 'Brought back “Bundled”.'
		});
		// The file is no longer kept: a reload shows the bundled network, with its pins.
		expect(browser.opened()).toBeUndefined();
		await save(session);
		expect(browser.bundled()?.pinned).toEqual([1]);
		const reload = setup(browser).session;
		await reload.start();
		expect(reload.model.dataset.title).toBe('Bundled');
		expect([...reload.runner.pinned]).toEqual([1]);
	});

	it('opening a file over another opened file is undone: the first one and its files are kept again', async () => {
		const { session, browser } = setup();
		await session.start();
		await session.openFiles([file('first.json', ['a', 'b', 'c'])]);
		await settle(session);
		session.runner.pin(0, -30, 4);
		await settle(session);
		await save(session);
		const before = picture(session);

		await session.openFiles([file('second.json', ['p', 'q'])]);
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('second.json'));
		await session.undoLast();
		expect(session.importName).toBe('first.json');
		expect(picture(session)).toEqual(before);
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('first.json'));
		await save(session);
		expect(browser.opened()?.layout?.pinned).toEqual([0]);
		const reload = setup(browser).session;
		await reload.start();
		expect(reload.importName).toBe('first.json');
		expect(picture(reload)).toEqual(before);
	});

	it('Forget is undone, and what was deleted from storage is written back', async () => {
		const { session, browser } = setup();
		await session.start();
		await session.openFiles([file('mine.json', ['m1', 'm2', 'm3'])]);
		await settle(session);
		session.runner.pin(2, 12, 13);
		await settle(session);
		await save(session);
		const before = picture(session);

		await session.forget();
		expect(session.model.dataset.title).toBe('Bundled');
		expect(browser.opened()).toBeUndefined();
		expect(session.undo.message?.text).toBe(
			'Forgot “mine.json” and deleted its copy in this browser.'
		);
		await session.undoLast();
		expect(session.importName).toBe('mine.json');
		expect(picture(session)).toEqual(before);
		await vi.waitFor(() => expect(browser.opened()?.files?.[0]?.name).toBe('mine.json'));
		await save(session);
		const reload = setup(browser).session;
		await reload.start();
		expect(reload.importName).toBe('mine.json');
		expect(picture(reload)).toEqual(before);
	});

	it('Forget deletes the network’s story and no other; Undo writes it back', async () => {
		const stories = memoryStories();
		const { session } = setup(new MemoryBrowser(), 'https://im.test/', null, stories.keeping);
		await session.start();
		await session.openFiles([file('mine.json', ['m1', 'm2', 'm3'])]);
		const mine = session.model.dataset;
		const slides = { version: 1, slides: [{ id: 's1', title: 'One' }] };
		stories.kept.set(storyKey(mine, false), slides);
		stories.kept.set(storyKey(BUNDLED, true), { version: 1, slides: [] });
		await session.forget();
		await vi.waitFor(() => expect(stories.kept.has(storyKey(mine, false))).toBe(false));
		expect(stories.kept.has('bundled')).toBe(true);
		await session.undoLast();
		expect(session.model.dataset).toBe(mine);
		expect(stories.kept.get(storyKey(mine, false))).toEqual(slides);
		// Forgotten again, and the offer left to run out: the story stays deleted.
		await session.forget();
		await vi.waitFor(() => expect(stories.kept.has(storyKey(mine, false))).toBe(false));
		expect(stories.kept.has('bundled')).toBe(true);
	});

	it('forgetting the bundled network’s pins is undone, pins stored again', async () => {
		const { session, browser } = setup();
		await session.start();
		session.runner.pin(0, -5, -5);
		await settle(session);
		await save(session);
		await session.forget();
		expect(session.runner.pinned.size).toBe(0);
		await vi.waitFor(() => expect(browser.bundled()).toBeUndefined());
		await session.undoLast();
		expect([...session.runner.pinned]).toEqual([0]);
		await save(session);
		expect(browser.bundled()?.pinned).toEqual([0]);
	});

	it('opening a file over a link’s network is undone: the link’s network and pins come back, the file is not kept', async () => {
		const browser = new MemoryBrowser();
		const href = 'https://im.test/?data=datasets/linked.json';
		const { session } = setup(browser, href, chain('Linked', ['l1', 'l2', 'l3']));
		await session.start();
		expect(session.model.dataset.title).toBe('Linked');
		await settle(session);
		session.runner.pin(1, 3, 4);
		await settle(session);
		await save(session);
		const before = picture(session);
		expect(session.fromFiles).toBe(false);

		await session.openFiles([file('mine.json', ['m1', 'm2'])]);
		expect(session.fromFiles).toBe(true);
		await vi.waitFor(() => expect(browser.opened()?.name).toBe('mine.json'));
		await session.undoLast();
		expect(session.model.dataset.title).toBe('Linked');
		expect(session.fromFiles).toBe(false);
		expect(picture(session)).toEqual(before);
		expect(browser.opened()).toBeUndefined();
		await save(session);
		expect([...browser.links().values()][0]?.pinned).toEqual([1]);
	});

	it('the offer ends when its time runs out, and the next destructive action replaces it', async () => {
		const { session, timers } = setup();
		await session.start();
		await session.openFiles([file('one.json', ['a', 'b'])]);
		// It stays at least 20 s.
		timers.runOut(20_000);
		expect(session.undo.message?.undoable).toBe(true);
		timers.runOut(60_000);
		expect(session.undo.message).toBeNull();
		await session.undoLast();
		expect(session.importName).toBe('one.json');

		await session.openFiles([file('two.json', ['c', 'd'])]);
		await session.forget();
		expect(session.undo.message?.text).toMatch(/^Forgot “two.json”/);
		await session.undoLast();
		// The forget is undone, not the open before it.
		expect(session.importName).toBe('two.json');
		await session.undoLast();
		expect(session.importName).toBe('two.json');
	});
});
