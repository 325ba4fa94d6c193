import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, graph, openSettled, test } from './fixtures';

// The PDF deck draws labels beyond the standard fonts' Windows-1252: an Azerbaijani name, a Persian
// word and a Russian one come out as text that can be searched and copied.

const dir = mkdtempSync(join(tmpdir(), 'im-pdf-unicode-'));
const LABELS = ['Heydər Əliyev', 'تهران', 'Москва', 'Plain Baku'];

const network = {
	title: 'Unicode briefing',
	nodes: LABELS.map((label, i) => ({ id: `n${i}`, label })),
	edges: [
		{ source: 'n0', target: 'n1', relation: 'visits' },
		{ source: 'n1', target: 'n2', relation: 'visits' },
		{ source: 'n2', target: 'n3', relation: 'visits' }
	],
	story: [{ id: 'all', title: 'Əliyev, تهران and Москва', caption: 'Four capitals and a name.' }]
};

const panel = (page: Page) => page.getByRole('region', { name: 'Story' });

async function downloadPdf(page: Page, name: string, slides: number) {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		panel(page).getByRole('button', { name: 'PDF', exact: true }).click()
	]);
	const file = join(dir, name);
	await dl.saveAs(file);
	await expect(panel(page).getByText(new RegExp(`^Saved .*: ${slides} slides?`))).toBeVisible();
	return file;
}

/**
 * The page's text as pdftotext reads it: Arabic presentation forms folded to their letters, and
 * the direction marks it and the export put round right-to-left words left out.
 */
const textOf = (pdf: string) =>
	execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
		.normalize('NFKC')
		.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
const fontsOf = (pdf: string) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' });

test.describe('a PDF deck with labels beyond Windows-1252', () => {
	test.setTimeout(120_000);

	test('draws Azerbaijani, Persian and Russian labels as real text, in an embedded font', async ({
		page
	}) => {
		await openSettled(page);
		await page.locator('input[type="file"]').setInputFiles({
			name: 'unicode.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(network))
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unicode briefing');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await page.getByRole('button', { name: 'Story', exact: true }).click();
		await expect(panel(page).locator('li')).toHaveCount(1);
		const pdf = await downloadPdf(page, 'unicode.pdf', 1);
		const text = textOf(pdf);
		for (const label of LABELS) expect(text).toContain(label);
		// The title mixes directions: pdftotext moves the space beside the Persian word, so its
		// words are checked one by one, and nothing else is on the line.
		const title = text.split('\n').find((line) => line.startsWith('Əliyev,')) ?? '';
		for (const word of ['Əliyev,', 'تهران', 'and', 'Москва']) expect(title).toContain(word);
		expect(title.replace(/\s/g, '')).toHaveLength('Əliyev,تهرانandМосква'.length);
		// The font is in the file, cut down to the glyphs used.
		expect(fontsOf(pdf)).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
		const size = statSync(pdf).size;
		console.log(`unicode deck: ${size} bytes`);
		expect(size).toBeLessThan(400_000);
	});

	test('the bundled deck, all Windows-1252, embeds no font', async ({ page }) => {
		test.setTimeout(180_000);
		await openSettled(page);
		await page.getByRole('button', { name: 'Story', exact: true }).click();
		await expect(panel(page).locator('li')).toHaveCount(7);
		const pdf = await downloadPdf(page, 'bundled.pdf', 7);
		expect(fontsOf(pdf)).not.toContain('DejaVuSans');
		console.log(`bundled deck: ${statSync(pdf).size} bytes`);
	});
});
