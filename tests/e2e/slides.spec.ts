import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'im-slides-'));
/** The bundled network's node count: "every label" is one per node. */
const NODES: number = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')).nodes.length;
type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

async function openExport(page: Page) {
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Export' });
	const preview = dialog.getByRole('img', { name: 'Export preview' });
	await expect
		.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth))
		.toBeGreaterThan(0);
	return dialog;
}

async function downloadSvg(page: Page, name: string): Promise<string> {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('dialog', { name: 'Export' })
			.getByRole('button', { name: 'Download SVG' })
			.click()
	]);
	const file = join(dir, name);
	await dl.saveAs(file);
	return readFileSync(file, 'utf8');
}

/**
 * The downloaded file drawn inline in a fresh page, its parts measured by Chromium with its own
 * fonts (getBBox): node labels, node shapes, relation labels, legend, title, caption, source.
 */
async function measure(page: Page, svg: string) {
	const other = await page.context().newPage();
	await other.setContent(`<body style="margin:0">${svg}</body>`);
	const m = await other.evaluate(() => {
		const box = (el: SVGGraphicsElement): [number, number, number, number] => {
			const b = el.getBBox();
			return [b.x, b.y, b.x + b.width, b.y + b.height];
		};
		const root = document.querySelector('svg')!;
		const nodes = [...root.querySelectorAll<SVGGElement>('#nodes > g')];
		const furniture = [...root.querySelectorAll<SVGTextElement>('#furniture text')];
		const legend = root.querySelector<SVGGElement>('#legend');
		return {
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			nodeCount: nodes.length,
			labels: nodes.flatMap((g) => {
				const t = g.querySelectorAll<SVGTextElement>('text')[1];
				return t ? [box(t)] : [];
			}),
			shapes: nodes.map((g) => box(g.querySelector('path')!)),
			relations: [...root.querySelectorAll<SVGGElement>('#labels > g')].map((g) => g.id),
			legend: legend && legend.childElementCount ? box(legend) : null,
			picture: box(root.querySelector<SVGGElement>('#nodes')!),
			texts: furniture.map((t) => ({
				text: t.textContent ?? '',
				box: box(t),
				size: Number(t.getAttribute('font-size'))
			})),
			fontSizes: [...root.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')))
		};
	});
	await other.close();
	return m;
}

test.describe('slides from the export dialog', () => {
	test('all labels on a 16:9 slide: every one placed, none overlapping, none over a node', async ({
		page
	}) => {
		await openSettled(page);
		const dialog = await openExport(page);
		// By mouse: pick "All" labels.
		await dialog.getByLabel(/^Labels/).selectOption('all');
		// The page spreads its copy of the layout, and says so; nothing is left out.
		await expect(dialog.getByRole('status', { name: 'Layout on the page' })).toHaveText(
			/^Nodes moved apart on this page/
		);
		await expect(dialog.getByRole('status', { name: 'Left out' })).toHaveText('');
		const svg = await downloadSvg(page, 'all-labels.svg');
		const m = await measure(page, svg);
		expect(m.nodeCount).toBe(NODES);
		// Counted in the file's text: one label group (a halo and a text) per node in the nodes layer.
		const layer = svg.slice(svg.indexOf('<g id="nodes"'), svg.indexOf('<g id="labels"'));
		expect(
			layer.match(/<g><text[^>]*>[^<]*(?:<tspan[^>]*>[^<]*<\/tspan>)*<\/text><text/g)
		).toHaveLength(NODES);
		expect(m.labels.length).toBe(NODES);
		let pairs = 0,
			overNodes = 0;
		m.labels.forEach((a, i) => {
			for (const b of m.labels.slice(i + 1)) if (overlap(a, b)) pairs++;
			for (const s of m.shapes) if (overlap(a, s)) overNodes++;
		});
		console.log(
			`16:9 all labels in Chromium: ${m.labels.length} labels, ${pairs} overlapping pairs, ${overNodes} over nodes`
		);
		expect(pairs).toBe(0);
		expect(overNodes).toBe(0);
		// 12 pt labels at least: the 16:9 page is 960 pt over 1920 units.
		expect(Math.min(...m.fontSizes) / 2).toBeGreaterThanOrEqual(10);
		// A 4:3 slide has less room: the dialog counts what it leaves out, and the file agrees.
		await dialog.getByLabel(/^Size/).selectOption('4:3');
		const leftOut = dialog.getByRole('status', { name: 'Left out' });
		await expect(leftOut).toHaveText(/^\d+ labels? left out at this size\.$/);
		const small = await measure(page, await downloadSvg(page, 'all-labels-4-3.svg'));
		const said = Number((await leftOut.textContent())!.match(/^(\d+)/)![1]);
		expect(small.labels.length + said).toBe(NODES);
	});

	test('names the highlighted nodes a crowded page leaves unlabelled, and the file agrees', async ({
		page
	}) => {
		const data = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
			nodes: { id: string; label: string; group?: string }[];
		};
		const members = new Map(
			data.nodes.filter((x) => x.group === 'ich').map((x) => [x.label, x.id])
		);
		await openSettled(page, '?hl=ich');
		const dialog = await openExport(page);
		// As many labels as fit (the default), on the 4:3 slide.
		const size = dialog.getByLabel(/^Size/);
		await size.selectOption('4:3');
		const leftOut = dialog.getByRole('status', { name: 'Left out' });
		await expect(leftOut).toContainText('in focus: ');
		const text = (await leftOut.textContent())!;
		const named = text.split('in focus: ')[1]!.split('. ')[0]!.replace(/…$/, '').split(', ');
		const svg = await downloadSvg(page, 'pillar-4-3.svg');
		for (const label of named) {
			const id = members.get(label);
			expect(id, `${label} is a member of the highlighted cluster`).toBeDefined();
			// The node is drawn, without a label: nothing of its group, up to the next node's, is text.
			const start = svg.indexOf(`<g id="node-${id}"`);
			expect(start, label).toBeGreaterThan(0);
			const next = svg.indexOf('<g id="node-', start + 1);
			const end = next > 0 ? next : svg.indexOf('<g id="labels"');
			expect(svg.slice(start, end), label).not.toContain('<text');
		}
		// "All labels" on a 16:9 slide makes room for every one of them.
		await dialog.getByLabel(/^Labels/).selectOption('all');
		await size.selectOption('16:9');
		await expect(leftOut).toHaveText('');
	});

	test('Text size by keyboard scales every text, small still at the floors', async ({ page }) => {
		await openSettled(page);
		const dialog = await openExport(page);
		const textSize = dialog.getByLabel('Text size');
		await expect(textSize).toHaveValue('medium');
		const sizes = async () => {
			const m = await measure(
				page,
				await downloadSvg(page, `size-${await textSize.inputValue()}.svg`)
			);
			return { min: Math.min(...m.fontSizes), title: m.texts[1]!.size };
		};
		const medium = await sizes();
		await textSize.focus();
		await page.keyboard.press('ArrowUp');
		await expect(textSize).toHaveValue('small');
		const small = await sizes();
		expect(small.min / 2).toBeGreaterThanOrEqual(10);
		expect(small.title / 2).toBeGreaterThanOrEqual(28);
		expect(small.title).toBeLessThan(medium.title);
		await textSize.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(textSize).toHaveValue('large');
		expect((await sizes()).title).toBeGreaterThan(medium.title);
	});

	for (const size of ['16:9', '4:3', 'a4', 'fit'] as const)
		for (const legend of ['right', 'bottom'] as const)
			test(`${size}, legend ${legend}: the legend stays off the title, caption, source line and picture`, async ({
				page
			}) => {
				await openSettled(page, '?hl=ich');
				const dialog = await openExport(page);
				await dialog.getByLabel(/^Size/).selectOption(size);
				await dialog.getByLabel(/^Legend/).selectOption(legend);
				await dialog.getByLabel('Subtitle').fill('The Culture House pillar and what it reaches');
				const m = await measure(page, await downloadSvg(page, `legend-${size}-${legend}.svg`));
				expect(m.legend).not.toBeNull();
				const title = m.texts.find((t) => t.text === "Iran's influence networks in Azerbaijan")!;
				const caption = m.texts.find((t) =>
					t.text.startsWith(`Iranian Culture House: 7 of ${NODES}`)
				)!;
				const source = m.texts.find((t) => t.text.startsWith('Source: GlobalSecurity.org'))!;
				for (const part of [title, caption, source]) {
					expect(part, 'drawn').toBeDefined();
					expect(overlap(m.legend!, part.box), part.text).toBe(false);
					// Inside the page: nothing cut, the title included.
					expect(part.box[0]).toBeGreaterThanOrEqual(0);
					expect(part.box[2]).toBeLessThanOrEqual(m.width);
				}
				expect(overlap(m.legend!, m.picture)).toBe(false);
				expect(m.legend![2]).toBeLessThanOrEqual(m.width);
				expect(m.legend![3]).toBeLessThanOrEqual(m.height);
			});

	test('scope "cluster and its context" draws the pillar and its neighbours, and says so', async ({
		page
	}) => {
		await openSettled(page, '?hl=ich');
		const dialog = await openExport(page);
		await dialog.getByLabel('Scope').selectOption('context');
		const svg = await downloadSvg(page, 'context.svg');
		const m = await measure(page, svg);
		expect(m.nodeCount).toBeGreaterThan(7);
		expect(m.nodeCount).toBeLessThan(NODES);
		expect(svg).toContain(
			'Iranian Culture House and its direct neighbours; the neighbours are faded'
		);
		await dialog.getByLabel('Scope').selectOption('highlighted');
		const only = await downloadSvg(page, 'only.svg');
		expect(only).toContain('Only Iranian Culture House; the rest of the network is left out');
		expect(only).not.toContain('the rest is dimmed');
	});

	test('relation labels on a slide look the same in librsvg as in Chromium', async ({ page }) => {
		await openSettled(page, '?hl=ich');
		const dialog = await openExport(page);
		await dialog.getByLabel('Relation labels').selectOption('all');
		const svg = await downloadSvg(page, 'relations.svg');
		const file = join(dir, 'relations.svg');
		const m = await measure(page, svg);
		expect(m.relations.length).toBeGreaterThan(3);
		const rsvgFile = join(dir, 'relations-rsvg.png');
		execFileSync('rsvg-convert', ['-o', rsvgFile, file]);
		const rsvg = PNG.sync.read(readFileSync(rsvgFile));
		const other = await page.context().newPage();
		await other.setViewportSize({ width: 1920, height: 1080 });
		await other.setContent(
			`<body style="margin:0"><img id="x" width="1920" height="1080" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`
		);
		await expect
			.poll(() =>
				other.locator('#x').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
			)
			.toBe(1920);
		const chromium = PNG.sync.read(
			await other.screenshot({ clip: { x: 0, y: 0, width: 1920, height: 1080 } })
		);
		const diff = pixelmatch(chromium.data, rsvg.data, null, 1920, 1080, { threshold: 0.2 });
		console.log(
			`relation labels, librsvg vs Chromium: ${((diff / (1920 * 1080)) * 100).toFixed(3)}%`
		);
		expect(diff / (1920 * 1080)).toBeLessThan(0.01);
	});
});

