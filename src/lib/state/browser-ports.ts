import { pushState, replaceState } from '$app/navigation';
import type { Theme } from '../clusters/palette';
import type { LegendStore } from './legend-store';
import type { OpenInWorker } from './opening.svelte';
import { idbKeys } from './idb-keys';
import { LazyPersistence } from './lazy-persistence';
import type { TabBus } from './record-store';
import type { SessionOptions } from './session.svelte';
import type { ThemeStore } from './theme-store';
import type { Address } from './url-sync';

// What the page plugs into the ports of its state classes in the browser; the unit tests plug in
// fakes. Nothing here is touched before the page runs in a browser.

export const browserAddress: Address = {
	href: () => location.href,
	// Same page, new query: there is no route to resolve().
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	push: (url) => pushState(url, {}),
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	replace: (url) => replaceState(url, {})
};

const THEME_KEY = 'influence-map:theme';
export const browserThemes: ThemeStore = {
	saved: () => {
		const stored = localStorage.getItem(THEME_KEY);
		return stored === 'dark' || stored === 'light' ? stored : null;
	},
	prefersDark: () => matchMedia('(prefers-color-scheme: dark)').matches,
	save: (theme: Theme) => localStorage.setItem(THEME_KEY, theme)
};

const LEGEND_KEY = 'influence-map:legend';
/** The width under which the page takes its phone layout (as in the page's CSS). */
export const NARROW_QUERY = '(max-width: 640px)';
export const browserLegend: LegendStore = {
	saved: () => {
		const stored = localStorage.getItem(LEGEND_KEY);
		return stored === 'open' ? true : stored === 'closed' ? false : null;
	},
	narrow: () => matchMedia(NARROW_QUERY).matches,
	save: (open) => localStorage.setItem(LEGEND_KEY, open ? 'open' : 'closed')
};

/** The stories' storage loads with the first Forget, as with the Story panel: not on the first page. */
const stories = () => import('./story-store').then((m) => m.browserStoryKeeping);

/** The import worker loads with the first file opened: it is not part of the first page. */
const openInWorker: OpenInWorker = (files, onStage, layout) =>
	import('../import/open-async').then((m) => m.openInWorker(files, onStage, layout));

/** This tab among the page's open tabs: random, as two tabs may open in the same millisecond. */
function tabId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Tells the page's other tabs in this browser which record this one wrote, where it can. Open from
 * the start, so a word that arrives before the storage code has loaded wakes it (`wake`) and is
 * handed to it once it listens.
 */
function tabBus(wake: () => void): TabBus | null {
	// Not while prerendering: an open channel would keep the build's process alive.
	if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel('influence-map:records');
	let listener: ((record: string) => void) | null = null;
	const early: string[] = [];
	channel.onmessage = (event: MessageEvent<unknown>) => {
		if (typeof event.data !== 'string') return;
		if (listener) return listener(event.data);
		early.push(event.data);
		wake();
	};
	return {
		post: (record) => channel.postMessage(record),
		listen: (heard) => {
			listener = heard;
			for (const record of early.splice(0)) heard(record);
		}
	};
}

const DATABASE = 'influence-map';
const STORE = 'state';

/** The browser's IndexedDB, with the code that reads and writes it loaded on first need. */
function lazyStorage(): LazyPersistence {
	const bus = tabBus(() => lazy.load());
	const lazy: LazyPersistence = new LazyPersistence(
		async () => {
			const [{ StoredPersistence }, { IdbRecordStore }] = await Promise.all([
				import('./persist'),
				import('./idb-store')
			]);
			return new StoredPersistence(new IdbRecordStore(DATABASE, STORE), tabId(), bus);
		},
		() => idbKeys(DATABASE, STORE)
	);
	return lazy;
}

export function browserSession(): Pick<
	SessionOptions,
	'href' | 'persistence' | 'openInWorker' | 'fetch' | 'stories'
> {
	return {
		href: typeof location === 'undefined' ? undefined : location.href,
		persistence: lazyStorage(),
		openInWorker,
		fetch: (url) => fetch(url),
		stories
	};
}
