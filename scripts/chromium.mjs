// The Chromium every tool here drives (end-to-end tests, the benchmark, the screenshots), with the
// same flags. Plain JavaScript so that both Node scripts and the TypeScript Playwright config use it.
import { existsSync } from 'node:fs';

/**
 * Playwright's own browser download does not work on our machines, so we use Debian's; set
 * CHROMIUM_PATH to use another, or PLAYWRIGHT_BUNDLED=1 for Playwright's own browsers.
 * @returns {string | undefined}
 */
export function chromiumPath() {
	if (process.env.PLAYWRIGHT_BUNDLED === '1') return undefined;
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
