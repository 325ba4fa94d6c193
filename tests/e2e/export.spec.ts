import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';
import { HULL } from '../../src/lib/scene/paint';
import { DIMMED_NODE } from '../../src/lib/scene/style';

const dir = mkdtempSync(join(tmpdir(), 'im-export-'));

async function openExport(page: Page) {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	await expect(dialog).toBeVisible();
	const preview = dialog.getByRole('img', { name: 'Export preview' });
	await expect(preview).toBeVisible();
	await expect
		.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
	return dialog;
}

async function download(
	page: Page,
	button: string,
	name: string
): Promise<{ file: string; suggested: string }> {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: button }).click()
	]);
	const file = join(dir, name);
	await dl.saveAs(file);
	return { file, suggested: dl.suggestedFilename() };
}

test.describe('briefing export', () => {
	test('exports the default view as a 16:9 SVG with title, legend and source line', async ({
		page
	}) => {
		await openSettled(page);
		await openExport(page);
		const { file, suggested } = await download(page, 'Download SVG', 'default.svg');
		const today = new Date().toISOString().slice(0, 10);
		expect(suggested).toBe(`irans-influence-networks-in-azerbaijan_whole-network_${today}.svg`);
		const svg = readFileSync(file, 'utf8');
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="1920" height="1080" viewBox="0 0 1920 1080">/
		);
		expect(svg).toContain("<title>Iran's influence networks in Azerbaijan</title>");
		expect(svg).toContain('Colour: group');
		expect(svg).toContain("Source: GlobalSecurity.org, 'Azerbaijan - Iran Relations' (2013)");
		expect(svg).not.toMatch(/<style|class=|<script|foreignObject|<marker/);
	});

	test('a highlighted pillar, in three clicks, with caption and banner', async ({ page }) => {
		await openSettled(page);
		// Click 1: highlight the Culture House pillar.
		await page
			.getByRole('region', { name: 'Legend' })
			.getByRole('button', { name: /^Iranian Culture House/ })
			.click();
		// Click 2: open the export dialog. Caption and banner start from the view and the dataset.
		const dialog = await openExport(page);
		await expect(dialog.getByLabel('Banner at top')).toHaveValue(
			'UNCLASSIFIED // OPEN-SOURCE REPORTING'
		);
		// Click 3: download.
		const { file, suggested } = await download(page, 'Download SVG', 'pillar.svg');
		expect(suggested).toMatch(/_iranian-culture-house_\d{4}-\d\d-\d\d\.svg$/);
		const svg = readFileSync(file, 'utf8');
		expect(svg.match(new RegExp(`fill-opacity="${HULL.fillOpacity}"`, 'g'))).toHaveLength(1);
		expect(svg).toContain('Highlighted: Iranian Culture House');
		expect(svg.match(/>UNCLASSIFIED \/\/ OPEN-SOURCE REPORTING</g)).toHaveLength(2);
		expect(svg).toContain(
			'Iranian Culture House: 7 of 53 nodes, with the links inside it drawn at full strength.'
		);
		expect(svg).toContain("Source: GlobalSecurity.org, 'Azerbaijan - Iran Relations' (2013)");
		expect(svg).toContain('Colour: group');
		expect(svg.match(new RegExp(`opacity="${DIMMED_NODE}"`, 'g'))!.length).toBeGreaterThan(30);
	});

	test('dark theme and PNG at 1× and 2×', async ({ page }) => {
		await openSettled(page);
		const dialog = await openExport(page);
		await dialog.getByLabel('Theme').selectOption('dark');
		await dialog.getByLabel('Caption').fill('Our own caption & <notes>');
		await dialog.getByLabel('Subtitle').fill('Subtitle');
		const { file } = await download(page, 'Download SVG', 'dark.svg');
		const dark = readFileSync(file, 'utf8');
		expect(dark).toContain('fill="#14181d"');
		expect(dark).toContain('>Our own caption &amp; &lt;notes&gt;<');
		expect(dark).toContain('>Subtitle<');
		for (const [scale, w, h] of [
			['1', 1920, 1080],
			['2', 3840, 2160]
		] as const) {
			await dialog.getByLabel('PNG scale').selectOption(scale);
			const png = await download(page, 'Download PNG', `dark-${scale}.png`);
			expect(png.suggested).toMatch(new RegExp(`_whole-network-${scale}x_.*\\.png$`));
			const image = PNG.sync.read(readFileSync(png.file));
			expect([image.width, image.height]).toEqual([w, h]);
			// Below the marking banner, the background is the dark theme's.
			const at = (60 * Number(scale) * image.width + 5) * 4;
			expect([image.data[at], image.data[at + 1], image.data[at + 2]]).toEqual([0x14, 0x18, 0x1d]);
		}
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
	});

	test('the exported SVG looks the same in librsvg as in Chromium', async ({ page }) => {
		await openSettled(page, '?hl=ich');
		const dialog = await openExport(page);
		await dialog.getByLabel(/^Labels/).selectOption('all');
		const { file } = await download(page, 'Download SVG', 'compare.svg');
		const rsvgFile = join(dir, 'compare-rsvg.png');
		execFileSync('rsvg-convert', ['-o', rsvgFile, file]);
		const rsvg = PNG.sync.read(readFileSync(rsvgFile));
		expect([rsvg.width, rsvg.height]).toEqual([1920, 1080]);

		const browserPage = await page.context().newPage();
		await browserPage.setViewportSize({ width: 1920, height: 1080 });
		const data = Buffer.from(readFileSync(file)).toString('base64');
		await browserPage.setContent(
			`<body style="margin:0"><img id="x" width="1920" height="1080" src="data:image/svg+xml;base64,${data}"></body>`
		);
		await expect
			.poll(() =>
				browserPage
					.locator('#x')
					.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
			)
			.toBe(1920);
		const chromium = PNG.sync.read(
			await browserPage.screenshot({ clip: { x: 0, y: 0, width: 1920, height: 1080 } })
		);
		const diff = pixelmatch(chromium.data, rsvg.data, null, 1920, 1080, { threshold: 0.2 });
		const ratio = diff / (1920 * 1080);
		console.log(`librsvg vs Chromium: ${diff} pixels differ (${(ratio * 100).toFixed(3)}%)`);
		expect(ratio).toBeLessThan(0.01);
	});
});
