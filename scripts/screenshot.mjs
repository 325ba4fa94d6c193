// Takes screenshots of the built site for the README and for looking at the UI:
// node scripts/screenshot.mjs [out-dir]   (needs `npm run build` and a preview server on :4173)
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const out = process.argv[2] ?? 'docs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
for (const [name, query, scheme] of [
	['screenshot', '?hl=ich&node=iranian-culture-house', 'light'],
	['screenshot-overview', '', 'light'],
	['screenshot-dark', '?node=iran-assistance-society', 'dark'],
	['screenshot-pillar', '?hl=ich', 'light'],
	['screenshot-communities', '?colour=community&hl=c1', 'light'],
	['screenshot-table', '?path=iranian-government,village-children&table=1', 'light']
]) {
	const page = await browser.newPage({
		viewport: { width: 1280, height: 720 },
		colorScheme: scheme
	});
	await page.goto(base + '/' + query);
	await page.locator('[aria-roledescription="network graph"][aria-busy="false"]').waitFor();
	if (query.includes('community')) await page.getByText(/modularity/).waitFor();
	if (query.includes('path')) await page.getByRole('list', { name: 'Path 1' }).waitFor();
	await page.screenshot({ path: `${out}/${name}.png` });
	await page.close();
}

// Two exported samples for docs/, made through the real export dialog.
const samples = [
	{
		name: 'sample-pillar.svg',
		query: '?hl=ich',
		theme: 'light',
		caption: 'The Iranian Culture House and the satellites filed under it (¶9).'
	},
	{
		name: 'sample-dark.svg',
		query: '',
		theme: 'dark',
		caption: 'The whole network: the tripod, its backers, its targets and Baku’s response.'
	}
];

for (const [i, s] of samples.entries()) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await page.goto(base + '/' + s.query);
	await page.locator('[aria-roledescription="network graph"][aria-busy="false"]').waitFor();
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await dialog.getByLabel('Theme').selectOption(s.theme);
	await dialog.getByLabel('Caption').fill(s.caption);
	await dialog.getByLabel('Banner at top').fill('UNCLASSIFIED — SAMPLE');
	await dialog.getByRole('img', { name: 'Export preview' }).waitFor();
	if (i === 0) await page.screenshot({ path: `${out}/screenshot-export.png` });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download SVG' }).click()
	]);
	await download.saveAs(`${out}/${s.name}`);
	await page.close();
}
await browser.close();
