import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { planSvg, renderSvg } from '$lib/export/svg';
import { legendModel } from '$lib/export/svg/legend';
import { MAX_SPREAD } from '$lib/export/svg/spread';
import {
	FLOOR_PT,
	pageType,
	toPoints,
	unitsPerPoint,
	type TextRole,
	type TextSize
} from '$lib/export/svg/typography';
import type { Box } from '$lib/scene/labels';
import { DIMMED_NODE } from '$lib/scene/style';
import {
	bundled,
	byId,
	elements,
	overlap,
	pageInput,
	parseSvg,
	pathBox,
	textBox
} from './page-fixture';

const SIZES = ['16:9', '4:3', 'a4', 'fit'] as const;
const TEXT_SIZES: TextSize[] = ['small', 'medium', 'large'];

describe('page typography in points', () => {
	it('converts points to the page’s units from its physical size', () => {
		expect(unitsPerPoint('16:9', 1920)).toBeCloseTo(2, 3); // 13.33 in = 960 pt over 1920 units
		expect(unitsPerPoint('4:3', 1600)).toBeCloseTo(1600 / 720, 6); // 10 in
		expect(unitsPerPoint('a4', 1123)).toBeCloseTo(1123 / (11.69 * 72), 6);
		// A page fitted to the graph is drawn at the 16:9 slide's scale, whatever its width.
		expect(unitsPerPoint('fit', 2500)).toBeCloseTo(2, 3);
		expect(toPoints(24, 2)).toBe(12);
	});

	it('keeps every size at or over its floor, the same in points on every page, scaled by Text size', () => {
		for (const t of TEXT_SIZES) {
			const on16 = pageType('16:9', 1920, t);
			for (const size of SIZES) {
				const p = pageType(size, size === '4:3' ? 1600 : size === 'a4' ? 1123 : 1920, t);
				expect(p.pt).toEqual(on16.pt);
				for (const role of Object.keys(FLOOR_PT) as TextRole[]) {
					expect(p.pt[role], `${size} ${t} ${role}`).toBeGreaterThanOrEqual(FLOOR_PT[role]);
					// What the file writes (one decimal) is never under the points asked for.
					expect(toPoints(p.units[role], p.upp)).toBeGreaterThanOrEqual(p.pt[role] - 1e-9);
				}
			}
		}
		const [s, m, l] = TEXT_SIZES.map((t) => pageType('16:9', 1920, t).pt);
		expect(s).toEqual(FLOOR_PT);
		expect(m!.label).toBeGreaterThan(s!.label);
		expect(l!.label).toBeGreaterThan(m!.label);
		expect(l!.title).toBeGreaterThan(m!.title);
	});

	it('writes no text under its floor on any page, at any Text size', () => {
		for (const size of SIZES)
			for (const textSize of TEXT_SIZES) {
				const input = pageInput(bundled, {
					size,
					textSize,
					labels: 'auto',
					relationLabels: 'all',
					subtitle: 'Sub'
				});
				const { svg, stats } = renderSvg(input);
				const upp = planSvg(input).page.type.upp;
				const doc = parseSvg(svg);
				const pt = (t: Element) => Number(t.getAttribute('font-size')) / upp;
				expect(stats.smallestPt, `${size} ${textSize}`).toBeGreaterThanOrEqual(10);
				for (const t of elements(byId(doc, 'nodes')!, 'text'))
					expect(pt(t)).toBeGreaterThanOrEqual(FLOOR_PT.label);
				const furniture = elements(byId(doc, 'furniture')!, 'text');
				const title = furniture.find((t) => t.textContent === bundled.title)!;
				expect(pt(title)).toBeGreaterThanOrEqual(FLOOR_PT.title);
				const caption = furniture.find((t) =>
					t.textContent?.startsWith(`${bundled.nodes.length} nodes`)
				)!;
				expect(pt(caption)).toBeGreaterThanOrEqual(FLOOR_PT.caption);
				for (const t of [
					...furniture,
					...elements(byId(doc, 'legend')!, 'text'),
					...elements(byId(doc, 'labels')!, 'text')
				])
					expect(pt(t), t.textContent!).toBeGreaterThanOrEqual(10);
			}
	});
});

