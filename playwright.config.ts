import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// E2E_PORT lets a second checkout run its tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// End-to-end tests run against the built static site (`npm run build` first), served by vite preview.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 30_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 720 },
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
