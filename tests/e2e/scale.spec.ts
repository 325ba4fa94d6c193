import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { networkJson, paddedNetworkJson } from '../../bench/generate.mjs';
import { expect, graph, openSettled, panelHeading, statusBar, test } from './fixtures';
import { placement } from './overlay-geometry';

// The benchmark's 5,000-node network: past the canvas threshold, as an analyst's large export is.
const text = networkJson({ nodes: 5000, seed: 1 });
const network = JSON.parse(text) as { nodes: { id: string; label: string }[] };

async function openLarge(page: Page) {
	await openSettled(page);
	await page.locator('input[type="file"]').setInputFiles({
		name: 'synthetic-5000.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(statusBar(page)).toContainText('5,000 nodes', { timeout: 30_000 });
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

test.describe('a 5,000-node network', () => {
	test.setTimeout(150_000);

	test('opens on the canvas, and can be searched, hovered, clicked and walked by keyboard', async ({
		page
	}) => {
		await openLarge(page);
		await expect(graph(page).locator('canvas')).toBeVisible();
		// Elements exist only for the keyboard's node and the selection, not for 5,000 nodes.
		expect(await graph(page).locator('.node').count()).toBeLessThanOrEqual(2);

		// The canvas draws each node where it is, in its group's colour: the pixel at the keyboard
		// node's centre is one of the legend's colours (pictures of nodes are drawn off screen and
		// copied in; a misplaced or blank copy would show background or an edge there).
		// The legend lists 8 of the 24 groups until asked for all.
		await page.getByRole('button', { name: 'Show all 24 groups' }).click();
		// The longer legend takes room from the picture, which re-fits, and the merged toolbar is
		// taller: fitted, a node is drawn about 2 px across, and every pixel about its centre is a
		// blend of its colour and the background. So, as an analyst would to look at one node, wheel
		// in on the keyboard's node (a wheel zooms about the pointer, so it stays under it) until it
		// is drawn well over 3 px across, then read the 3×3 pixels at its centre (once redrawn).
		const keyNode = graph(page).locator('.node[tabindex="0"]');
		await expect.poll(async () => page.locator('.clusters circle').count()).toBe(24);
		const fitted = (await keyNode.boundingBox())!;
		await page.mouse.move(fitted.x + fitted.width / 2, fitted.y + fitted.height / 2);
		// The keyboard's element has a standard size; the canvas sizes the node by its degree, often a
		// third of that: 40 px for the element gives a drawn node well over 3 px either side of its centre.
		await expect
			.poll(async () => {
				await page.mouse.wheel(0, -250);
				return (await keyNode.boundingBox())!.width;
			})
			.toBeGreaterThan(40);
		// The pointer leaves the picture, so no hover dims or rings what is read.
		await page.mouse.move(1, 1);
		const probe = async () => {
			const box = (await keyNode.boundingBox())!;
			return graph(page)
				.locator('canvas')
				.evaluate(
					(canvas: HTMLCanvasElement, at) => {
						const r = canvas.getBoundingClientRect();
						const scale = canvas.width / r.width;
						const data = canvas
							.getContext('2d')!
							.getImageData(
								Math.round((at.x - r.left) * scale) - 1,
								Math.round((at.y - r.top) * scale) - 1,
								3,
								3
							).data;
						const pixels = Array.from(
							{ length: 9 },
							(_, i) => `rgb(${data[4 * i]}, ${data[4 * i + 1]}, ${data[4 * i + 2]})`
						);
						const swatches = [...document.querySelectorAll('.clusters circle')].map(
							(c) => getComputedStyle(c).fill
						);
						return [pixels, swatches] as const;
					},
					{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
				);
		};
		await expect.poll(async () => (await probe())[1].length).toBe(24);
		await expect
			.poll(async () => {
				const [pixels, colours] = await probe();
				return pixels.some((p) => colours.includes(p)) ? 'a legend colour' : pixels.join(' ');
			})
			.toBe('a legend colour');
		await page.getByRole('button', { name: 'Show fewer' }).click();

		// Zoomed in, most nodes are off screen; a node found by search is brought into the clear
		// (issue 13: a node in plain sight is left where it is, so this no longer asks for the centre).
		for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		const target = network.nodes[1234]!;
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill(target.label);
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(target.label);
		const g = (await graph(page).boundingBox())!;
		const centre = { x: g.x + g.width / 2, y: g.y + g.height / 2 };
		await expect
			.poll(async () => {
				const p = await placement(page, [target.id]);
				return [...p.under, ...p.off];
			})
			.toEqual([]);
		await page.getByRole('button', { name: 'Fit to screen' }).click();

		// The mouse finds nodes drawn on the canvas: the cursor changes over one, a click opens it.
		await page.keyboard.press('Escape');
		let found: { x: number; y: number } | null = null;
		for (let r = 40; r < 200 && !found; r += 6)
			for (let a = 0; a < 24 && !found; a++) {
				const x = centre.x + r * Math.cos((a * Math.PI) / 12),
					y = centre.y + r * Math.sin((a * Math.PI) / 12);
				await page.mouse.move(x, y);
				const cursor = await graph(page)
					.locator('svg')
					.evaluate((el) => (el as SVGSVGElement).style.cursor);
				if (cursor === 'grab') found = { x, y };
			}
		expect(found).not.toBeNull();
		await page.mouse.click(found!.x, found!.y);
		const clicked = (await panelHeading(page).textContent())!;
		expect(network.nodes.some((n) => n.label === clicked)).toBe(true);
		expect(clicked).not.toBe(target.label);

		// The keyboard: the focused node is an element named by its label; arrows move to another.
		const focused = graph(page).locator('.node:focus');
		await graph(page).locator('.node[tabindex="0"]').focus();
		const first = await focused.getAttribute('aria-label');
		await page.keyboard.press('ArrowRight');
		await expect(focused).not.toHaveAttribute('aria-label', first!);
		const second = (await focused.getAttribute('aria-label'))!;
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText(second);
	});

	test('exports every node to an SVG under 3 MB', async ({ page }) => {
		await openLarge(page);
		await page.getByRole('button', { name: 'Export', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Export' });
		await expect(dialog.getByRole('img', { name: 'Export preview' })).toBeVisible();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialog.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(3_000_000);
		// One outlined shape per node (legend swatches have no outline).
		const shapes = svg.match(
			/<path d="[^"]+" fill="#[0-9a-f]{6}" stroke="#[0-9a-f]{6}" stroke-width="1\.5"/g
		);
		expect(shapes).toHaveLength(5000);
	});
});

test.describe('a 100,000-node, 100 MB file', () => {
	// How long it holds the page is the benchmark's business (npm run bench:open); this shows it works.
	test.setTimeout(240_000);

	test('opens with "Open file" and comes back after a reload', async ({ page }, testInfo) => {
		const file = testInfo.outputPath('large-100000.json');
		writeFileSync(file, paddedNetworkJson({ nodes: 100_000, megabytes: 100 }));
		expect(statSync(file).size).toBeGreaterThan(99e6);
		await openSettled(page);
		await page.locator('input[type="file"]').setInputFiles(file);
		await expect(
			page.getByRole('progressbar', { name: 'Opening large-100000.json' })
		).toBeVisible();
		await expect(statusBar(page)).toContainText('100,000 nodes · 250,000 edges', {
			timeout: 120_000
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Synthetic network, 100,000 nodes'
		);
		await expect(page.getByRole('alert')).toHaveCount(0);
		// Kept in this browser as soon as it opened: a reload brings it back through the worker.
		await expect
			.poll(
				() =>
					page.evaluate(
						() =>
							new Promise<boolean>((resolve) => {
								const request = indexedDB.open('influence-map');
								request.onsuccess = () => {
									const get = request.result.transaction('state').objectStore('state').get('files');
									get.onsuccess = () => resolve(get.result !== undefined);
								};
							})
					),
				{ timeout: 60_000 }
			)
			.toBe(true);
		await page.reload();
		await expect(statusBar(page)).toContainText('100,000 nodes · 250,000 edges', {
			timeout: 120_000
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Synthetic network, 100,000 nodes'
		);
	});
});