describe('the page’s parts keep apart', () => {
	const cases = SIZES.flatMap((size) =>
		TEXT_SIZES.flatMap((textSize) =>
			(['right', 'bottom'] as const).map((legendAt) => ({ size, textSize, legendAt }))
		)
	);
	it.each(cases)(
		'$size, $textSize text, legend $legendAt: title, caption, source, picture and legend never overlap',
		(c) => {
			const input = pageInput(bundled, { ...c, subtitle: 'A subtitle' }, ['ich']);
			const { page } = planSvg(input);
			const b = page.boxes;
			const named = Object.entries(b).filter((e): e is [string, Box] => e[1] !== null);
			expect(named.map(([k]) => k).sort()).toEqual([
				'area',
				'caption',
				'legend',
				'source',
				'title'
			]);
			for (const [k, box] of named) {
				// Inside the page, clear of the banners.
				expect(box[0], k).toBeGreaterThanOrEqual(0);
				expect(box[2], k).toBeLessThanOrEqual(page.width);
				expect(box[1], k).toBeGreaterThanOrEqual(page.bannerTop);
				expect(box[3], k).toBeLessThanOrEqual(page.height - page.bannerBottom);
				for (const [l, other] of named)
					if (k < l) expect(overlap(box, other), `${k} over ${l}`).toBe(false);
			}
			// The picture keeps a real share of the page (the least: 4:3, large text, legend under it).
			expect(page.area.w * page.area.h).toBeGreaterThan(0.2 * page.width * page.height);
		}
	);

	it('never cuts the title: a long one wraps, and a page fitted to the graph is as wide as it needs', () => {
		const title = 'Iran’s influence networks in Azerbaijan, pillar by pillar, 1991 to 2013';
		for (const size of SIZES) {
			const { page } = planSvg(pageInput(bundled, { size, title }));
			const words = page.headerLines.map((l) => l.text).join(' ');
			expect(words, size).toBe(title);
			expect(page.boxes.title![2], size).toBeLessThanOrEqual(page.width - page.pad + 0.5);
		}
		const fit = planSvg(pageInput(bundled, { size: 'fit' })).page;
		expect(fit.headerLines).toHaveLength(1);
	});
});