test.describe('relation labels on screen', () => {
	test('by mouse: All links labels the links, the link keeps it, the export follows', async ({
		page
	}) => {
		await openSettled(page);
		await expect(page.locator('.relation-labels')).toHaveCount(0);
		await page.getByText('Filters', { exact: true }).click();
		await page.getByRole('radio', { name: 'All links' }).click();
		await expect(page).toHaveURL(/rel=all/);
		const labels = page.locator('.relation-labels text');
		await expect.poll(() => labels.count()).toBeGreaterThan(3);
		// Each label belongs to a link and says its relation.
		const first = labels.first();
		const id = await first.getAttribute('data-id');
		await expect(page.locator(`.edge[data-id="${id}"]`)).toHaveCount(1);
		await page.reload();
		await expect.poll(() => page.locator('.relation-labels text').count()).toBeGreaterThan(3);
		const dialog = await openExport(page);
		await expect(dialog.getByLabel('Relation labels')).toHaveValue('all');
	});

	test('by keyboard: Highlighted links labels only the lit links', async ({ page }) => {
		await openSettled(page, '?hl=ich');
		const summary = page.getByText('Filters', { exact: true });
		await summary.focus();
		await page.keyboard.press('Enter');
		const none = page.getByRole('radio', { name: 'None' });
		await none.focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('radio', { name: 'Highlighted links' })).toBeChecked();
		await expect(page).toHaveURL(/rel=lit/);
		// The labels' module loads on first use: wait for them as a reader would.
		const shown = page.locator('.relation-labels text');
		await expect.poll(() => shown.count()).toBeGreaterThan(0);
		const ids = await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
		// Every labelled link is one the pillar lights: drawn at full strength.
		for (const id of ids)
			await expect(page.locator(`.edge[data-id="${id}"]`)).not.toHaveAttribute(
				'opacity',
				/^0\.[0-4]/
			);
	});
});
