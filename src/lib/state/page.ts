import { browserAddress, browserLegend, browserSession, browserThemes } from './browser-ports';
import { DatasetSession, type SessionOptions } from './session.svelte';
import { UrlSync } from './url-sync';
import { setViewState, ViewState } from './view-state.svelte';

/**
 * The page's state, wired to this browser: the view (shared with every component through context),
 * the address bar, and the session over the bundled network. Call during the page's setup.
 */
export function pageState(bundled: SessionOptions['bundled']) {
	const view = setViewState(new ViewState(browserThemes, browserLegend));
	const url = new UrlSync(view, browserAddress);
	const session = new DatasetSession({ bundled, view, address: url, ...browserSession() });
	url.defaultsFrom(() => session.known.defaults);
	return { view, url, session };
}
