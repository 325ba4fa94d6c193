import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, graph, openSettled, statusBar, test } from './fixtures';

const FIXTURES = join(process.cwd(), 'tests/fixtures/formats');

/** Opens files through the Open file button's chooser: clicked, or pressed with Enter. */
async function openFile(page: Page, paths: string[], by: 'mouse' | 'keyboard') {
	const button = page.getByRole('button', { name: 'Open file' });
	const chooser = page.waitForEvent('filechooser');
	if (by === 'mouse') await button.click();
	else {
		await button.focus();
		await page.keyboard.press('Enter');
	}
	await (await chooser).setFiles(paths);
}

async function expectOpened(page: Page, title: string, counts: string) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(statusBar(page)).toContainText(counts);
}

const CASES = [
	{ file: 'sigma.json', title: 'Saved by sigma.js', counts: '3 nodes · 3 edges', by: 'mouse' },
	{ file: 'cytoscape.cyjs', title: 'From Cytoscape', counts: '3 nodes · 2 edges', by: 'keyboard' },
	{ file: 'caspian.gml', title: 'Caspian (GML)', counts: '4 nodes · 4 edges', by: 'mouse' },
	{ file: 'caspian.net', title: 'Caspian (Pajek)', counts: '4 nodes · 4 edges', by: 'keyboard' },
	{ file: 'semicolon.csv', title: 'semicolon', counts: '3 nodes · 3 edges', by: 'mouse' },
	{ file: 'tabs.tsv', title: 'tabs', counts: '3 nodes · 3 edges', by: 'keyboard' }
] as const;

test.describe('other tools’ formats in', () => {
	for (const c of CASES)
		test(`opens ${c.file} (${c.by})`, async ({ page }) => {
			await openSettled(page);
			await openFile(page, [join(FIXTURES, c.file)], c.by);
			await expectOpened(page, c.title, c.counts);
			await expect(page.getByRole('alert')).toHaveCount(0);
			const links = graph(page).getByRole('button', { name: 'Tehran → funds → Baku' });
			if (c.file !== 'tabs.tsv' && c.file !== 'caspian.net') await expect(links).toHaveCount(1);
		});

	test('says what it found: the separator of a CSV, the dangling edge of a sigma file', async ({
		page
	}) => {
		await openSettled(page);
		await openFile(page, [join(FIXTURES, 'semicolon.csv')], 'mouse');
		await expectOpened(page, 'semicolon', '3 nodes · 3 edges');
		await expect(page.getByRole('complementary')).toContainText(
			'semicolon.csv: columns separated by semicolons (;).'
		);
		await openFile(page, [join(FIXTURES, 'sigma.json')], 'keyboard');
		await expectOpened(page, 'Saved by sigma.js', '3 nodes · 3 edges');
		await expect(page.getByRole('status', { name: 'Import warnings' })).toContainText(
			'edge baku → nowhere: target "nowhere" is not a node; the edge was left out'
		);
		// Its nodes carry colours and sizes: it opens coloured and sized by them.
		await expect(page.getByLabel('Colour by')).toHaveValue('file');
		await expect(page.getByLabel('Size by')).toHaveValue('file');
	});

	test('a GML network without colours but with groups opens by group; one without either by community', async ({
		page
	}) => {
		await openSettled(page);
		await openFile(page, [join(FIXTURES, 'caspian.gml')], 'mouse');
		await expectOpened(page, 'Caspian (GML)', '4 nodes');
		await expect(page.getByLabel('Colour by')).toHaveValue('group');
		await openFile(page, [join(FIXTURES, 'caspian.net')], 'mouse');
		await expectOpened(page, 'Caspian (Pajek)', '4 nodes');
		await expect(page.getByLabel('Colour by')).toHaveValue('community');
		const legend = page.getByRole('region', { name: 'Legend' });
		await expect(legend.getByRole('heading')).toContainText('Communities');
		await expect(legend).not.toContainText('No group');
	});
});

/** Every viz:position of the fixture, by node id. */
function filePositions(): Map<string, [number, number]> {
	const text = readFileSync(join(FIXTURES, 'arctic-like.gexf'), 'utf8');
	const out = new Map<string, [number, number]>();
	for (const m of text.matchAll(
		/<node id="(\d+)"[\s\S]*?<viz:position x="([-\d.]+)" y="([-\d.]+)"/g
	))
		out.set(m[1]!, [Number(m[2]), Number(m[3])]);
	return out;
}

