import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/model/load';
import { buildGraphModel } from '../../src/lib/state/graph-model';
import { expect, graph, node, openSettled, panelHeading, test } from './fixtures';
import { placement } from './overlay-geometry';

// Labels as the user sees them, measured from the boxes the browser draws.
const dataset = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))).dataset;
const { index } = buildGraphModel(dataset);
const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;

interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
interface Drawn {
	labels: { id: string; text: string; box: Rect; size: string }[];
	nodes: { id: string; box: Rect }[];
	leaders: { id: string; x1: number; y1: number; x2: number; y2: number }[];
	graph: Rect;
	/** What lies over the picture: the legend, the zoom buttons, a sheet. */
	overlays: Rect[];
}

/** Every label's and node shape's box on screen, the leader lines and the graph's area. */
function drawn(page: Page): Promise<Drawn> {
	return page.evaluate(() => {
		const rect = (e: Element) => {
			const b = e.getBoundingClientRect();
			return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
		};
		const svg = document.querySelector('#network svg')!.getBoundingClientRect();
		return {
			labels: [...document.querySelectorAll('.labels text')].map((t) => ({
				id: t.getAttribute('data-id')!,
				text: t.textContent!,
				box: rect(t),
				size: getComputedStyle(t).fontSize
			})),
			// The shape itself: not the (hidden) focus ring or the selection ring around it.
			nodes: [...document.querySelectorAll('.node')].map((g) => ({
				id: g.getAttribute('data-id')!,
				box: rect(g.querySelector('path:not([fill="none"])')!)
			})),
			leaders: [...document.querySelectorAll('line.leader')].map((l) => ({
				id: l.getAttribute('data-id')!,
				x1: Number(l.getAttribute('x1')) + svg.left,
				y1: Number(l.getAttribute('y1')) + svg.top,
				x2: Number(l.getAttribute('x2')) + svg.left,
				y2: Number(l.getAttribute('y2')) + svg.top
			})),
			graph: rect(document.querySelector('#network')!),
			overlays: [...document.querySelectorAll('[data-overlay]')]
				.map(rect)
				.filter((b) => b.right > b.left && b.bottom > b.top)
		};
	});
}

const overlap = (a: Rect, b: Rect) =>
	a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** Pairs of labels that overlap, and labels over another node's shape. */
function collisions(d: Drawn): string[] {
	const out: string[] = [];
	d.labels.forEach((a, i) =>
		d.labels.slice(i + 1).forEach((b) => {
			if (overlap(a.box, b.box)) out.push(`${a.text} / ${b.text}`);
		})
	);
	for (const l of d.labels) {
		for (const n of d.nodes)
			if (n.id !== l.id && overlap(l.box, n.box)) out.push(`${l.text} over ${labelOf(n.id)}`);
		if (d.overlays.some((o) => overlap(l.box, o))) out.push(`${l.text} under an overlay`);
	}
	return out;
}

const onScreen = (d: Drawn, id: string) => {
	const b = d.nodes.find((n) => n.id === id)!.box;
	const x = (b.left + b.right) / 2,
		y = (b.top + b.bottom) / 2;
	return x > d.graph.left && x < d.graph.right && y > d.graph.top && y < d.graph.bottom;
};

