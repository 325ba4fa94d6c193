import { json } from '@sveltejs/kit';
import { bundledPage } from './bundled-page';
import type { RequestHandler } from './$types';

// Written once, at build time, as a file beside the page. The page's load fetches it while the page
// is prerendered, so the HTML carries it as a JSON data block the browser parses, not as script.
export const prerender = true;

export const GET: RequestHandler = () => json(bundledPage());
