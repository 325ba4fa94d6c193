import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import {
	dragNode,
	expect,
	graph,
	keptCopyGone,
	openSettled,
	panelHeading,
	statusBar,
	test
} from './fixtures';

const picker = (page: Page) => page.locator('input[type="file"]');
const json = (name: string, value: unknown) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))
});

/** Drags a node to pin it and waits until the pin is kept in this browser; where it was left. */
async function pinAndKeep(page: Page, target: Locator, dx: number, dy: number) {
	await dragNode(page, target, dx, dy);
	await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
	await expect(statusBar(page)).toContainText('Saved in this browser');
	await viewHeld(page);
	return inPicture(target);
}

/**
 * A drag on a settled picture holds the view where it is rather than re-fitting it, and the view
 * lives in the address (written a moment after it changes): a reload then shows the same picture.
 */
const viewHeld = (page: Page) => expect(page).toHaveURL(/[?&]z=/);

/**
 * Where a node is drawn within the graph area. The toolbar above may gain a row after a reload
 * (a kept layout offers "Use the file's positions"), which moves the whole area down the page.
 */
async function inPicture(target: Locator) {
	const box = (await target.boundingBox())!;
	const area = (await graph(target.page()).boundingBox())!;
	return { ...box, x: box.x - area.x, y: box.y - area.y };
}

/** The node is drawn where it was, to within a pixel. */
async function expectAt(target: Locator, was: { x: number; y: number }) {
	const box = await inPicture(target);
	expect(Math.abs(box.x - was.x)).toBeLessThan(1);
	expect(Math.abs(box.y - was.y)).toBeLessThan(1);
}

test.describe('opening your own network', () => {
	test('a d3 node-link JSON file opens and is laid out', async ({ page }) => {
		await openSettled(page);
		await expect(page.getByRole('button', { name: 'Open file' })).toBeVisible();
		await picker(page).setInputFiles(
			json('miserables.json', {
				nodes: [
					{ id: 'Myriel', group: 1 },
					{ id: 'Napoleon', group: 1 },
					{ id: 'Valjean', group: 2 }
				],
				links: [
					{ source: 'Napoleon', target: 'Myriel', value: 1 },
					{ source: 'Valjean', target: 'Myriel', value: 5 }
				]
			})
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('miserables');
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(graph(page).getByRole('button', { name: 'Valjean', exact: true })).toHaveCount(1);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a broken file is refused with its line and column, and the network stays', async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles(
			json('broken.json', '{\n  "nodes": [\n    {"id": "a"},,\n  ]\n}')
		);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			'The file was not opened; the network on screen is unchanged.'
		);
		await expect(alert).toContainText('broken.json is not valid (1 problem):');
		await expect(alert).toContainText('line 3, column 17: not valid JSON (a value expected)');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Iran's influence networks in Azerbaijan"
		);
		await expect(statusBar(page)).toContainText('53 nodes · 91 edges');
		await alert.getByRole('button', { name: 'Dismiss' }).click();
		await expect(alert).toHaveCount(0);
	});

	test('text that is not UTF-8 is refused with the byte offset', async ({ page }) => {
		await openSettled(page);
		await picker(page).setInputFiles({
			name: 'cp1254.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from([...Buffer.from('source,target\nBak'), 0xfd, ...Buffer.from(',Gence\n')])
		});
		await expect(page.getByRole('alert')).toContainText('byte 17: not UTF-8 text');
		await expect(statusBar(page)).toContainText('53 nodes');
	});

	test('a nodes file and an edges file open together; a dangling edge is reported', async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles([
			{
				name: 'people.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('Id,Label,party\n1,Ann,blue\n2,Bob,red\n')
			},
			{
				name: 'links.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('from,to,since\n1,2,1999\n2,9,2001\n')
			}
		]);
		await expect(statusBar(page)).toContainText('2 nodes · 1 edge');
		const warnings = page.getByRole('status', { name: 'Import warnings' });
		await expect(warnings).toContainText(
			'edge 2 → 9: target "9" is not a node; the edge was left out'
		);
		// Extra columns are kept and shown.
		await graph(page).getByRole('button', { name: 'Ann', exact: true }).click();
		await expect(page.getByRole('complementary')).toContainText('party');
		await expect(page.getByRole('complementary')).toContainText('blue');
	});

	test('a file dropped on the page opens', async ({ page }) => {
		await openSettled(page);
		await page.evaluate(() => {
			const data = new DataTransfer();
			data.items.add(new File(['source,target\nx,y\ny,z\n'], 'dropped.csv', { type: 'text/csv' }));
			document.body.dispatchEvent(
				new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
			);
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('dropped');
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
	});
});

