import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Known } from '$lib/state/url';
import { REPLACE_DELAY, UrlSync, type Address } from '$lib/state/url-sync';
import { ViewState } from '$lib/state/view-state.svelte';

const known: Known = { nodes: new Set(['a', 'b']), edges: new Set(['e1']) };

/** An address bar with its history: each write is logged as "push ?…" or "replace ?…". */
function addressBar(href: string) {
	const log: string[] = [];
	let current = new URL(href);
	const address: Address = {
		href: () => current.href,
		push: (url) => {
			log.push(`push ${url.search}`);
			current = new URL(url);
		},
		replace: (url) => {
			log.push(`replace ${url.search}`);
			current = new URL(url);
		}
	};
	/** Back or forward to another entry: the address changes under the page. */
	const go = (to: string) => (current = new URL(to));
	return { address, log, go };
}

function setup(href = 'https://im.test/') {
	const bar = addressBar(href);
	const view = new ViewState();
	const sync = new UrlSync(view, bar.address);
	sync.read(known);
	return { ...bar, view, sync };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('UrlSync', () => {
	it('writes nothing before the address has been read', () => {
		const bar = addressBar('https://im.test/');
		const view = new ViewState();
		const sync = new UrlSync(view, bar.address);
		view.selectNode('a');
		sync.write();
		vi.runAllTimers();
		expect(bar.log).toEqual([]);
	});

	it('reads the view from the address, dropping what the dataset does not know', () => {
		const { view, log } = setup('https://im.test/?node=b&hl=g1&path=a,zz');
		expect(view.selection).toEqual({ kind: 'node', id: 'b' });
		expect(view.highlighted).toEqual(['g1']);
		expect(view.path).toBeNull();
		// The address keeps them until the network that shows is known: a link's ids are its own.
		expect(log).toEqual([]);
	});

	it('drops from the address, in place, what the network that shows does not know', () => {
		const { sync, log } = setup('https://im.test/?node=b&hl=g1&path=a,zz');
		sync.settle();
		expect(log).toEqual(['replace ?node=b&hl=g1']);
	});

	it('leaves an address that holds only what the network knows as it is', () => {
		const { sync, log } = setup('https://im.test/?node=b&hl=g1');
		sync.settle();
		expect(log).toEqual([]);
	});

	it('pushes a discrete change at once', () => {
		const { view, sync, log } = setup();
		view.selectNode('a');
		sync.write();
		expect(log).toEqual(['push ?node=a']);
		// Nothing changed since: nothing more is written.
		sync.write();
		vi.runAllTimers();
		expect(log).toEqual(['push ?node=a']);
	});

	it(`replaces the entry ${REPLACE_DELAY} ms after zooming, once for a burst`, () => {
		const { view, sync, log } = setup();
		view.zoom = { x: 10, y: 20, k: 2 };
		sync.write();
		vi.advanceTimersByTime(100);
		view.zoom = { x: 12, y: 20, k: 2.5 };
		sync.write();
		vi.advanceTimersByTime(REPLACE_DELAY - 1);
		expect(log).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(log).toEqual(['replace ?z=12,20,2.5']);
	});

	it('writes a pending replace before a push, so the entry left holds it', () => {
		const { view, sync, log } = setup();
		view.query = 'ban';
		sync.write();
		view.selectNode('b');
		sync.write();
		expect(log).toEqual(['replace ?q=ban', 'push ?node=b&q=ban']);
		vi.runAllTimers();
		expect(log).toHaveLength(2);
	});

	it('keeps data= in front of the view’s query', () => {
		const { view, sync, log } = setup('https://im.test/?data=datasets%2Fnet.json&node=a');
		view.selectNode('b');
		sync.write();
		view.toggleCluster('g1', false);
		sync.write();
		view.clear();
		view.clear();
		sync.write();
		expect(log).toEqual([
			'push ?data=datasets%2Fnet.json&node=b',
			'push ?data=datasets%2Fnet.json&node=b&hl=g1',
			'push ?data=datasets%2Fnet.json'
		]);
	});

	it('on back and forward, puts the address’s view on screen and writes nothing back', () => {
		const { view, sync, log, go } = setup('https://im.test/?data=n.json');
		view.query = 'typing';
		sync.write();
		go('https://im.test/?data=n.json&edge=e1&colour=type');
		sync.popState(known);
		expect(view.selection).toEqual({ kind: 'edge', id: 'e1' });
		expect(view.colourBy).toBe('type');
		expect(view.query).toBe('');
		sync.write();
		// The replace that was pending belonged to the entry left: it is dropped, not written here.
		vi.runAllTimers();
		expect(log).toEqual([]);
	});
});
