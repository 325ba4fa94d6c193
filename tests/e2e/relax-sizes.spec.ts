import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, graph, openSettled, statusBar, test } from './fixtures';

// A file sized by its own tool (GEXF viz:size) keeps its disks apart when the layout is relaxed:
// the layout's collision radius is the radius the nodes are drawn at.

/** The first `n` nodes of the Gephi-like fixture with the edges between them: drawn as SVG. */
function sizedGexf(n: number): string {
	const text = readFileSync('tests/fixtures/formats/arctic-like.gexf', 'utf8');
	const head = text.slice(0, text.indexOf('<nodes>') + '<nodes>'.length);
	const nodes = [...text.matchAll(/<node id="(\d+)"[\s\S]*?<\/node>/g)]
		.filter((m) => Number(m[1]) < n)
		.map((m) => m[0]);
	const edges = [...text.matchAll(/<edge [^>]*source="(\d+)" target="(\d+)"[^>]*\/>/g)]
		.filter((m) => Number(m[1]) < n && Number(m[2]) < n)
		.map((m) => m[0]);
	return `${head}\n${nodes.join('\n')}\n</nodes>\n<edges>\n${edges.join('\n')}\n</edges>\n</graph>\n</gexf>\n`;
}

/** The deepest overlap of two drawn disks, in layout units, read from the SVG. */
function deepestOverlap(page: Page): Promise<{ worst: number; count: number; largest: number }> {
	return graph(page)
		.locator('g.node')
		.evaluateAll((gs) => {
			const disks = gs.map((g) => {
				const [x, y] = /translate\(([-\d.e]+),([-\d.e]+)\)/
					.exec(g.getAttribute('transform') ?? '')!
					.slice(1)
					.map(Number);
				// The node's own shape: its last path (the focus ring and selection ring come first).
				const shape = [...g.querySelectorAll('path')].at(-1) as SVGPathElement;
				return { x: x!, y: y!, r: shape.getBBox().width / 2 };
			});
			let worst = -Infinity;
			for (let i = 0; i < disks.length; i++)
				for (let j = i + 1; j < disks.length; j++) {
					const a = disks[i]!,
						b = disks[j]!;
					worst = Math.max(worst, a.r + b.r - Math.hypot(a.x - b.x, a.y - b.y));
				}
			return { worst, count: disks.length, largest: Math.max(...disks.map((d) => d.r)) };
		});
}

test('Relax layout keeps the disks of a file sized by its tool apart', async ({ page }) => {
	await openSettled(page);
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open file' }).click();
	await (
		await chooser
	).setFiles({
		name: 'arctic-sized.gexf',
		mimeType: 'application/xml',
		buffer: Buffer.from(sizedGexf(80))
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('arctic-sized');
	await expect(page.getByLabel('Size by')).toHaveValue('file');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	const opened = await deepestOverlap(page);
	expect(opened.count).toBe(80);

	const relax = page.getByRole('button', { name: 'Relax layout' });
	await relax.click();
	await expect(statusBar(page)).toContainText('Layout settled');
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(relax).toBeEnabled();
	const relaxed = await deepestOverlap(page);
	expect(relaxed.count).toBe(80);
	// Sized by the file, the largest disk is far larger than a degree-sized one (at most 24).
	expect(relaxed.largest).toBeGreaterThan(48);
	// No two disks overlap by more than a hundredth of the largest radius.
	expect(relaxed.worst).toBeLessThan(relaxed.largest / 100);
});