test.describe('GEXF and GraphML in the browser', () => {
	const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Bakı"><viz:position x="0" y="0" z="0"/></node>
      <node id="b" label="Gəncə"><viz:position x="100" y="50" z="0"/></node>
      <node id="c" label="Şəki"/>
    </nodes>
    <edges><edge id="0" source="a" target="b" label="road"/><edge id="1" source="b" target="c"/></edges>
  </graph>
</gexf>`;

	test('a GEXF file from Gephi opens with its labels', async ({ page }) => {
		await openSettled(page);
		await picker(page).setInputFiles({
			name: 'cities.gexf',
			mimeType: 'application/xml',
			buffer: Buffer.from(gexf)
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('cities');
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page).getByRole('button', { name: 'Gəncə', exact: true })).toHaveCount(1);
		await expect(graph(page).getByRole('button', { name: 'Bakı → road → Gəncə' })).toHaveCount(1);
	});

	test('a GraphML file saved by yEd opens with its labels, places and colours', async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles('tests/fixtures/yed.graphml');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('yed');
		await expect(statusBar(page)).toContainText('4 nodes · 2 edges');
		await expect(page.getByRole('alert')).toHaveCount(0);
		for (const label of ['Baku', 'Gəncə', 'Nakhchivan', 'Culture House'])
			await expect(graph(page).getByRole('button', { name: label, exact: true })).toHaveCount(1);
		await expect(graph(page).getByRole('button', { name: 'Baku → road → Gəncə' })).toHaveCount(1);
		// yEd's fills are the file's colours; its places are the picture (every node has one).
		await expect(page.getByLabel('Colour by').locator('option')).toContainText(['File colours']);
		await expect(page.getByRole('button', { name: "Use the file's positions" })).toBeVisible();
	});

	test("Use the file's positions pins the nodes the file places, where it places them", async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles({
			name: 'cities.gexf',
			mimeType: 'application/xml',
			buffer: Buffer.from(gexf)
		});
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const a = graph(page).locator('.node[data-id="a"]');
		const b = graph(page).locator('.node[data-id="b"]');
		const c = graph(page).locator('.node[data-id="c"]');
		const gap = async () => {
			const [pa, pb] = [(await a.boundingBox())!, (await b.boundingBox())!];
			// Centres: the two shapes differ in size.
			return {
				dx: pb.x + pb.width / 2 - (pa.x + pa.width / 2),
				dy: pb.y + pb.height / 2 - (pa.y + pa.height / 2)
			};
		};
		await page.getByRole('button', { name: 'Reset layout' }).click();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await page.getByRole('button', { name: "Use the file's positions" }).click();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(a).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expect(b).toHaveAttribute('aria-describedby', 'im-pinned-note');
		// c has no position in the file: it stays free.
		await expect(c).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
		// b sits where the file puts it relative to a: 100 right and 50 down, in layout units.
		await page.getByRole('button', { name: 'Fit to screen' }).click();
		const transform = await graph(page).locator('g.viewport').getAttribute('transform');
		const k = Number(/scale\(([^)]+)\)/.exec(transform!)![1]);
		const { dx, dy } = await gap();
		expect(dx / k).toBeCloseTo(100, 0);
		expect(dy / k).toBeCloseTo(50, 0);
	});

	test('File colours: a GEXF’s viz colours colour its nodes, in the legend and after a reload', async ({
		page
	}) => {
		await openSettled(page);
		const colourBy = page.getByLabel('Colour by');
		// The bundled network has no colours of its own: the choice is not offered.
		await expect(colourBy.locator('option')).toHaveText(['Group', 'Type', 'Community']);
		await picker(page).setInputFiles({
			name: 'painted.gexf',
			mimeType: 'application/xml',
			buffer: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Bakı"><viz:color r="200" g="20" b="20"/></node>
      <node id="b" label="Gəncə"><viz:color r="200" g="20" b="20" a="0.8"/></node>
      <node id="c" label="Şəki"><viz:color hex="#0080FF"/></node>
      <node id="d" label="Quba"><viz:color hex="javascript:alert(1)"/></node>
    </nodes>
    <edges><edge id="0" source="a" target="b"/><edge id="1" source="b" target="c"/></edges>
  </graph>
</gexf>`)
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('painted');
		await expect(colourBy.locator('option')).toHaveText([
			'Group',
			'Type',
			'Community',
			'File colours'
		]);
		// A file whose nodes carry colours opens coloured by them (issue 16, point 6): it is this
		// network's default, so the link does not name it.
		await expect(colourBy).toHaveValue('file');
		await expect(page).not.toHaveURL(/[?&]colour=/);

		const fill = (id: string) =>
			page.locator(`.node[data-id="${id}"] path[stroke-width="1.5"]`).getAttribute('fill');
		const legend = page.getByRole('region', { name: 'Legend' });
		const check = async () => {
			await expect(legend.getByRole('heading', { level: 2 })).toHaveText('File colours');
			await expect(legend.getByRole('button')).toHaveText([
				'#c81414 2',
				'#0080ff 1',
				'No colour in the file 1'
			]);
			expect(await fill('a')).toBe('#c81414');
			expect(await fill('b')).toBe('#c81414');
			expect(await fill('c')).toBe('#0080ff');
			// Not a colour: drawn neutral, and the file's text never reaches an attribute.
			expect(await fill('d')).toBe('#70747a');
		};
		await check();
		// The dataset and the view survive a reload, once kept.
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('painted');
		await expect(colourBy).toHaveValue('file');
		await check();
	});

	test('a link asking for File colours on a network without them shows groups', async ({
		page
	}) => {
		await openSettled(page, '?colour=file');
		await expect(page.getByLabel('Colour by')).toHaveValue('group');
		await expect(
			page.getByRole('region', { name: 'Legend' }).getByRole('heading', { level: 2 })
		).toHaveText('Groups');
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('malformed GraphML is refused with the place of the XML error', async ({ page }) => {
		await openSettled(page);
		await picker(page).setInputFiles({
			name: 'broken.graphml',
			mimeType: 'application/xml',
			buffer: Buffer.from('<graphml>\n<graph>\n<node id="a">\n</graph>')
		});
		await expect(page.getByRole('alert')).toContainText(
			/broken\.graphml is not valid \(1 problem\):\s+line \d+, column \d+: not well-formed XML/
		);
		await expect(statusBar(page)).toContainText('53 nodes');
	});
});

