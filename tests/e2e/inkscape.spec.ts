import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';

// The exported labels' halo (a second <text> under each label, grouped with it: the SVG profile
// rules out paint-order) drawn by Inkscape, the third consumer beside librsvg and browsers.

const dir = mkdtempSync(join(tmpdir(), 'im-inkscape-'));
const [W, H] = [1920, 1080];
type Box = [number, number, number, number];

async function downloadSvg(page: Page, name: string): Promise<string> {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	const preview = dialog.getByRole('img', { name: 'Export preview' });
	await expect
		.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
	await dialog.getByLabel(/^Labels/).selectOption('all');
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const file = join(dir, name);
	await dl.saveAs(file);
	return readFileSync(file, 'utf8');
}

/** `file` drawn by Inkscape at the page's size (96 dpi: one pixel a user unit). */
function inkscape(file: string): PNG {
	const out = file.replace(/\.svg$/, '.png');
	execFileSync(
		'inkscape',
		['--export-type=png', `--export-filename=${out}`, '--export-background-opacity=1', file],
		// Inkscape writes its preferences under HOME: a throwaway one.
		{ env: { ...process.env, HOME: dir }, stdio: 'pipe' }
	);
	return PNG.sync.read(readFileSync(out));
}

/** `svg` drawn by Chromium as an image, at the page's size. */
async function chromium(page: Page, svg: string): Promise<PNG> {
	const other = await page.context().newPage();
	await other.setViewportSize({ width: W, height: H });
	await other.setContent(
		`<body style="margin:0"><img id="x" width="${W}" height="${H}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`
	);
	await expect
		.poll(() =>
			other.locator('#x').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
		)
		.toBe(W);
	const png = PNG.sync.read(await other.screenshot({ clip: { x: 0, y: 0, width: W, height: H } }));
	await other.close();
	return png;
}

/** Each node label's box (its halo's, which is larger) and the halo's colour, measured by Chromium. */
async function labelBoxes(page: Page, svg: string) {
	const other = await page.context().newPage();
	await other.setContent(`<body style="margin:0">${svg}</body>`);
	const found = await other.evaluate(() =>
		[...document.querySelectorAll<SVGGElement>('#nodes > g')].flatMap((g) => {
			const [halo, text] = g.querySelectorAll<SVGTextElement>('text');
			if (!halo || !text) return [];
			const b = halo.getBBox();
			return [
				{ box: [b.x, b.y, b.x + b.width, b.y + b.height], colour: halo.getAttribute('stroke')! }
			];
		})
	);
	await other.close();
	return found as { box: Box; colour: string }[];
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const pixel = (png: PNG, x: number, y: number) => {
	const at = (y * png.width + x) * 4;
	return [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
};
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
const near = (a: number[], b: number[], by: number) => a.every((v, i) => Math.abs(v - b[i]!) <= by);

/** The pixels of `box` (clipped to the page) where `a` and `b` differ. */
function differing(a: PNG, b: PNG, box: Box): [number, number][] {
	const out: [number, number][] = [];
	for (let y = Math.max(0, Math.floor(box[1])); y < Math.min(H, Math.ceil(box[3])); y++)
		for (let x = Math.max(0, Math.floor(box[0])); x < Math.min(W, Math.ceil(box[2])); x++)
			if (!near(pixel(a, x, y), pixel(b, x, y), 24)) out.push([x, y]);
	return out;
}

test.describe('the export in Inkscape', () => {
	test.setTimeout(120_000);

	test('draws every label over its halo, as librsvg and Chromium do', async ({ page }) => {
		await openSettled(page);
		const svg = await downloadSvg(page, 'halo.svg');
		expect(svg).toMatch(new RegExp(`<svg[^>]* width="${W}" height="${H}"`));
		// The same page without the halos: what Inkscape would draw if it dropped them.
		const bare = svg.replace(/(<g[^>]*>)<text[^>]*>.*?<\/text>(<text)/g, '$1$2');
		expect(bare.length).toBeLessThan(svg.length);
		writeFileSync(join(dir, 'bare.svg'), bare);

		const ink = inkscape(join(dir, 'halo.svg'));
		expect([ink.width, ink.height]).toEqual([W, H]);
		const inkBare = inkscape(join(dir, 'bare.svg'));
		const browser = await chromium(page, svg);

		// As the librsvg check: the whole page looks the same as in Chromium.
		const diff = pixelmatch(browser.data, ink.data, null, W, H, { threshold: 0.2 });
		console.log(
			`Inkscape vs Chromium: ${diff} pixels differ (${((diff / (W * H)) * 100).toFixed(3)}%)`
		);
		expect(diff / (W * H)).toBeLessThan(0.01);

		const labels = await labelBoxes(page, svg);
		expect(labels.length).toBeGreaterThan(20);
		let haloPixels = 0,
			towardHalo = 0,
			withText = 0;
		for (const { box, colour } of labels) {
			const halo = rgb(colour);
			// Where the halo changes the picture, Inkscape paints it in the halo's colour (blended at
			// the halo's soft edge).
			for (const [x, y] of differing(ink, inkBare, box)) {
				haloPixels++;
				if (distance(pixel(ink, x, y), halo) < distance(pixel(inkBare, x, y), halo)) towardHalo++;
			}
			// The text is drawn over the halo: dark letters inside the box.
			let dark = 0;
			for (let y = Math.ceil(box[1]); y < Math.floor(box[3]); y++)
				for (let x = Math.ceil(box[0]); x < Math.floor(box[2]); x++)
					if (Math.max(...pixel(ink, x, y)) < 110) dark++;
			if (dark >= 10) withText++;
		}
		const bareDiff = pixelmatch(browser.data, inkBare.data, null, W, H, { threshold: 0.2 });
		console.log(
			`Inkscape halos: ${haloPixels} pixels changed, ${towardHalo} toward the halo colour; ${withText} of ${labels.length} labels with dark text; ` +
				`without halos ${bareDiff} pixels would differ from Chromium`
		);
		// Edges and shapes pass under labels: the halo hides some of them, in its own colour.
		expect(haloPixels).toBeGreaterThan(200);
		expect(towardHalo / haloPixels).toBeGreaterThan(0.95);
		expect(withText).toBe(labels.length);
		// With its halos, Inkscape's page looks like Chromium's; without them, it would not.
		expect(diff).toBeLessThan(bareDiff * 0.9);
	});
});
