import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, openSettled, test } from './fixtures';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	groups: unknown[];
};

const dir = mkdtempSync(join(tmpdir(), 'im-story-'));
/** Set STORY_OUT to keep the decks the test downloads (to look at them). */
const keep = process.env['STORY_OUT'];

const BUNDLED = [
	"Iran's influence in Azerbaijan: the whole picture",
	'Pillar 1: the Iran Assistance Society',
	'Pillar 2: the Iranian Culture House in Baku',
	'Pillar 3: Red Crescent clinics',
	'Who stands behind the tripod',
	'The louder effort of the early 1990s',
	"Baku's countermeasures"
];

const panel = (page: Page) => page.getByRole('region', { name: 'Story' });
const titles = (page: Page) =>
	panel(page)
		.locator('li input.title')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function openStory(page: Page) {
	await page.getByRole('button', { name: 'Story', exact: true }).click();
	await expect(panel(page)).toBeVisible();
	await expect(panel(page).locator('li')).not.toHaveCount(0);
}

test.describe('a story of slides', () => {
	test('is built by mouse and by keyboard, reordered, and found again after a reload', async ({
		page
	}) => {
		// Tall enough for the whole list: a drag starts and ends on rows in sight.
		await page.setViewportSize({ width: 1280, height: 1600 });
		await openSettled(page);
		await openStory(page);
		await expect.poll(() => titles(page)).toEqual(BUNDLED);

		// Mouse: highlight a pillar in the legend, add a slide, rename it.
		await page
			.getByRole('region', { name: 'Legend' })
			.getByRole('button', { name: /^Iranian Red Crescent/ })
			.click();
		await panel(page).getByRole('button', { name: 'Add slide' }).click();
		const added = panel(page).getByRole('textbox', { name: 'Title of slide 8' });
		await expect(added).toHaveValue('Iranian Red Crescent');
		await expect(added).toBeFocused();
		await added.fill('Clinics, close up');
		await added.press('Tab');
		await expect(panel(page).getByRole('status').first()).toHaveText(
			'Renamed slide 8 “Clinics, close up”.'
		);

		// Keyboard: a second slide, typed, then moved up with Alt+↑ (announced, focus kept).
		await panel(page).getByRole('button', { name: 'Add slide' }).focus();
		await page.keyboard.press('Enter');
		const typed = panel(page).getByRole('textbox', { name: 'Title of slide 9' });
		await expect(typed).toBeFocused();
		await page.keyboard.type('Typed slide');
		await page.keyboard.press('Alt+ArrowUp');
		await expect(panel(page).getByText('Moved “Typed slide” to place 8 of 9.')).toBeAttached();
		await expect(panel(page).getByRole('textbox', { name: 'Title of slide 8' })).toBeFocused();
		await expect(panel(page).getByRole('textbox', { name: 'Title of slide 8' })).toHaveValue(
			'Typed slide'
		);
		// The move buttons do the same by mouse, and by Enter.
		await panel(page).getByRole('button', { name: 'Move slide 8 down' }).click();
		await expect
			.poll(async () => (await titles(page)).slice(7))
			.toEqual(['Clinics, close up', 'Typed slide']);

		// A third slide: duplicate the first, then drag it to the end.
		await panel(page).getByRole('button', { name: 'Duplicate slide 1' }).click();
		await expect.poll(async () => (await titles(page))[1]).toBe(`${BUNDLED[0]} (copy)`);
		await panel(page)
			.locator('li')
			.nth(1)
			.locator('.number')
			.dragTo(panel(page).locator('li').last().locator('.number'));
		const expected = [...BUNDLED, 'Clinics, close up', 'Typed slide', `${BUNDLED[0]} (copy)`];
		await expect.poll(() => titles(page)).toEqual(expected);

		// Deleting asks nothing and says what it did.
		await panel(page).getByRole('button', { name: 'Delete slide 10' }).click();
		await expect(panel(page).getByText(/Deleted slide 10/)).toBeAttached();
		expected.pop();

		// Kept in the browser: a reload finds the story as it was left.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await openStory(page);
		await expect.poll(() => titles(page)).toEqual(expected);

		// Go to: the slide's view comes back (its highlight goes into the address).
		await page.getByRole('button', { name: 'Go to slide 3' }).click();
		await expect(page).toHaveURL(/hl=ich/);
		await page.getByRole('button', { name: 'Go to slide 8' }).click();
		await expect(page).toHaveURL(/hl=irc/);
	});

	test('makes a slide per highlighted cluster, or per group, and goes out in Download JSON', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 1600 });
		await openSettled(page);
		await openStory(page);
		const legend = page.getByRole('region', { name: 'Legend' });
		await legend.getByRole('button', { name: /^Iran Assistance Society/ }).click();
		await legend
			.getByRole('button', { name: /^Iranian Red Crescent/ })
			.click({ modifiers: ['Shift'] });
		await panel(page).getByRole('button', { name: 'Slides for each cluster' }).click();
		await expect(panel(page).getByText('Added 2 slides, one for each cluster.')).toBeAttached();
		await expect
			.poll(async () => (await titles(page)).slice(7))
			.toEqual(['Iran Assistance Society', 'Iranian Red Crescent']);
		// Each highlights its cluster alone.
		await page.getByRole('button', { name: 'Go to slide 9' }).click();
		await expect(page).toHaveURL(/hl=irc(&|$)/);

		// Nothing highlighted: one slide per group.
		await legend.getByRole('button', { name: /^Iranian Red Crescent/ }).click();
		await expect(page).not.toHaveURL(/hl=/);
		await panel(page).getByRole('button', { name: 'Slides for each cluster' }).click();
		// One per group of the bundled network, after its own seven slides and the two above.
		const groups = dataset.groups.length;
		await expect(
			panel(page).getByText(`Added ${groups} slides, one for each cluster.`)
		).toBeAttached();
		await expect(panel(page).locator('li')).toHaveCount(7 + 2 + groups);

		// Download JSON carries the story as it stands, and reads back as it was.
		const [dl] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click()
		]);
		const file = join(dir, 'with-story.json');
		await dl.saveAs(file);
		const json = JSON.parse(readFileSync(file, 'utf8'));
		expect(json.story).toHaveLength(7 + 2 + dataset.groups.length);
		expect(json.story[8]).toMatchObject({
			title: 'Iranian Red Crescent',
			view: { highlighted: ['irc'] }
		});
		expect(json.story.map((s: { title: string }) => s.title)).toEqual(await titles(page));
	});

	test('is presented full screen: keys and a click move between views, Escape leaves', async ({
		page
	}) => {
		await openSettled(page);
		await openStory(page);
		await panel(page).getByRole('button', { name: 'Present' }).click();
		const band = page.locator('section[aria-roledescription="slide"]');
		await expect(band).toHaveAttribute('data-slide', '1');
		await expect(band.getByRole('heading')).toHaveText(BUNDLED[0]!);
		await expect(page.locator('header.toolbar')).toBeHidden();
		await expect(panel(page)).toBeHidden();

		const at = async (n: number, hl: RegExp | null) => {
			await expect(band).toHaveAttribute('data-slide', String(n));
			await expect(band.getByRole('heading')).toHaveText(BUNDLED[n - 1]!);
			await expect(band).toHaveAttribute('data-moving', 'false');
			if (hl) await expect(page).toHaveURL(hl);
		};
		const before = await page.locator('.node[data-id="iranian-red-crescent"]').boundingBox();
		await page.keyboard.press('ArrowRight');
		await at(2, /hl=ias/);
		await page.keyboard.press('PageDown');
		await at(3, /hl=ich/);
		await page.keyboard.press('ArrowLeft');
		await at(2, /hl=ias/);
		await page.keyboard.press('Space');
		await at(3, /hl=ich/);
		await page.mouse.click(300, 200);
		await at(4, /hl=irc/);
		await page.keyboard.press('PageUp');
		await at(3, /hl=ich/);
		// The camera framed the network anew for the full screen: nodes moved.
		const after = await page.locator('.node[data-id="iranian-red-crescent"]').boundingBox();
		expect(after).not.toEqual(before);

		await page.keyboard.press('Escape');
		await expect(band).toHaveCount(0);
		await expect(page.locator('header.toolbar')).toBeVisible();
		await expect(panel(page)).toBeVisible();
		await expect(page).toHaveURL(/hl=ich/);
	});

	test('moves at once under reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openSettled(page);
		await openStory(page);
		await panel(page).getByRole('button', { name: 'Present' }).click();
		const band = page.locator('section[aria-roledescription="slide"]');
		await expect(band).toHaveAttribute('data-slide', '1');
		const moving: string[] = [];
		await page.exposeFunction('seen', (v: string) => moving.push(v));
		await band.evaluate((el) =>
			new MutationObserver(() =>
				(window as unknown as { seen: (v: string) => void }).seen(el.dataset['moving']!)
			).observe(el, { attributes: true, attributeFilter: ['data-moving'] })
		);
		await page.keyboard.press('End');
		await expect(band).toHaveAttribute('data-slide', String(BUNDLED.length));
		await expect(page).toHaveURL(/hl=azerbaijan/);
		expect(moving).not.toContain('true');
		await page.keyboard.press('Escape');
		await expect(band).toHaveCount(0);
	});

	test('downloads the deck as PowerPoint, PDF and a ZIP of SVGs, each a page per slide', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await openSettled(page);
		await openStory(page);
		const save = async (label: string, name: string) => {
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				panel(page).getByRole('button', { name: label, exact: true }).click()
			]);
			const file = join(dir, name);
			await dl.saveAs(file);
			if (keep) {
				mkdirSync(keep, { recursive: true });
				copyFileSync(file, join(keep, name));
			}
			await expect(panel(page).getByText(/^Saved .*: 7 slides/)).toBeVisible();
			return { file, suggested: dl.suggestedFilename() };
		};
		const pageTexts = (pdf: string) => {
			const pages = Number(
				/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]
			);
			return Array.from({ length: pages }, (_, i) =>
				execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
					encoding: 'utf8'
				}).replace(/\s+/g, ' ')
			);
		};
		const checkPages = (texts: string[]) => {
			expect(texts).toHaveLength(BUNDLED.length);
			texts.forEach((text, i) => {
				expect(text, `page ${i + 1}`).toContain(BUNDLED[i]!);
				expect(text, `page ${i + 1}`).toContain('UNCLASSIFIED');
				expect(text, `page ${i + 1}`).toContain('Source: GlobalSecurity.org');
			});
			// Node labels are text on the page, in the pillar's slide among others.
			expect(texts[1]).toContain('Iran Assistance Society');
			expect(texts[1]).toContain('Micro-loans');
			expect(texts[3]).toContain('Iranian Clinics in Baku');
		};

		const pptx = await save('PowerPoint', 'deck.pptx');
		expect(pptx.suggested).toMatch(/^irans-influence-networks-in-azerbaijan_deck_.*\.pptx$/);
		const parts = unzipSync(readFileSync(pptx.file));
		const notes = Object.keys(parts).filter((f) => /notesSlide\d+\.xml$/.test(f));
		expect(notes).toHaveLength(BUNDLED.length);
		// LibreOffice Impress opens it and draws every slide; a profile of its own, so runs don't clash.
		const profile = mkdtempSync(join(tmpdir(), 'im-soffice-'));
		execFileSync(
			'soffice',
			[
				`-env:UserInstallation=file://${profile}`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				dir,
				pptx.file
			],
			{ env: { ...process.env, HOME: profile }, timeout: 120_000 }
		);
		checkPages(pageTexts(join(dir, 'deck.pdf')));
		if (keep) copyFileSync(join(dir, 'deck.pdf'), join(keep, 'deck-pptx-impress.pdf'));

		const pdf = await save('PDF', 'deck-direct.pdf');
		checkPages(pageTexts(pdf.file));

		const zip = await save('SVGs (ZIP)', 'deck.zip');
		const svgs = unzipSync(readFileSync(zip.file));
		expect(Object.keys(svgs)).toEqual([
			'01-irans-influence-in-azerbaijan-the-whole-picture.svg',
			'02-pillar-1-the-iran-assistance-society.svg',
			'03-pillar-2-the-iranian-culture-house-in-baku.svg',
			'04-pillar-3-red-crescent-clinics.svg',
			'05-who-stands-behind-the-tripod.svg',
			'06-the-louder-effort-of-the-early-1990s.svg',
			'07-bakus-countermeasures.svg'
		]);
		for (const [name, bytes] of Object.entries(svgs))
			expect(new TextDecoder().decode(bytes), name).toMatch(/^<svg [^>]*width="1920"/);
	});
});
