import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, node, openSettled, test } from './fixtures';

const dataset = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')) as {
	nodes: { id: string; label: string }[];
	events: { date: string; label: string; nodes?: string[] }[];
};

const fromThumb = (page: Page) => page.getByRole('slider', { name: 'From year' });
const toThumb = (page: Page) => page.getByRole('slider', { name: 'To year' });
const years = (page: Page) => page.getByRole('group', { name: /^Years/ });

/** From now on the page's timers run only when the test moves its clock on. */
async function stopTheClock(page: Page) {
	await page.clock.install({ time: new Date('2030-01-01T00:00:00Z') });
	await page.clock.pauseAt(new Date('2030-01-01T00:00:05Z'));
}

/** The span and where each year sits along the track, in page pixels. */
async function track(page: Page) {
	const min = Number(await fromThumb(page).getAttribute('aria-valuemin'));
	const max = Number(await toThumb(page).getAttribute('aria-valuemax'));
	const box = (await page.locator('.time .track').boundingBox())!;
	return {
		min,
		max,
		y: box.y + box.height / 2,
		x: (year: number) => box.x + ((year - min) / (max - min)) * box.width
	};
}

test.describe('the two-thumb year range', () => {
	test('each thumb follows the mouse across several years, and they cannot cross', async ({
		page
	}) => {
		await openSettled(page);
		const t = await track(page);
		expect(t.max - t.min).toBeGreaterThanOrEqual(10);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(t.min));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max));

		// The To thumb, dragged left year by year: the value is the pointer's all the way.
		await page.mouse.move(t.x(t.max), t.y);
		await page.mouse.down();
		for (let year = t.max - 1; year >= t.max - 8; year--) {
			await page.mouse.move(t.x(year), t.y, { steps: 3 });
			await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(year));
		}
		await page.mouse.up();
		await expect(toThumb(page)).toBeFocused();
		await expect(years(page)).toContainText(`${t.min}–${t.max - 8}`);
		await expect(page).toHaveURL(new RegExp(`years=${t.min}-${t.max - 8}`));

		// The From thumb, dragged right, then on past the To thumb: it stops there.
		await page.mouse.move(t.x(t.min), t.y);
		await page.mouse.down();
		for (let year = t.min + 1; year <= t.min + 4; year++) {
			await page.mouse.move(t.x(year), t.y, { steps: 3 });
			await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(year));
		}
		await page.mouse.move(t.x(t.max), t.y, { steps: 6 });
		await page.mouse.up();
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 8));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 8));
		await expect(years(page)).toContainText(String(t.max - 8));
		await expect(years(page)).not.toContainText('–');
		// Each thumb's bounds are the other's value.
		await expect(fromThumb(page)).toHaveAttribute('aria-valuemax', String(t.max - 8));
		await expect(toThumb(page)).toHaveAttribute('aria-valuemin', String(t.max - 8));

		// From one year, a drag to the right moves the To thumb: the pair opens again.
		await page.mouse.move(t.x(t.max - 8), t.y);
		await page.mouse.down();
		await page.mouse.move(t.x(t.max - 5), t.y, { steps: 4 });
		await page.mouse.up();
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 5));
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 8));

		// A click on the track moves the nearer thumb there.
		await page.mouse.click(t.x(t.min + 1), t.y);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(t.min + 1));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 5));
		await page.getByRole('button', { name: 'All years' }).click();
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max));
		await expect(page).not.toHaveURL(/years=/);
	});

	test('keys move each thumb, and never past the other', async ({ page }) => {
		await openSettled(page);
		const { min, max } = await track(page);
		const from = fromThumb(page),
			to = toThumb(page);
		await from.focus();
		await page.keyboard.press('ArrowRight');
		await expect(from).toHaveAttribute('aria-valuenow', String(min + 1));
		await page.keyboard.press('PageUp');
		await expect(from).toHaveAttribute('aria-valuenow', String(min + 6));
		await page.keyboard.press('ArrowDown');
		await expect(from).toHaveAttribute('aria-valuenow', String(min + 5));
		await page.keyboard.press('Home');
		await expect(from).toHaveAttribute('aria-valuenow', String(min));
		await to.focus();
		await page.keyboard.press('PageDown');
		await expect(to).toHaveAttribute('aria-valuenow', String(max - 5));
		await page.keyboard.press('ArrowUp');
		await expect(to).toHaveAttribute('aria-valuenow', String(max - 4));
		await expect(to).toHaveAttribute('aria-valuetext', String(max - 4));
		await from.focus();
		await page.keyboard.press('End');
		await expect(from).toHaveAttribute('aria-valuenow', String(max - 4));
		await expect(to).toHaveAttribute('aria-valuenow', String(max - 4));
		await to.focus();
		await page.keyboard.press('Home');
		await expect(to).toHaveAttribute('aria-valuenow', String(max - 4));
		await page.keyboard.press('End');
		await expect(to).toHaveAttribute('aria-valuenow', String(max));
	});

	test('a link with years outside the span shows them at its ends', async ({ page }) => {
		await openSettled(page, '?years=1800-1995');
		const { min } = await track(page);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', '1995');
		await expect(years(page)).toContainText(`${min}–1995`);
	});

	test('Play steps through the years from the start and Pause stops it', async ({ page }) => {
		await openSettled(page);
		const { min, max } = await track(page);
		await stopTheClock(page);
		await page.getByRole('button', { name: 'Play' }).click();
		// With every year shown, Play widens from the first year.
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		for (let year = min + 1; year <= min + 3; year++) {
			await page.clock.runFor(1200);
			await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(year));
		}
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.runFor(12_000);
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(min + 3));
		// The address keeps the window Play stopped at (written once the steps pause).
		await expect(page).toHaveURL(new RegExp(`years=${min}-${min + 3}`));
		// Play again goes on from where it paused, to the end, and stops there.
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(min + 4));
		await page.clock.runFor(1200 * (max - min));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(max));
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	});

	test('Play slides a narrowed window, and comes half as often under reduced motion', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openSettled(page);
		const { min } = await track(page);
		await toThumb(page).focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
		await stopTheClock(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(min + 2));
		await page.clock.runFor(1300);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
		await page.clock.runFor(1200);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min + 1));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(min + 3));
		// A key on a thumb takes over from Play.
		await fromThumb(page).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await page.clock.runFor(10_000);
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', String(min));
	});

	test('clicking a timeline event shows its year and lights its nodes', async ({ page }) => {
		await openSettled(page);
		const event = dataset.events.find((e) => e.label === 'Turan reports an information war')!;
		const year = event.date.slice(0, 4);
		expect(event.nodes?.length).toBeGreaterThan(1);
		const button = page.getByRole('button', { name: new RegExp(event.label) });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(fromThumb(page)).toHaveAttribute('aria-valuenow', year);
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', year);
		await expect(page).toHaveURL(new RegExp(`years=${year}-${year}`));
		for (const id of event.nodes!) {
			await expect(node(page, id)).toHaveAttribute('opacity', '1');
			const label = dataset.nodes.find((n) => n.id === id)!.label;
			await expect(page.locator('.labels text', { hasText: label })).toHaveCount(1);
		}
		const others = await page
			.locator('.node')
			.evaluateAll(
				(els, lit) =>
					els
						.filter((e) => !lit.includes(e.getAttribute('data-id')!))
						.map((e) => Number(e.getAttribute('opacity'))),
				event.nodes!
			);
		expect(others.length).toBeGreaterThan(0);
		for (const o of others) expect(o).toBeLessThan(1);

		// Another event takes over; clicking it again lets go of its nodes.
		const pipeline = page.getByRole('button', { name: /Gas pipeline deal for Nakhichevan/ });
		await pipeline.click();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', '1996');
		await expect(node(page, 'nakhchivan')).toHaveAttribute('opacity', '1');
		await expect(node(page, 'iranian-intelligence')).not.toHaveAttribute('opacity', '1');
		await pipeline.click();
		await expect(pipeline).toHaveAttribute('aria-pressed', 'false');
		await expect(node(page, 'iranian-intelligence')).toHaveAttribute('opacity', '1');
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a thumb follows a finger across several years', async ({ page }) => {
		await openSettled(page);
		// On a phone the years live in the toolbar's menu, as every other control: a user opens it.
		await page.getByRole('button', { name: 'Menu', exact: true }).tap();
		const range = page.locator('.time');
		await expect(range).toBeInViewport({ ratio: 1 });
		// Both thumbs and the whole track lie on screen, and the menu does not scroll the page sideways.
		for (const part of [range.locator('.track'), fromThumb(page), toThumb(page)]) {
			const b = (await part.boundingBox())!;
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(390);
		}
		expect(
			await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		const t = await track(page);
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y: t.y, id: 1 }]
			});
		await touch('touchStart', t.x(t.max));
		for (let year = t.max - 1; year >= t.max - 6; year--) {
			await touch('touchMove', t.x(year));
			await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(year));
		}
		await touch('touchEnd', t.x(t.max - 6));
		await expect(toThumb(page)).toHaveAttribute('aria-valuenow', String(t.max - 6));
		await expect(page).toHaveURL(new RegExp(`years=${t.min}-${t.max - 6}`));
	});
});