test.describe('saving the layout', () => {
	test('Download JSON keeps pins and positions; opening it gives the same picture; Reset layout unpins', async ({
		page
	}) => {
		await openSettled(page);
		const target = page.locator('.node[data-id="rural-notables"]');
		await dragNode(page, target, 70, 50);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const before = await page
			.locator('.node')
			.evaluateAll((els) => els.map((e) => e.getAttribute('transform')));

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^irans-influence-networks-in-azerbaijan_layout_\d{4}-\d\d-\d\d\.json$/
		);
		const path = test.info().outputPath('layout.json');
		await download.saveAs(path);
		const saved = JSON.parse(readFileSync(path, 'utf8'));
		expect(saved.nodes.find((n: { id: string }) => n.id === 'rural-notables').pinned).toBe(true);

		await page.getByRole('button', { name: 'Reset layout' }).click();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(target).not.toHaveAttribute('aria-describedby', 'im-pinned-note');

		await picker(page).setInputFiles(path);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(target).toHaveAttribute('aria-describedby', 'im-pinned-note');
		const parse = (t: string | null) => (t ?? '').match(/-?[\d.]+/g)!.map(Number);
		const after = await page
			.locator('.node')
			.evaluateAll((els) => els.map((e) => e.getAttribute('transform')));
		after.forEach((t, i) => {
			const [x1, y1] = parse(before[i]!);
			const [x2, y2] = parse(t);
			expect(Math.abs(x1! - x2!) + Math.abs(y1! - y2!)).toBeLessThan(0.05);
		});
	});
});

