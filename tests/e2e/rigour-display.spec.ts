import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, node, openSettled, panelHeading, statusBar, test } from './fixtures';

// Issue 15's display, on a small network that uses every new field (tests/fixtures/rigour-small.json):
// three line styles, node rings, the inferred-membership dot, grades, relays, "as of" and relations.

const fixture = readFileSync('tests/fixtures/rigour-small.json');
const data = JSON.parse(fixture.toString('utf8')) as {
	nodes: { id: string; confidence?: string }[];
	edges: { id: string; confidence?: string }[];
};

async function openFixture(page: Page) {
	await openSettled(page);
	await page.locator('input[type="file"]').setInputFiles({
		name: 'rigour-small.json',
		mimeType: 'application/json',
		buffer: fixture
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rigour test network');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('.edge')).toHaveCount(data.edges.length);
}

const edgeLine = (page: Page, id: string) =>
	page.locator(
		`.edge[data-id="${id}"] line:not(.hit), .edge[data-id="${id}"] path:not(.hit, .arrowhead)`
	);
const dashOf = async (page: Page, id: string) =>
	(await edgeLine(page, id).first().getAttribute('stroke-dasharray')) ?? 'solid';
const filters = (page: Page) => page.locator('summary', { hasText: /^Filters/ });
const panel = (page: Page) => page.getByRole('complementary');

test.describe('confidence, grades and dates on screen', () => {
	test('the picture draws three line styles, rings reported and inferred nodes, dots an inferred membership; the legend explains them', async ({
		page
	}) => {
		await openFixture(page);
		const stated = await dashOf(page, 'gov-foundation');
		const reported = await dashOf(page, 'gov-campaign');
		const inferred = await dashOf(page, 'foundation-school');
		expect(stated).toBe('solid');
		expect(new Set([stated, reported, inferred]).size).toBe(3);
		// Two reported edges share one style.
		expect(await dashOf(page, 'campaign-foundation')).toBe(reported);
		// Long dashes for reported, short for inferred.
		expect(Number(reported.split(' ')[0])).toBeGreaterThan(3 * Number(inferred.split(' ')[0]));

		await expect(node(page, 'campaign').locator('.confidence-ring')).toHaveCount(1);
		await expect(node(page, 'school').locator('.confidence-ring')).toHaveCount(1);
		await expect(node(page, 'gov').locator('.confidence-ring')).toHaveCount(0);
		await expect(node(page, 'foundation').locator('.membership-mark')).toHaveCount(1);
		await expect(node(page, 'school').locator('.membership-mark')).toHaveCount(0);

		const key = page.getByRole('list', { name: 'Confidence' });
		await expect(key.getByRole('listitem')).toHaveText([
			'Stated by the source',
			'Reported: relayed or hedged',
			'Inferred by the dataset’s author'
		]);
		const samples = await key
			.locator('line')
			.evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid'));
		expect(new Set(samples).size).toBe(3);
		// The folded key explains the ring and the dot, and loads when opened.
		await page.getByText('Shapes, lines and sizes').click();
		await expect(page.getByText('Ring: node reported')).toBeVisible();
		await expect(page.getByText('Ring: node inferred')).toBeVisible();
		await expect(page.getByText('Hollow dot: group inferred', { exact: true })).toBeVisible();
		// Coloured by type, the picture draws no dot, and the key no longer explains one.
		await page.getByLabel('Colour by').selectOption('type');
		await expect(node(page, 'foundation').locator('.membership-mark')).toHaveCount(0);
		await expect(page.getByText('Ring: node reported')).toBeVisible();
		await expect(page.getByText('Hollow dot: group inferred', { exact: true })).toHaveCount(0);
	});

	test('by mouse: a reported edge says so, with its grade explained, its relay chain and its inverse', async ({
		page
	}) => {
		await openFixture(page);
		// The middle of the line: a real click, where an analyst would aim.
		const box = (await page.locator('.edge[data-id="gov-campaign"]').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(panelHeading(page)).toHaveText('Government → runs → Information Campaign');
		const p = panel(page);
		await expect(p.locator('dd.confidence')).toContainText('Reported — the source relays this');
		await expect(p.locator('.citations li')).toContainText('¶6 · C3');
		await expect(p.locator('.grade')).toHaveAttribute(
			'title',
			'source reliability C: fairly reliable; credibility 3: possibly true'
		);
		await expect(p.locator('.grade .visually-hidden')).toHaveText(
			', graded C3: source reliability C: fairly reliable; credibility 3: possibly true'
		);
		await expect(p.locator('.via')).toHaveText(
			'via Example news agency, Report of 4 April 2007 ← an unnamed intelligence expert'
		);
		await expect(p.locator('.hedge')).toHaveText('(the source says “most likely”)');
		await expect(p.locator('.dates')).toHaveText('published 14 Nov 2013');
		await expect(p.locator('dd.inverse')).toHaveText(
			'Information Campaign → is run by → Government'
		);
		// The selected edge keeps its level's dashes, grown with the line.
		const dash = await dashOf(page, 'gov-campaign');
		expect(dash).not.toBe('solid');
		await page.screenshot({ path: test.info().outputPath('reported-edge.png') });
	});

	test('by keyboard: a node reached with Tab and arrows shows its level, its note and its inferred group', async ({
		page
	}) => {
		await openFixture(page);
		await node(page, 'foundation').focus();
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toHaveText('Charity Foundation');
		const p = panel(page);
		await expect(p.locator('dd.confidence')).toContainText('Stated — the source says this.');
		await expect(p.locator('dd.confidence')).toContainText('without naming which');
		await expect(p.locator('dd.membership')).toHaveText(
			'Group membership inferred by the dataset’s author.'
		);
		await expect(p.locator('.citations li')).toContainText('¶9 · C2');
		// From the target's side, relations read backwards: "is funded by".
		await expect(p.getByRole('heading', { level: 4, name: /is funded by/ })).toBeVisible();
		// Tab reaches the link to the edge's details; Enter opens it.
		await p
			.getByRole('link', { name: /details of this link/ })
			.first()
			.focus();
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toContainText('→');
	});

	test('by mouse: the grade filter keeps what meets a floor, in the address; stated only still means stated only', async ({
		page
	}) => {
		await openFixture(page);
		await filters(page).click();
		const reliability = page.getByLabel('Reliability at least');
		const credibility = page.getByLabel('Credibility at least');
		await reliability.selectOption('C');
		await expect(page).toHaveURL(/[?&]grade=C(&|$)/);
		// The agency is graded D: its edge goes.
		await expect(page.locator('.edge[data-id="campaign-foundation"]')).toHaveCount(0);
		await expect(page.locator('.edge')).toHaveCount(data.edges.length - 1);
		await credibility.selectOption('3');
		await expect(page).toHaveURL(/[?&]grade=C3(&|$)/);
		// The school is C4: it and its edge go.
		await expect(node(page, 'school')).toHaveCount(0);
		await expect(page.locator('.edge')).toHaveCount(data.edges.length - 2);
		await expect(filters(page)).toHaveText('Filters · grade C3+');
		await reliability.selectOption('');
		await credibility.selectOption('');
		await expect(page).not.toHaveURL(/grade=/);
		await expect(page.locator('.edge')).toHaveCount(data.edges.length);

		await page.getByRole('switch', { name: 'Stated by the source only' }).click();
		const stated = data.edges.filter((e) => (e.confidence ?? 'stated') === 'stated');
		await expect(page.locator('.edge')).toHaveCount(stated.length);
		await expect(page.locator('.edge[data-id="gov-campaign"]')).toHaveCount(0);
		await expect(node(page, 'campaign')).toHaveCount(0);
	});

	test('by keyboard: the grade floor is set with the arrow keys', async ({ page }) => {
		await openFixture(page);
		await filters(page).focus();
		await page.keyboard.press('Enter');
		// The menu's body loads on first use: Tab once it is there, as a user would.
		await expect(page.getByLabel('Reliability at least')).toBeVisible();
		await page.keyboard.press('Tab'); // the stated switch
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Reliability at least')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Credibility at least')).toBeFocused();
		// any → 1 → 2 → 3
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/[?&]grade=3(&|$)/);
		await expect(node(page, 'school')).toHaveCount(0);
		await expect(statusBar(page)).toContainText('4 nodes');
	});

	test('the relation filter lists the vocabulary with each description as its title', async ({
		page
	}) => {
		await openFixture(page);
		await filters(page).click();
		const relations = page.locator('fieldset', { hasText: 'Edge relations' }).locator('label');
		await expect(relations).toHaveText(['campaigns against', 'funds', 'runs']);
		await expect(relations.filter({ hasText: 'funds' })).toHaveAttribute(
			'title',
			'Gives money to.'
		);
		// The picture names edges by the vocabulary's label, not its id ("campaigns-against").
		await expect(page.locator('.edge-proxy[data-id="campaign-foundation"]')).toHaveAttribute(
			'aria-label',
			'Information Campaign → campaigns against → Charity Foundation'
		);
		await relations.filter({ hasText: 'runs' }).locator('input').uncheck();
		await expect(page).toHaveURL(/hide-rel=runs/);
		await expect(page.locator('.edge')).toHaveCount(2);
	});

	test('"as of": the timeline ends an open period at its date, and the year filter hides it after', async ({
		page
	}) => {
		await openFixture(page);
		const p = panel(page);
		await p.getByText('When each element was true').click();
		const row = p.locator('li.row[data-id="strategy"]');
		await expect(row).toHaveClass(/ends-as-of/);
		// In the panel's flow, not lifted out of it.
		expect((await row.boundingBox())!.y).toBeGreaterThan(
			(await p.getByText('When each element was true').boundingBox())!.y
		);
		await expect(row.locator('.as-of')).toHaveText('as of 2013');
		// The bar stops short of the axis' end (2020): known up to 2013, not ongoing.
		const track = (await row.locator('.track').boundingBox())!;
		const bar = (await row.locator('.bar').boundingBox())!;
		expect(bar.x + bar.width).toBeLessThan(track.x + track.width * 0.8);
		await expect(p.getByText('from 1999, as of 2013').first()).toBeAttached();

		// The year filter marks 2013 on its track and says in words what ends there.
		const tick = page.locator('.time .as-of');
		await expect(tick).toHaveCount(1);
		await expect(tick).toHaveAttribute('title', /^2 elements known only up to 2013 \(as of 2013\)/);
		await expect(page.getByRole('slider', { name: 'From year' })).toHaveAccessibleDescription(
			/2 elements known only up to 2013/
		);
		const rail = (await page.locator('.time .rail').boundingBox())!;
		const mark = (await tick.boundingBox())!;
		// 2013 on a 1999–2020 track: about two thirds along.
		const along = (mark.x + mark.width / 2 - rail.x) / rail.width;
		expect(along).toBeGreaterThan(0.55);
		expect(along).toBeLessThan(0.75);

		// Keyboard: the "from" thumb to the last year (2020): the as-of strategy is gone.
		await page.getByRole('slider', { name: 'From year' }).focus();
		await page.keyboard.press('End');
		await expect(page).toHaveURL(/years=2020-2020/);
		await expect(node(page, 'strategy')).toHaveCount(0);
		// Back to 2013, it is known then.
		for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/years=2013-2020/);
		await expect(node(page, 'strategy')).toHaveCount(1);
	});

	test('the exported SVG’s legend explains the rings and the membership dot, only those drawn', async ({
		page
	}) => {
		await openFixture(page);
		const legendOf = async (name: string) => {
			await page.getByRole('button', { name: 'Export', exact: true }).click();
			const dialog = page.getByRole('dialog', { name: 'Export' });
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				dialog.getByRole('button', { name: 'Download SVG' }).click()
			]);
			const file = test.info().outputPath(name);
			await dl.saveAs(file);
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
			const svg = readFileSync(file, 'utf8');
			return svg.slice(svg.indexOf('<g id="legend"'), svg.indexOf('<g id="furniture"'));
		};
		const all = await legendOf('all.svg');
		expect(all).toContain('>Ring: node reported<');
		expect(all).toContain('>Ring: node inferred<');
		expect(all).toContain('>Hollow dot: group inferred<');
		// Each ring sample wears its level's dash, as the picture's rings do.
		const ringDashes = [
			...all.matchAll(/<path[^>]*fill="none"[^>]*stroke-dasharray="([^"]+)"/g)
		].map((m) => m[1]);
		expect(new Set(ringDashes).size).toBe(2);

		// Stated only: the reported and inferred nodes go, their rings' rows with them; the stated
		// foundation keeps its inferred group, and its dot's row.
		await filters(page).click();
		await page.getByRole('switch', { name: 'Stated by the source only' }).click();
		await expect(node(page, 'school')).toHaveCount(0);
		await filters(page).click();
		const stated = await legendOf('stated.svg');
		expect(stated).not.toContain('Ring: node');
		expect(stated).toContain('>Hollow dot: group inferred<');
	});

	test('the table names each level and grade', async ({ page }) => {
		await openFixture(page);
		await page.getByRole('button', { name: /^Table/ }).click();
		const table = page.getByRole('region', { name: 'Table' });
		await table.getByRole('tab', { name: /^Edges/ }).click();
		const row = table.locator('tbody tr[data-id="gov-campaign"]');
		await expect(row).toContainText('reported');
		await expect(row).toContainText('C3');
		await table.getByRole('tab', { name: /^Nodes/ }).click();
		await expect(table.locator('tbody tr', { hasText: 'Charity Foundation' })).toContainText(
			'stated; group inferred'
		);
		await expect(table.locator('tbody tr', { hasText: 'Quiet Strategy' })).toContainText(
			'from 1999, as of 2013'
		);
	});
});
