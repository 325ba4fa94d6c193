// The Chromium the benchmark drives: the same one, with the same flags, as the end-to-end tests.
// A copy of tests/e2e/browser.ts (plain Node cannot import TypeScript); bench/browser.test.ts fails
// if the two drift apart.
import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROMIUM_PATH; PLAYWRIGHT_BUNDLED=1 for Playwright's own browsers. */
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