test.describe('nothing lost', () => {
	test('an opened network survives a reload, pins and layout included, until it is forgotten', async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles(
			json('small.json', {
				nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
				edges: [
					{ source: 'a', target: 'b' },
					{ source: 'b', target: 'c' },
					{ source: 'c', target: 'd' }
				]
			})
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('small');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await dragNode(page, page.locator('.node[data-id="c"]'), 60, 40);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await viewHeld(page);
		const boxes = async () =>
			Promise.all(
				['a', 'b', 'c', 'd'].map((id) => inPicture(page.locator(`.node[data-id="${id}"]`)))
			);
		const before = await boxes();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('small');
		await expect(statusBar(page)).toContainText('4 nodes · 3 edges');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator('.node[data-id="c"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);
		const after = await boxes();
		after.forEach((box, i) => {
			expect(Math.abs(box!.x - before[i]!.x)).toBeLessThan(1);
			expect(Math.abs(box!.y - before[i]!.y)).toBeLessThan(1);
		});
		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Iran's influence networks in Azerbaijan"
		);
		await keptCopyGone(page);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Iran's influence networks in Azerbaijan"
		);
		await expect(statusBar(page)).toContainText('53 nodes');
	});

	test('"Reset layout" unpins and lays out afresh, and that survives a reload', async ({
		page
	}) => {
		await openSettled(page);
		await picker(page).setInputFiles(
			json('chain.json', {
				nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
				edges: [
					{ source: 'a', target: 'b' },
					{ source: 'b', target: 'c' }
				]
			})
		);
		// The chain, not the bundled network still on screen while the file opens, has settled.
		await expect(statusBar(page)).toContainText('3 nodes · 2 edges');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const c = page.locator('.node[data-id="c"]');
		await dragNode(page, c, 90, 60);
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(c).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await page.getByRole('button', { name: 'Reset layout' }).click();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await expect(c).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
		const reset = await page
			.locator('.node')
			.evaluateAll((els) => els.map((e) => e.getAttribute('transform')));
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('chain');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(c).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
		expect(
			await page.locator('.node').evaluateAll((els) => els.map((e) => e.getAttribute('transform')))
		).toEqual(reset);
	});

	test('a network kept by an earlier version (as JSON) still comes back after a reload', async ({
		page
	}) => {
		await openSettled(page);
		// Before files were kept as opened, the page kept the network in the project's JSON format.
		await page.evaluate(
			(json) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('influence-map');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('state', 'readwrite');
						tx.objectStore('state').put({ kind: 'opened', name: 'old.json', json }, 'current');
						tx.oncomplete = () => resolve();
					};
				}),
			JSON.stringify({
				title: 'Kept before',
				nodes: [
					{ id: 'p', x: 0, y: 0, pinned: true },
					{ id: 'q', x: 40, y: 0 }
				],
				edges: [{ source: 'p', target: 'q' }]
			})
		);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kept before');
		await expect(statusBar(page)).toContainText('2 nodes · 1 edge');
		await expect(page.locator('.node[data-id="p"]')).toHaveAttribute(
			'aria-describedby',
			'im-pinned-note'
		);
	});

	test('a pinned node of the bundled network is drawn at the same place after a reload', async ({
		page
	}) => {
		await openSettled(page);
		const target = page.locator('.node[data-id="baku"]');
		const pinnedAt = await pinAndKeep(page, target, 80, -50);
		await page.reload();
		await openSettled(page);
		await expect(target).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expectAt(target, pinnedAt);
		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(target).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
	});

	test('each network keeps its own pins: the bundled one’s come back when an opened file is forgotten', async ({
		page
	}) => {
		await openSettled(page);
		const baku = page.locator('.node[data-id="baku"]');
		const pinnedAt = await pinAndKeep(page, baku, 80, -50);
		await picker(page).setInputFiles(
			json('small.json', {
				nodes: [{ id: 'a' }, { id: 'b' }],
				edges: [{ source: 'a', target: 'b' }]
			})
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('small');
		await expect(statusBar(page)).toContainText('Saved in this browser');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('small');
		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Iran's influence networks in Azerbaijan"
		);
		await expect(baku).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expectAt(baku, pinnedAt);
	});
});

