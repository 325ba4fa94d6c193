import type { BundledPage } from './bundled.json/bundled-page';
import type { PageLoad } from './$types';

/**
 * The page's data comes through SvelteKit's `fetch`: at prerender the response is written into the
 * HTML as a `data-sveltekit-fetched` JSON block, and hydration reads it from there, with no request.
 * As server data it would sit in the inline start-up script, parsed and compiled as JavaScript.
 */
export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('bundled.json');
	if (!response.ok)
		throw new Error(`The bundled network (bundled.json) did not load: ${response.status}.`);
	return (await response.json()) as BundledPage;
};
