import { describe, expect, it, vi } from 'vitest';
import { StoredPersistence } from '$lib/state/persist';
import type { RecordStore } from '$lib/state/record-store';
import { downloadOf } from '$lib/state/set-aside';
import { jsonFile, MemoryBrowser } from './session-fakes';

const layout = { positions: Float64Array.of(0, 0, 10, 0), pinned: [1], ids: ['a', 'b'] };

describe('StoredPersistence', () => {
	it('a damaged record found while the browser refuses writes is left in place and listed all the same', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set('link:/n.json', { positions: 'here', pinned: [], ids: [] });
		browser.store.refuse = Infinity;
		const tab = browser.tab('t');
		expect(await tab.loadLink('/n.json')).toBeUndefined();
		expect(browser.store.records.get('link:/n.json')).toEqual({
			positions: 'here',
			pinned: [],
			ids: []
		});
		const [copy] = await tab.setAside();
		expect(copy?.message).toBe(
			'The saved layout of /n.json was damaged; the network was laid out afresh.'
		);
		expect((await tab.download(copy!.id))?.data).toContain('"positions": "here"');
	});

	it('moves the bundled network’s layout that earlier versions kept under "current" to its own key', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set('current', {
			kind: 'bundled',
			pins: ['b'],
			positions: { a: [0, 0], b: [10, 0] }
		});
		const tab = browser.tab('t');
		expect(await tab.loadBundled()).toEqual({ ...layout, positions: Float64Array.of(0, 0, 10, 0) });
		expect(browser.store.records.has('current')).toBe(false);
		expect(browser.bundled()?.pinned).toEqual([1]);
		expect(await tab.loadOpened()).toBeUndefined();
	});

	it('reopens a network an earlier version kept as JSON', async () => {
		const browser = new MemoryBrowser();
		browser.store.records.set('current', {
			kind: 'opened',
			name: 'old.json',
			json: '{"nodes":[]}'
		});
		const kept = await browser.tab('t').loadOpened();
		expect(kept?.name).toBe('old.json');
		expect(kept?.stamp).toBeNull();
		expect(new TextDecoder().decode(kept!.files[0]!.bytes)).toBe('{"nodes":[]}');
	});

	it('writes name their tab; reads that change nothing write nothing; a tab hears of another’s writes', async () => {
		const browser = new MemoryBrowser();
		const one = browser.tab('one');
		const two = browser.tab('two');
		const heard = vi.fn();
		two.onChange(heard);
		expect(await two.loadBundled()).toBeUndefined();
		expect(await one.loadBundled()).toBeUndefined();
		expect(await one.forgetBundled()).toBe('saved');
		expect(browser.store.writes.size).toBe(0);
		expect(await one.saveBundled(layout)).toBe('saved');
		expect(browser.store.records.get('bundled')).toMatchObject({ tab: 'one', n: 1 });
		await vi.waitFor(() => expect(heard).toHaveBeenCalledWith('bundled', 'conflict'));
		expect(heard).toHaveBeenCalledTimes(1);
		// Once the other tab's word is stale (it has read the record since), it means nothing.
		expect(await two.loadBundled()).toBeDefined();
		expect(await one.saveBundled(layout)).toBe('saved');
		expect(await two.loadBundled()).toBeDefined();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(heard).toHaveBeenCalledTimes(1);
	});

	it('a tab cannot forget or overwrite what another tab kept since it read it', async () => {
		const browser = new MemoryBrowser();
		const one = browser.tab('one');
		const two = browser.tab('two');
		expect(await one.loadOpened()).toBeUndefined();
		const kept = await two.keepOpened('b.json', [jsonFile('b.json', { nodes: [] })]);
		expect(kept).toEqual({ stamp: expect.any(Number) });
		expect(await one.forgetOpened()).toBe('conflict');
		expect(await one.saveOpenedLayout('a.json', 1, layout)).toBe('conflict');
		expect(browser.opened()?.name).toBe('b.json');
		// Once it has read the record as it is, it may.
		expect(await one.loadOpened()).toBeDefined();
		expect(await one.forgetOpened()).toBe('saved');
		expect(browser.opened()).toBeUndefined();
	});

	it('never throws, whatever the store does', async () => {
		const broken: RecordStore = {
			read: () => Promise.reject(new Error('broken')),
			update: () => Promise.reject(new Error('broken')),
			keys: () => Promise.reject(new Error('broken'))
		};
		const tab = new StoredPersistence(broken, 't');
		expect(await tab.available()).toBe(false);
		expect(await tab.loadOpened()).toBeUndefined();
		expect(await tab.loadBundled()).toBeUndefined();
		expect(await tab.loadLink('/n.json')).toBeUndefined();
		expect(await tab.keepOpened('a', [])).toEqual({ failed: 'refused' });
		expect(await tab.saveBundled(layout)).toBe('refused');
		expect(await tab.setAside()).toEqual([]);
		await tab.discardSetAside();
	});
});

describe('a copy set aside, downloaded', () => {
	const entry = {
		message: 'm',
		detail: 'd',
		record: 'link:/data/n.json',
		at: Date.UTC(2025, 0, 2)
	};
	it('is the kept file itself where it is one file', () => {
		const files = { stamp: 1, files: [jsonFile('n.json', { nodes: 3 })] };
		const file = downloadOf({ ...entry, value: { current: {}, files } });
		expect(file.name).toBe('n.json');
		expect(new TextDecoder().decode(file.data as Uint8Array)).toBe('{"nodes":3}');
	});

	it('is the record as JSON otherwise, typed arrays and bytes written out', () => {
		const value = {
			positions: Float64Array.of(1.5, 2),
			bytes: new Uint8Array([0xff, 0]),
			text: new TextEncoder().encode('héllo'),
			big: 10n
		};
		const file = downloadOf({ ...entry, value });
		expect(file.name).toBe('influence-map_set-aside_link-data-n.json_2025-01-02.json');
		expect(JSON.parse(file.data as string)).toEqual({
			message: 'm',
			detail: 'd',
			record: 'link:/data/n.json',
			at: '2025-01-02T00:00:00.000Z',
			value: { positions: [1.5, 2], bytes: { bytes: [255, 0] }, text: { text: 'héllo' }, big: '10' }
		});
	});
});