test.describe('labels at 1440×900', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('every node of the bundled network is labelled, no label on another or on a node', async ({
		page
	}) => {
		await openSettled(page);
		const d = await drawn(page);
		expect(d.labels.map((l) => l.text).sort()).toEqual(dataset.nodes.map((n) => n.label).sort());
		expect(collisions(d)).toEqual([]);
		for (const l of d.labels) {
			expect(l.box.left, l.text).toBeGreaterThanOrEqual(d.graph.left);
			expect(l.box.right, l.text).toBeLessThanOrEqual(d.graph.right);
			expect(l.box.top, l.text).toBeGreaterThanOrEqual(d.graph.top);
			expect(l.box.bottom, l.text).toBeLessThanOrEqual(d.graph.bottom);
		}
	});

	test('selecting the Culture House by mouse labels all its neighbours, and the IRGC by keyboard all of its', async ({
		page
	}) => {
		await openSettled(page);
		await node(page, 'iranian-culture-house').click();
		await expect(panelHeading(page)).toHaveText(labelOf('iranian-culture-house'));
		let d = await drawn(page);
		const labelled = () => new Set(d.labels.map((l) => l.id));
		for (const id of [...index.neighbours.get('iranian-culture-house')!, 'iranian-culture-house'])
			expect(labelled().has(id), labelOf(id)).toBe(true);
		expect(collisions(d)).toEqual([]);

		await page.keyboard.press('Escape');
		const search = page.getByRole('searchbox', { name: 'Search' });
		await search.fill('Revolutionary Guard');
		await search.press('Enter');
		await expect(panelHeading(page)).toHaveText(labelOf('irgc'));
		await expect(page).toHaveURL(/node=irgc/);
		// Search brings the node into the clear area if it was hidden (overlays.spec.ts): wait
		// until it is in plain sight and the view has stopped moving.
		let last = '';
		await expect
			.poll(async () => {
				const p = await placement(page, ['irgc']);
				const t = (await page.locator('.viewport').getAttribute('transform')) ?? '';
				const still = t === last;
				last = t;
				return p.under.length + p.off.length === 0 && still;
			})
			.toBe(true);
		d = await drawn(page);
		const neighbours = [...index.neighbours.get('irgc')!];
		expect(neighbours).toContain('foundation-administrators');
		expect(labelOf('foundation-administrators')).toBe('Charity managers with IRGC ties');
		for (const id of [...neighbours, 'irgc'].filter((id) => onScreen(d, id)))
			expect(labelled().has(id), labelOf(id)).toBe(true);
		expect(labelled().has('foundation-administrators')).toBe(true);
		expect(collisions(d)).toEqual([]);
	});

	test('highlighting a cluster from the legend labels every member, by mouse and by keyboard', async ({
		page
	}) => {
		await openSettled(page);
		const legend = page.getByRole('region', { name: 'Legend' });
		const ich = legend.getByRole('button', { name: /Iranian Culture House/ });
		await ich.click();
		await expect(ich).toHaveAttribute('aria-pressed', 'true');
		const members = dataset.nodes.filter((n) => n.group === 'ich').map((n) => n.id);
		expect(members.length).toBeGreaterThan(3);
		let labelled = new Set((await drawn(page)).labels.map((l) => l.id));
		for (const id of members) expect(labelled.has(id), labelOf(id)).toBe(true);

		await ich.click();
		const state = legend.getByRole('button', { name: /Iranian state/ });
		await state.focus();
		await page.keyboard.press('Enter');
		await expect(state).toHaveAttribute('aria-pressed', 'true');
		const d = await drawn(page);
		labelled = new Set(d.labels.map((l) => l.id));
		for (const n of dataset.nodes.filter((n) => n.group === 'iran-state'))
			expect(labelled.has(n.id), n.label).toBe(true);
		expect(collisions(d)).toEqual([]);
	});

	test('labels stay 12 px at every zoom, and leader lines join a moved label to its node', async ({
		page
	}) => {
		await openSettled(page);
		const before = await drawn(page);
		await graph(page).locator('.node').first().focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('+');
		await expect(page.locator('.viewport')).toHaveAttribute(
			'transform',
			/scale\(1\.[5-9]|scale\(2/
		);
		const after = await drawn(page);
		for (const d of [before, after])
			for (const l of d.labels) {
				expect(l.size, l.text).toBe('12px');
				expect(l.box.bottom - l.box.top, l.text).toBeLessThan(16);
			}
		expect(collisions(after)).toEqual([]);
		for (const d of [before, after])
			for (const l of d.leaders) {
				const label = d.labels.find((x) => x.id === l.id)!.box;
				const shape = d.nodes.find((x) => x.id === l.id)!.box;
				// It starts at its node's outline and ends at its label, within a few pixels.
				const near = (r: Rect, x: number, y: number) =>
					x > r.left - 4 && x < r.right + 4 && y > r.top - 4 && y < r.bottom + 4;
				expect(near(shape, l.x1, l.y1), l.id).toBe(true);
				expect(near(label, l.x2, l.y2), l.id).toBe(true);
			}
	});
});

test.describe('labels at 1280×720', () => {
	test('at least 51 of the 53 labels show, none overlapping, none over a node', async ({
		page
	}) => {
		await openSettled(page);
		const d = await drawn(page);
		expect(d.nodes).toHaveLength(53);
		expect(d.labels.length).toBeGreaterThanOrEqual(51);
		expect(collisions(d)).toEqual([]);
	});

	test('a selected node’s neighbours and a highlighted cluster’s members keep their labels here too', async ({
		page
	}) => {
		for (const [query, ids] of [
			['?node=irgc', [...index.neighbours.get('irgc')!, 'irgc']],
			[
				'?node=iranian-culture-house',
				[...index.neighbours.get('iranian-culture-house')!, 'iranian-culture-house']
			],
			['?hl=iran-state', dataset.nodes.filter((n) => n.group === 'iran-state').map((n) => n.id)],
			['?hl=ich', dataset.nodes.filter((n) => n.group === 'ich').map((n) => n.id)]
		] as const) {
			await openSettled(page, query);
			// The side panel opens and the picture re-fits beside it: wait for the labels to follow.
			await expect
				.poll(async () => {
					const d = await drawn(page);
					const labelled = new Set(d.labels.map((l) => l.id));
					return [ids.filter((id) => !labelled.has(id)).map(labelOf), collisions(d)];
				}, query)
				.toEqual([[], []]);
		}
	});
});