test.describe('datasets by link', () => {
	test('?data= opens a dataset served by the site, and keeps it in the URL', async ({ page }) => {
		await page.goto('/?data=datasets/example.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example: a small network');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('4 nodes · 4 edges');
		await graph(page).getByRole('button', { name: 'School B', exact: true }).click();
		await expect(page).toHaveURL(/\?data=datasets%2Fexample\.json&node=b$/);
	});

	test('while a link’s network loads, the bundled picture is not shown in its place', async ({
		page
	}) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/datasets/example.json', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/?data=datasets/example.json');
		await expect(page.getByRole('progressbar', { name: 'Opening example.json' })).toBeVisible();
		// Hydrated and waiting for the file: the prerendered bundled picture has been dropped.
		await expect(page.locator('#network')).toHaveCount(0);
		await expect(page.locator('.node[data-id="baku"]')).toHaveCount(0);
		// Nor its legend and side panel: nothing on screen describes a network that is not coming.
		await expect(page.getByText('Iran Assistance Society')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'About this network' })).toHaveCount(0);
		release();
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(statusBar(page)).toContainText('4 nodes · 4 edges');
		await expect(graph(page).getByRole('button', { name: 'School B', exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'About this network' })).toBeVisible();
	});

	test('before the scripts run, a link’s page hides the bundled picture (allowed by the CSP)', async ({
		page
	}) => {
		// The page's modules never arrive: what shows is the prerendered HTML and app.html's script.
		await page.route('**/_app/**', (route) => route.abort());
		const refused: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
		});
		await page.goto('/');
		await expect(page.locator('#network > svg')).toBeVisible();
		await expect(page.locator('.node[data-id="baku"]')).toBeVisible();
		await page.goto('/?data=datasets/example.json');
		await expect(page.locator('html')).toHaveAttribute('data-link', '');
		await expect(page.locator('#network > svg')).toBeHidden();
		expect(refused).toEqual([]);
	});

	test('a network opened by link keeps its pins across a reload, and forgets them on request', async ({
		page
	}) => {
		await page.goto('/?data=datasets/example.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example: a small network');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		const b = graph(page).locator('.node[data-id="b"]');
		const pinnedAt = await pinAndKeep(page, b, 60, 40);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example: a small network');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(b).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await expectAt(b, pinnedAt);
		await page.getByRole('button', { name: 'Forget this dataset' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			"Iran's influence networks in Azerbaijan"
		);
		await page.goto('/?data=datasets/example.json');
		await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
		await expect(b).not.toHaveAttribute('aria-describedby', 'im-pinned-note');
	});

	test('a link that fails leaves the bundled network’s saved pins as they were', async ({
		page
	}) => {
		await openSettled(page);
		const baku = page.locator('.node[data-id="baku"]');
		await pinAndKeep(page, baku, 80, -50);
		await page.goto('/?data=datasets/missing.json');
		await expect(page.getByRole('alert')).toContainText('answered 404');
		await expect(baku).toHaveAttribute('aria-describedby', 'im-pinned-note');
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-ready');
		await expect(baku).toHaveAttribute('aria-describedby', 'im-pinned-note');
	});

	test('?data= on another origin is refused and the bundled network shows', async ({ page }) => {
		await page.goto('/?data=https://example.org/network.json');
		await expect(page.getByRole('alert')).toContainText(
			'it is on another site (https://example.org)'
		);
		await expect(statusBar(page)).toContainText('53 nodes');
	});
});

test.describe('safe by construction', () => {
	test('markup and script in a file show as text and run nothing; only http(s) sources are links', async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await openSettled(page);
		const title = '<svg onload="window.__xss=1;alert(1)">';
		const label = '<img src=x onerror="window.__xss=2;alert(2)">Evil';
		const description = '<script>window.__xss=3;alert(3)</script><b>bold</b>';
		await picker(page).setInputFiles(
			json('evil.json', {
				title,
				sources: [
					{ id: 's', title: 'Bad link', url: 'javascript:window.__xss=4;alert(4)' },
					{ id: 'h', title: 'Good link', url: 'https://example.org/report' }
				],
				nodes: [
					{
						id: 'a',
						label,
						description,
						sources: [{ source: 's' }, { source: 'h' }],
						homepage: 'javascript:alert(5)'
					},
					{ id: 'b', label: 'B' }
				],
				edges: [{ source: 'a', target: 'b', relation: '<i>funds</i>' }]
			})
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await graph(page).getByRole('button', { name: label, exact: true }).click();
		await expect(panelHeading(page)).toHaveText(label);
		const panel = page.getByRole('complementary');
		await expect(panel).toContainText(description);
		await expect(panel).toContainText('javascript:alert(5)');
		await expect(panel.getByRole('link', { name: /Good link/ })).toHaveAttribute(
			'href',
			'https://example.org/report'
		);
		await expect(panel).toContainText('Bad link');
		await expect(panel.getByRole('link', { name: /Bad link/ })).toHaveCount(0);
		await expect(
			graph(page).getByRole('button', { name: `${label} → <i>funds</i> → B` })
		).toHaveCount(1);
		// Nothing the file held became an element or ran.
		expect(await page.locator('img[src="x"], a[href^="javascript:"], b, i').count()).toBe(0);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
		).toBeUndefined();
		expect(dialogs).toEqual([]);
	});
});
