import { pushState, replaceState } from '$app/navigation';
import type { Theme } from '../clusters/palette';
import type { OpenInWorker } from './opening.svelte';
import { IdbPersistence } from './persist';
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

/** The import worker loads with the first file opened: it is not part of the first page. */
const openInWorker: OpenInWorker = (files, onStage, layout) =>
	import('../import/open-async').then((m) => m.openInWorker(files, onStage, layout));

export function browserSession(): Pick<
	SessionOptions,
	'href' | 'persistence' | 'openInWorker' | 'fetch'
> {
	return {
		href: typeof location === 'undefined' ? undefined : location.href,
		persistence: new IdbPersistence(),
		openInWorker,
		fetch: (url) => fetch(url)
	};
}