test.describe('a Gephi file with colours, sizes and positions', () => {
	for (const size of [
		{ width: 1440, height: 900 },
		{ width: 390, height: 844 }
	])
		test(`opens coloured, sized and placed as the file says (${size.width}×${size.height})`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await openSettled(page);
			const phone = size.width < 600;
			if (phone) await page.getByRole('button', { name: 'Menu' }).click();
			await openFile(page, [join(FIXTURES, 'arctic-like.gexf')], 'mouse');
			await expectOpened(page, 'arctic-like', '420 nodes · 954 edges');
			if (phone) await page.getByRole('button', { name: 'Menu' }).click();
			else {
				await expect(page.getByLabel('Colour by')).toHaveValue('file');
				await expect(page.getByLabel('Size by')).toHaveValue('file');
			}
			// The legend lists the file's nine colours, and the canvas is painted in them.
			const legend = page.getByRole('region', { name: 'Legend' });
			if (!(await legend.isVisible()))
				await page
					.getByRole('button', { name: /legend/i })
					.first()
					.click();
			const fills = await legend
				.locator('.cluster circle')
				.evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')));
			const colours = [...new Set(fills)];
			expect(colours.length).toBeGreaterThanOrEqual(8);
			const png = PNG.sync.read(await page.locator('canvas').first().screenshot());
			const painted = colours.filter((hex) => {
				const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex!.slice(k, k + 2), 16));
				let n = 0;
				for (let p = 0; p < png.data.length; p += 4)
					if (
						Math.abs(png.data[p]! - r!) <= 3 &&
						Math.abs(png.data[p + 1]! - g!) <= 3 &&
						Math.abs(png.data[p + 2]! - b!) <= 3
					)
						n++;
				return n >= 20;
			});
			expect(painted.length).toBeGreaterThanOrEqual(8);
			await page.screenshot({
				path: test.info().outputPath(`arctic-${size.width}x${size.height}.png`)
			});
			if (phone) return;
			// By keyboard: the focused node's place is the file's, and sizes differ from node to node.
			const positions = filePositions();
			await page.getByRole('link', { name: 'Skip to the network' }).focus();
			await page.keyboard.press('Enter');
			const radii = new Set<number>();
			for (let k = 0; k < 12; k++) {
				const focused = graph(page).locator('.node:focus');
				await expect(focused).toHaveCount(1);
				const id = (await focused.getAttribute('data-id'))!;
				const transform = (await focused.getAttribute('transform'))!;
				const [x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(transform)!.slice(1).map(Number);
				expect([x, y]).toEqual(positions.get(id));
				const width = await focused
					.locator('path:not(.focus-ring)')
					.last()
					.evaluate((p) => (p as SVGPathElement).getBBox().width);
				radii.add(Math.round(width * 10));
				await page.keyboard.press('ArrowRight');
			}
			expect(radii.size).toBeGreaterThanOrEqual(4);
		});
});

test.describe('formats out, and in again', () => {
	for (const { button, ext } of [
		{ button: 'Download GEXF', ext: 'gexf' },
		{ button: 'Download GraphML', ext: 'graphml' },
		{ button: 'Download GML', ext: 'gml' },
		{ button: 'Download CSV (ZIP)', ext: 'zip' }
	])
		test(`${button} writes the network; opened again it is the same`, async ({ page }, info) => {
			await openSettled(page);
			await openFile(page, [join(FIXTURES, 'caspian.gml')], 'mouse');
			await expectOpened(page, 'Caspian (GML)', '4 nodes · 4 edges');
			const download = page.waitForEvent('download');
			const menu = page.getByText('Download as…');
			// GraphML by keyboard (the menu focuses its first entry; Tab to the second), the others by mouse.
			if (ext === 'graphml') {
				await menu.focus();
				await page.keyboard.press('Enter');
				await expect(page.getByRole('button', { name: 'Download GEXF' })).toBeFocused();
				await page.keyboard.press('Tab');
				await expect(page.getByRole('button', { name: button })).toBeFocused();
				await page.keyboard.press('Enter');
			} else {
				await menu.click();
				await page.getByRole('button', { name: button }).click();
			}
			const file = await download;
			expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
			const path = info.outputPath(file.suggestedFilename());
			await file.saveAs(path);
			// The downloaded file over the one it was written from.
			await openFile(page, [path], 'mouse');
			await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
			await expect(statusBar(page)).toContainText('4 nodes · 4 edges');
			await expect(page.getByRole('alert')).toHaveCount(0);
			if (ext !== 'zip')
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caspian (GML)');
			await expect(graph(page).getByRole('button', { name: 'Tehran → funds → Baku' })).toHaveCount(
				1
			);
			// The groups came along, and the colours it was drawn in: it opens in them.
			await expect(page.getByLabel('Colour by')).toHaveValue('file');
		});
});
