// Times "Download deck" for the bundled story in a real Chromium, in each form, against the built
// site (`npm run build` first): the time from the click to the saved file, as the app reports it
// ("… in N s", from the click's handler to the file handed to the browser), and each file's size.
// Usage: node bench/deck.mjs [runs]. Prints one line per form with the median of the runs.
import { chromium } from '@playwright/test';
import { statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { startServer } from './server.mjs';

const runs = Number(process.argv[2] ?? 3);
const server = await startServer([{ prefix: '/', dir: 'build' }]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const dir = mkdtempSync(join(tmpdir(), 'im-deck-bench-'));
const forms = { PowerPoint: 'pptx', PDF: 'pdf', 'SVGs (ZIP)': 'zip' };
/** @type {Record<string, { seconds: number[], bytes: number[] }>} */
const results = {};
try {
	for (let run = 0; run < runs; run++) {
		// A fresh page each run: the first download of each form loads its writer, as a user's would.
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(server.url);
		await page.waitForSelector('html[data-ready]', { state: 'attached' });
		await page.getByRole('button', { name: 'Story', exact: true }).click();
		const panel = page.getByRole('region', { name: 'Story' });
		await panel.locator('li').first().waitFor();
		for (const [label, ext] of Object.entries(forms)) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				panel.getByRole('button', { name: label, exact: true }).click()
			]);
			const file = join(dir, `deck-${run}.${ext}`);
			await download.saveAs(file);
			const said = await panel.getByText(/^Saved .* in [\d.]+ s\.$/).textContent();
			const seconds = Number(/in ([\d.]+) s\.$/.exec(said ?? '')?.[1]);
			const r = (results[ext] ??= { seconds: [], bytes: [] });
			r.seconds.push(seconds);
			r.bytes.push(statSync(file).size);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [ext, r] of Object.entries(results))
	console.log(
		`${ext.padEnd(4)} ${median(r.seconds).toFixed(1)} s (runs: ${r.seconds.join(', ')}), ` +
			`${(median(r.bytes) / 1024 / 1024).toFixed(2)} MB`
	);