describe('labels placed on the page', () => {
	const input = pageInput(bundled, { labels: 'all' });
	const { svg, stats } = renderSvg(input);
	const doc = parseSvg(svg);
	const nodes = elements(byId(doc, 'nodes')!, 'g').filter((g) =>
		g.getAttribute('id')?.startsWith('node-')
	);
	const labelBoxes = nodes.flatMap((g) => {
		const text = elements(g, 'text')[1];
		return text ? [{ id: g.getAttribute('id')!, box: textBox(text) }] : [];
	});
	const shapes = nodes.map((g) => ({
		id: g.getAttribute('id')!,
		box: pathBox(elements(g, 'path')[0]!.getAttribute('d')!)
	}));

	it('sets every label of the whole network on a 16:9 slide, on A4 and on a page fitted to it', () => {
		const every = bundled.nodes.length;
		console.log(`16:9, all labels: ${stats.labels} drawn, ${stats.labelsLeftOut} left out`);
		expect(nodes).toHaveLength(every);
		expect(labelBoxes).toHaveLength(stats.labels);
		expect(stats).toMatchObject({ labels: every, labelsLeftOut: 0, spread: true });
		for (const size of ['a4', 'fit'] as const) {
			const s = renderSvg(pageInput(bundled, { labels: 'all', size })).stats;
			console.log(`${size}, all labels: ${s.labels} drawn, ${s.labelsLeftOut} left out`);
			expect(s, size).toMatchObject({ labels: every, labelsLeftOut: 0 });
		}
		// Text at its floors, as everywhere: the labels found room without shrinking.
		expect(stats.smallestPt).toBeGreaterThanOrEqual(FLOOR_PT.source);
	});

	it('moves only the page’s copy of the layout, and only for "All labels" on a fixed page', () => {
		const before = Array.from(input.positions);
		renderSvg(input);
		expect(Array.from(input.positions)).toEqual(before);
		const auto = renderSvg(pageInput(bundled, { labels: 'auto' })).stats;
		const fit = renderSvg(pageInput(bundled, { labels: 'all', size: 'fit' })).stats;
		expect([auto.spread, fit.spread]).toEqual([false, false]);
	});

	it(`leaves a network of more than ${MAX_SPREAD} nodes as laid out (the packing would be slow)`, () => {
		const n = MAX_SPREAD + 1;
		const { dataset } = loadDataset({
			nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, label: `Node ${i}` })),
			edges: Array.from({ length: n - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` }))
		});
		const big = renderSvg(pageInput(dataset, { labels: 'all' })).stats;
		expect(big.spread).toBe(false);
		expect(big.labels + big.labelsLeftOut).toBe(n);
	});

	it('lets no two labels overlap, and no label cover a node’s shape', () => {
		let pairs = 0,
			overNodes = 0;
		for (const [i, a] of labelBoxes.entries()) {
			for (const b of labelBoxes.slice(i + 1)) if (overlap(a.box, b.box)) pairs++;
			for (const s of shapes) if (overlap(a.box, s.box)) overNodes++;
		}
		console.log(`16:9, all labels: ${pairs} overlapping pairs, ${overNodes} labels over a node`);
		expect(pairs).toBe(0);
		expect(overNodes).toBe(0);
	});

	it('keeps every label off a reported or inferred node’s dashed ring, on every page', () => {
		for (const size of SIZES) {
			const d = parseSvg(renderSvg(pageInput(bundled, { labels: 'all', size })).svg);
			const groups = elements(byId(d, 'nodes')!, 'g').filter((g) =>
				g.getAttribute('id')?.startsWith('node-')
			);
			const boxes = groups.flatMap((g) => {
				const t = elements(g, 'text')[1];
				return t ? [textBox(t)] : [];
			});
			const rings = groups.flatMap((g) =>
				elements(g, 'path')
					.filter((p) => p.getAttribute('stroke-dasharray'))
					.map((p) => pathBox(p.getAttribute('d')!))
			);
			expect(rings.length, size).toBeGreaterThan(0);
			let over = 0;
			for (const b of boxes) for (const r of rings) if (overlap(b, r)) over++;
			expect(over, size).toBe(0);
		}
	});

	it('gives every label a halo of the background under it, in one group', () => {
		for (const g of nodes) {
			const texts = elements(g, 'text');
			if (!texts.length) continue;
			const pair = texts[0]!.parentNode as Element;
			expect(pair.tagName).toBe('g');
			expect(elements(pair, 'text')).toHaveLength(2);
			const background = elements(doc, 'rect')[0]!.getAttribute('fill');
			expect(texts[0]!.getAttribute('fill')).toBe(background);
			expect(texts[0]!.getAttribute('stroke')).toBe(background);
			expect(Number(texts[0]!.getAttribute('stroke-width'))).toBeGreaterThan(4);
			expect(texts[1]!.getAttribute('stroke')).toBeNull();
		}
	});

	it('draws edges under the nodes and their labels (layers in order)', () => {
		const layers = elements(doc, 'g')
			.filter((g) => g.getAttribute('inkscape:groupmode') === 'layer')
			.map((g) => g.getAttribute('id'));
		expect(layers).toEqual(['hulls', 'edges', 'nodes', 'labels', 'legend', 'furniture']);
	});

	it('says how many labels a smaller page leaves out, and draws exactly the others', () => {
		for (const size of ['4:3', '16:9', 'a4'] as const)
			for (const textSize of ['medium', 'large'] as const) {
				const page = renderSvg(pageInput(bundled, { labels: 'all', size, textSize }));
				const drawn = elements(byId(parseSvg(page.svg), 'nodes')!, 'g').filter(
					(g) => g.getAttribute('id')?.startsWith('node-') && elements(g, 'text').length
				);
				const { labels, labelsLeftOut } = page.stats;
				console.log(`${size} ${textSize}, all labels: ${labels} drawn, ${labelsLeftOut} left out`);
				expect(drawn, `${size} ${textSize}`).toHaveLength(labels);
				expect(labels + labelsLeftOut).toBe(bundled.nodes.length);
			}
		// A 4:3 slide at large text has less room than the network's labels need.
		const large = renderSvg(pageInput(bundled, { labels: 'all', size: '4:3', textSize: 'large' }));
		expect(large.stats.labelsLeftOut).toBeGreaterThan(0);
	});
});

describe('a designer’s SVG', () => {
	const input = pageInput(bundled, { labels: 'all', relationLabels: 'all' });
	const { svg, stats } = renderSvg(input);
	const doc = parseSvg(svg);

	it('groups each node with its shape, its label and a title naming it', () => {
		const groups = elements(byId(doc, 'nodes')!, 'g').filter((g) =>
			g.getAttribute('id')?.startsWith('node-')
		);
		for (const node of bundled.nodes) {
			const g = groups.find((x) => x.getAttribute('id') === `node-${node.id}`)!;
			expect(g, node.id).toBeDefined();
			expect(elements(g, 'title')[0]!.textContent).toBe(node.label);
			expect(elements(g, 'path').length).toBeGreaterThanOrEqual(1);
		}
	});

	it('writes one group per edge, named "source → relation → target"', () => {
		const groups = elements(byId(doc, 'edges')!, 'g');
		expect(groups).toHaveLength(bundled.edges.length);
		const e = bundled.edges[0]!;
		const name = (id: string) => bundled.nodes.find((x) => x.id === id)!.label;
		const g = groups.find(
			(x) => x.getAttribute('id') === `edge-${e.id.replace(/[^A-Za-z0-9_-]/g, '_')}`
		)!;
		expect(elements(g, 'title')[0]!.textContent).toBe(
			`${name(e.source)} → ${e.relation} → ${name(e.target)}`
		);
	});

	it('gives every element a unique id that is an XML name', () => {
		const ids = elements(doc, '*').flatMap((el) => el.getAttribute('id') ?? []);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
	});

	it('sets relation labels along their links, clear of each other, of node labels and of nodes', () => {
		const rel = elements(byId(doc, 'labels')!, 'g').filter((g) =>
			g.getAttribute('id')?.startsWith('relation-')
		);
		console.log(
			`16:9, all relation labels: ${stats.relations} placed, ${stats.relationsLeftOut} left out`
		);
		expect(rel).toHaveLength(stats.relations);
		// Every node label comes first on the page: the relation labels take the room left (2 of
		// 91 here, beside all 53 node labels; a page fitted to the graph sets far more).
		expect(stats.relations).toBeGreaterThan(0);
		const fit = renderSvg(
			pageInput(bundled, { labels: 'all', relationLabels: 'all', size: 'fit' })
		).stats;
		console.log(`fit, all relation labels: ${fit.relations} placed`);
		expect(fit.relations).toBeGreaterThan(5);
		expect(stats.relations + stats.relationsLeftOut).toBe(
			bundled.edges.filter((e) => e.relation && e.source !== e.target).length
		);
		for (const g of rel) {
			const t = elements(g, 'text')[1]!;
			const turn = /^rotate\((-?[\d.]+) /.exec(t.getAttribute('transform') ?? 'rotate(0 ')!;
			// Never upside down.
			expect(Math.abs(Number(turn[1]))).toBeLessThanOrEqual(90);
		}
	});
});

describe('the legend is true to the page', () => {
	it('says what the scope did: dimmed, left out, or faded neighbours', () => {
		const note = (scope: 'all' | 'highlighted' | 'context') => {
			const input = pageInput(bundled, { scope }, ['ich']);
			const plan = planSvg(input);
			return legendModel(input, plan.nodes, plan.edges).note;
		};
		expect(note('all')).toBe('Highlighted: Iranian Culture House; the rest is dimmed');
		expect(note('highlighted')).toBe(
			'Only Iranian Culture House; the rest of the network is left out'
		);
		expect(note('context')).toBe(
			'Iranian Culture House and its direct neighbours; the neighbours are faded'
		);
	});

	it('shows one row per shape drawn, and only the line styles drawn', () => {
		const dataset = loadDataset({
			types: [
				{ id: 'a', label: 'Alpha', shape: 'hexagon' },
				{ id: 'b', label: 'Beta', shape: 'hexagon' },
				{ id: 'c', label: 'Gamma', shape: 'square' }
			],
			nodes: [{ id: 'x', type: 'a' }, { id: 'y', type: 'b' }, { id: 'z' }],
			edges: [{ source: 'x', target: 'y' }]
		}).dataset;
		const input = pageInput(dataset);
		const plan = planSvg(input);
		const m = legendModel(input, plan.nodes, plan.edges);
		// Types that the picture cannot tell apart share a row; a type not drawn has none.
		const rows = m.shapes.map((s) => `${s.shape}${s.dash ? ' dashed' : ''}: ${s.label}`);
		expect(new Set(rows).size).toBe(rows.length);
		expect(m.shapes.map((s) => s.label).join('|')).not.toContain('Gamma');
		expect(m.lines.map((l) => l.label)).toEqual([
			'Stated by the source',
			'Arrow: direction of the relation'
		]);
	});
});

describe('scope "cluster and its context"', () => {
	it('draws the highlighted cluster and its one-hop neighbours, the neighbours faded', () => {
		const input = pageInput(bundled, { scope: 'context' }, ['ich']);
		const plan = planSvg(input);
		const members = new Set(bundled.nodes.filter((x) => x.group === 'ich').map((x) => x.id));
		const expected = new Set(members);
		for (const e of bundled.edges) {
			if (members.has(e.source)) expected.add(e.target);
			if (members.has(e.target)) expected.add(e.source);
		}
		expect(plan.nodes).toEqual(expected);
		expect(expected.size).toBeGreaterThan(members.size);
		for (const id of expected)
			expect(plan.styles.get(id)!.opacity, id).toBe(members.has(id) ? 1 : DIMMED_NODE);
	});
});

describe('labels in focus that a page leaves out', () => {
	it('are named, are members of the highlight, and are not in the file', () => {
		const members = new Map(
			bundled.nodes.filter((x) => x.group === 'ich').map((x) => [x.label, x.id])
		);
		const { svg, stats } = renderSvg(pageInput(bundled, { size: '4:3', labels: 'auto' }, ['ich']));
		expect(stats.litLeftOut.length).toBeGreaterThan(0);
		expect(stats.litLeftOut.length).toBeLessThanOrEqual(stats.labelsLeftOut);
		const doc = parseSvg(svg);
		for (const label of stats.litLeftOut) {
			const id = members.get(label);
			expect(id, label).toBeDefined();
			expect(elements(byId(doc, `node-${id}`)!, 'text'), label).toHaveLength(0);
		}
		// Every member the page did label is not named.
		for (const [label, id] of members)
			if (elements(byId(doc, `node-${id}`)!, 'text').length > 0)
				expect(stats.litLeftOut).not.toContain(label);
		// With "All labels" on a 16:9 slide, nothing in focus is left out; nor without a highlight.
		expect(
			renderSvg(pageInput(bundled, { size: '16:9', labels: 'all' }, ['ich'])).stats.litLeftOut
		).toEqual([]);
		expect(renderSvg(pageInput(bundled, { size: '4:3', labels: 'auto' })).stats.litLeftOut).toEqual(
			[]
		);
	});
});
