import type { Page } from '@playwright/test';
import { graph } from './fixtures';

/** What lies over the graph and where each node's shape is drawn, in page pixels. */
export interface Placement {
	/** Nodes whose whole drawn shape (not only the centre) touches an overlay's box. */
	under: string[];
	/** Nodes not wholly inside the graph area. */
	off: string[];
	/** Overlays seen over the graph (legend, zoom buttons, a sheet). */
	overlays: number;
}

/**
 * Measures every node's circle (centre of its drawn shape, radius half its smaller side) against
 * the boxes of the legend, the zoom buttons and any other element over the graph, as drawn.
 */
export function placement(page: Page, ids?: string[]): Promise<Placement> {
	return page.evaluate((only) => {
		const area = document.querySelector('[aria-roledescription="network graph"]')!;
		const g = area.getBoundingClientRect();
		const boxes = [
			...document.querySelectorAll('.legend-box, [aria-label="Zoom"][role="toolbar"], aside')
		]
			.map((e) => e.getBoundingClientRect())
			.filter((b) => b.width > 0 && b.left < g.right && b.top < g.bottom && b.right > g.left);
		const under: string[] = [],
			off: string[] = [];
		for (const n of document.querySelectorAll<SVGGElement>('.node')) {
			const id = n.dataset.id!;
			if (only && !only.includes(id)) continue;
			const shape = [...n.querySelectorAll('path')].find(
				(p) => !p.classList.contains('focus-ring') && p.getAttribute('fill') !== 'none'
			)!;
			const b = shape.getBoundingClientRect();
			const cx = b.x + b.width / 2,
				cy = b.y + b.height / 2,
				r = Math.min(b.width, b.height) / 2;
			if (cx - r < g.left || cx + r > g.right || cy - r < g.top || cy + r > g.bottom) off.push(id);
			const hidden = boxes.some((o) => {
				const nx = Math.max(o.left, Math.min(cx, o.right)),
					ny = Math.max(o.top, Math.min(cy, o.bottom));
				return Math.hypot(cx - nx, cy - ny) < r;
			});
			if (hidden) under.push(id);
		}
		return { under, off, overlays: boxes.length };
	}, ids ?? null);
}

/** A node's centre on the page. */
export async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
	const b = (await page
		.locator(`.node[data-id="${id}"] path:not(.focus-ring)`)
		.last()
		.boundingBox())!;
	return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** A point of the graph's empty background, at least `clear` px from any node or overlay. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
	const g = (await graph(page).boundingBox())!;
	const p = await page.evaluate(
		({ g }) => {
			for (let fy = 0.15; fy < 0.9; fy += 0.05)
				for (let fx = 0.5; fx < 0.95; fx += 0.05) {
					const x = g.x + g.width * fx,
						y = g.y + g.height * fy;
					const ok = [-12, 0, 12].every((dx) =>
						[-12, 0, 12].every((dy) =>
							document.elementFromPoint(x + dx, y + dy)?.classList.contains('backdrop')
						)
					);
					if (ok) return { x, y };
				}
			return null;
		},
		{ g }
	);
	if (!p) throw new Error('no empty background to drag');
	return p;
}

/** Pans the picture by dragging the background so that node `id` lands on page point `to`. */
export async function panNodeTo(page: Page, id: string, to: { x: number; y: number }) {
	const at = await centreOf(page, id);
	const from = await emptyPoint(page);
	const dx = to.x - at.x,
		dy = to.y - at.y;
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 });
	await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 });
	await page.mouse.up();
}

/** The middle of the legend's box on the page. */
export async function legendMiddle(page: Page): Promise<{ x: number; y: number }> {
	const b = (await page.locator('.legend-box').boundingBox())!;
	return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** The view's transform, read from the drawn viewport. */
export async function viewTransform(page: Page): Promise<{ x: number; y: number; k: number }> {
	const t = (await page.locator('.viewport').getAttribute('transform'))!;
	const m = /translate\(([^,]+),([^)]+)\) scale\(([^)]+)\)/.exec(t)!;
	return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}
