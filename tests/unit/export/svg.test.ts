import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignClusters, type ColourBy } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import { hullPath } from '$lib/scene/hull';
import { createStyleContext, DIMMED_NODE, edgeStyle, INFERRED_DASH } from '$lib/scene/style';
import { HULL } from '$lib/scene/paint';
import {
	defaultOptions,
	defaultSourceLine,
	fileName,
	slug,
	type ExportOptions
} from '$lib/export/options';
import {
	BATCH_EDGES,
	legendModel,
	planSvg,
	renderSvg,
	writeSvg,
	type SvgInput
} from '$lib/export/svg';
import { LABEL_WRAP_EMS, PAGE_RING_STEP, ringed } from '$lib/export/svg/labels';
import { wrapLabel } from '$lib/scene/label-lines';
import { edgeGeometry, selfLoopGeometry } from '$lib/scene/edges';
import { labelTier, nodeLabelCandidate, placeLabels } from '$lib/scene/labels';
import { oneDecimal } from '$lib/scene/numbers';
import { CONFIDENCE_KEY } from '$lib/scene/confidence-words';
import { shapeRadius } from '$lib/scene/shapes';
import { toScreen } from '$lib/scene/transform';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset, type Dataset } from '$lib/model';
import { buildGraphModel } from '$lib/state/graph-model';
import type { Theme } from '$lib/clusters/palette';

const bundled = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))).dataset;

function input(
	dataset: Dataset,
	over: Partial<ExportOptions> = {},
	highlighted: string[] = [],
	mode: ColourBy = 'group'
): SvgInput {
	const model = buildGraphModel(dataset);
	const theme: Theme = over.theme ?? 'light';
	const clustering = assignClusters(dataset, model.index, mode, theme);
	const emphasis = computeEmphasis({ ...NO_INPUT, highlighted }, dataset, model.index, clustering);
	return {
		dataset,
		index: model.index,
		positions: staticLayout(model.layoutInput, { seed: 1 }),
		ctx: createStyleContext(dataset, model.index, theme, clustering),
		emphasis,
		visible: visibleElements(dataset, NO_FILTERS),
		hulls: highlighted.flatMap((id) => clustering.byId.get(id) ?? []),
		options: { ...defaultOptions(dataset, theme), ...over },
		hullPath
	};
}

function parse(svg: string): Document {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, msg) => {
			if (level !== 'warning') errors.push(msg);
		}
	}).parseFromString(svg, 'image/svg+xml');
	expect(errors).toEqual([]);
	return doc as unknown as Document;
}

/** Each <text>'s words, its lines (tspans) joined by a space. */
const textOf = (t: Element) => {
	const spans = Array.from(t.getElementsByTagName('tspan'));
	return spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '');
};
const texts = (doc: Document) => Array.from(doc.getElementsByTagName('text')).map(textOf);

describe('writeSvg', () => {
	const svg = writeSvg(
		input(bundled, { labels: 'all', bannerTop: 'UNCLASSIFIED', caption: 'A caption' })
	);
	const doc = parse(svg);

	it('writes well-formed XML with size, viewBox, title and desc', () => {
		const root = doc.documentElement;
		expect(root.tagName).toBe('svg');
		expect(root.getAttribute('width')).toBe('1920');
		expect(root.getAttribute('height')).toBe('1080');
		expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(bundled.title);
		expect(doc.getElementsByTagName('desc')[0]!.textContent).toContain('53 nodes and 91 edges');
	});

	it('draws each label placed at density "all" as a halo and a text, and counts the rest', () => {
		const all = texts(doc);
		const { stats } = renderSvg(
			input(bundled, { labels: 'all', bannerTop: 'UNCLASSIFIED', caption: 'A caption' })
		);
		const groups = Array.from(doc.getElementsByTagName('g')).filter((g) =>
			g.getAttribute('id')?.startsWith('node-')
		);
		expect(groups).toHaveLength(bundled.nodes.length);
		const labelled = groups.filter((g) => {
			const [halo, text] = Array.from(g.getElementsByTagName('text'));
			if (!halo) return false;
			const title = g.getElementsByTagName('title')[0]!.textContent;
			// One label: the halo, in the background colour, then the text, both the node's label.
			expect(halo.getAttribute('stroke')).toBe(halo.getAttribute('fill'));
			expect(text!.getAttribute('stroke')).toBeNull();
			expect([textOf(halo), textOf(text!)]).toEqual([title, title]);
			return true;
		});
		expect(labelled.length).toBe(stats.labels);
		expect(all).toContain(bundled.nodes[0]!.label);
		expect(stats.labels + stats.labelsLeftOut).toBe(bundled.nodes.length);
		// At 16:9 the page spreads its copy of the layout until every label has room.
		expect(stats.labels).toBe(bundled.nodes.length);
		expect(stats.spread).toBe(true);
		expect(all).toContain('UNCLASSIFIED');
		expect(all).toContain('A caption');
		expect(all).toContain(defaultSourceLine(bundled));
	});

	it('uses nothing the briefing-safe profile forbids', () => {
		const forbidden = [
			/<style/,
			/\sclass=/,
			/var\(/,
			/calc\(/,
			/currentColor/,
			/rgba?\(/,
			/hsla?\(/,
			/transparent/,
			/foreignObject/,
			/<script/,
			/\son[a-z]+=/,
			/<marker/,
			/marker-end/,
			/paint-order/,
			/dominant-baseline/,
			/alignment-baseline/,
			/\sdy=/,
			/<filter/,
			/<mask/,
			/@font-face/,
			/system-ui/,
			/href="(?!#|data:image\/png)/,
			/<g[^>]*opacity/,
			/%"/
		];
		// The page with relation labels too: turned text, tspans, layers.
		const withRelations = writeSvg(input(bundled, { labels: 'all', relationLabels: 'all' }));
		for (const out of [svg, withRelations]) {
			for (const re of [...forbidden, /\sdx=/, /<tspan(?![^>]* x="[\d.-]+" y="[\d.-]+")/])
				expect(out, String(re)).not.toMatch(re);
			// Only the transform attribute's own functions, and every <text> anchored.
			for (const m of out.matchAll(/transform="([^"]+)"/g))
				expect(m[1]).toMatch(/^rotate\(-?[\d.]+ [\d.-]+ [\d.-]+\)$/);
			for (const m of out.matchAll(/<text[^>]*>/g)) expect(m[0]).toMatch(/text-anchor="/);
			// Group names only for the designer: no other namespace, nothing external.
			for (const m of out.matchAll(/\s([a-z]+):[a-z]+="/g))
				expect(['xmlns', 'inkscape']).toContain(m[1]);
		}
		expect(withRelations).toMatch(/transform="rotate\(/);
		for (const re of forbidden) expect(svg, String(re)).not.toMatch(re);
		// Colours are #rrggbb only.
		for (const m of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g))
			expect(m[1]).toMatch(/^(#[0-9a-f]{6}|none)$/i);
		// Named families first, a generic family last.
		for (const m of svg.matchAll(/font-family="([^"]+)"/g)) {
			expect(m[1]).toMatch(/^Arial, /);
			expect(m[1]).toMatch(/, sans-serif$/);
		}
		// Every number has at most one decimal.
		expect(svg).not.toMatch(/\d\.\d{2,}/);
	});

	it('is byte-identical for the same state', () => {
		expect(
			writeSvg(input(bundled, { labels: 'all', bannerTop: 'UNCLASSIFIED', caption: 'A caption' }))
		).toBe(svg);
	});

	it('escapes labels: they are data, never markup', () => {
		const evil = loadDataset({
			title: 'T & <b>',
			nodes: [
				{ id: 'x', label: `<img src=x onerror="alert('1')"> & "quotes"` },
				{ id: 'y', label: 'Bakı şəhəri, Ağdam' },
				{ id: 'z', label: 'جمعیت امداد ایران' },
				{ id: 'c', label: 'bell\u0007 and \ud800 lone' }
			],
			edges: [
				{ source: 'x', target: 'y' },
				{ source: 'y', target: 'z' },
				{ source: 'z', target: 'c' }
			]
		}).dataset;
		const out = writeSvg(input(evil, { labels: 'all' }));
		const d = parse(out);
		expect(d.getElementsByTagName('img').length).toBe(0);
		const names = Array.from(d.getElementsByTagName('*')).flatMap((el) =>
			Array.from(el.attributes).map((a) => a.name)
		);
		expect(names.filter((a) => a.startsWith('on'))).toEqual([]);
		const all = texts(d);
		expect(all).toContain(`<img src=x onerror="alert('1')"> & "quotes"`);
		expect(all).toContain('Bakı şəhəri, Ağdam');
		// Right-to-left text is isolated (FSI…PDI) so it keeps its direction to itself, line by line.
		expect(all.join('|')).toMatch(/\u2068جمعیت[^\u2069]*\u2069/);
		// Characters XML forbids are dropped rather than breaking the file.
		expect(all).toContain('bell and  lone');
		expect(d.getElementsByTagName('title')[0]!.textContent).toBe('T & <b>');
	});

	it('shows a highlighted pillar: one hull, its members at full strength, the rest dimmed', () => {
		const out = writeSvg(input(bundled, { labels: 'all' }, ['ich']));
		const d = parse(out);
		const hulls = Array.from(d.getElementsByTagName('path')).filter(
			(p) => p.getAttribute('fill-opacity') === String(HULL.fillOpacity)
		);
		expect(hulls).toHaveLength(1);
		// Each node's shape is its group's first path (a confidence ring, dimmed with it, follows).
		const shapes = Array.from(d.getElementsByTagName('g'))
			.filter((g) => g.getAttribute('id')?.startsWith('node-'))
			.map((g) => g.getElementsByTagName('path')[0]!);
		const dimmed = shapes.filter((p) => p.getAttribute('opacity') === String(DIMMED_NODE));
		const members = bundled.nodes.filter((x) => x.group === 'ich').length;
		expect(shapes).toHaveLength(bundled.nodes.length);
		expect(dimmed.length).toBe(bundled.nodes.length - members);
		expect(texts(d).join('|')).toContain('Highlighted: Iranian Culture House');
	});

	it('draws only the highlighted clusters in that scope', () => {
		const out = writeSvg(input(bundled, { labels: 'all', scope: 'highlighted' }, ['irc']));
		expect(out).toContain('3 nodes and');
	});

	it('has a legend that explains every colour, shape and line style drawn', () => {
		const inp = input(bundled, { labels: 'all' });
		const nodes = new Set(bundled.nodes.map((x) => x.id));
		const edges = new Set(bundled.edges.map((e) => e.id));
		const legend = legendModel(inp, nodes, edges);
		const fills = new Set(
			[
				...svg.matchAll(
					/<path d="[^"]+" fill="(#[0-9a-f]{6})" stroke="#[0-9a-f]{6}" stroke-width="1.5"/g
				)
			].map((m) => m[1])
		);
		expect(fills.size).toBeGreaterThan(3);
		for (const f of fills) expect(legend.clusters.map((c) => c.colour)).toContain(f);
		expect(legend.shapes.map((s) => s.label).sort()).toEqual(
			[
				...new Set(bundled.nodes.map((x) => bundled.types.find((t) => t.id === x.type)!.label))
			].sort()
		);
		// One row per confidence level the edges use, in the order stated, reported, inferred.
		const levels = (['stated', 'reported', 'inferred'] as const).filter((l) =>
			bundled.edges.some((e) => (e.confidence ?? 'stated') === l)
		);
		expect(levels).toEqual(['stated', 'reported', 'inferred']);
		expect(legend.lines.map((l) => l.label)).toEqual([
			...levels.map((l) => CONFIDENCE_KEY[l]),
			'Arrow: direction of the relation'
		]);
		expect(svg).toContain(`stroke-dasharray="${INFERRED_DASH}"`);
		expect(legend.size).toBe('Size: number of connections');
		for (const entry of [
			...legend.clusters.map((c) => c.label),
			...legend.shapes.map((s) => s.label)
		])
			expect(texts(doc)).toContain(entry);
	});

	it('draws the file’s colours, names them in the legend, and keeps to #rrggbb', () => {
		const dataset = loadDataset({
			nodes: [
				{ id: 'a', label: 'Bakı', color: 'rgb(200,20,20)' },
				{ id: 'b', label: 'Gəncə', color: 'rgba(0,128,255,0.4)' },
				{ id: 'c', label: 'Şəki' }
			],
			edges: [{ source: 'a', target: 'b' }]
		}).dataset;
		for (const theme of ['light', 'dark'] as const) {
			const out = writeSvg(input(dataset, { labels: 'all', theme }, [], 'file'));
			const fills = [
				...out.matchAll(/<path d="[^"]+" fill="([^"]+)" stroke="#[0-9a-f]{6}" stroke-width="1.5"/g)
			].map((m) => m[1]);
			expect(fills.sort()).toEqual(
				['#0080ff', '#c81414', theme === 'light' ? '#70747a' : '#9aa5b1'].sort()
			);
			expect(out).not.toMatch(/rgba?\(/);
			const words = texts(parse(out));
			expect(words).toContain('Colour: as in the file');
			expect(words).toEqual(
				expect.arrayContaining(['#c81414', '#0080ff', 'No colour in the file'])
			);
		}
	});

	it('follows the size presets and fits to the graph', () => {
		for (const [size, w, h] of [
			['4:3', 1600, 1200],
			['a4', 1123, 794]
		] as const) {
			const root = parse(writeSvg(input(bundled, { size }))).documentElement;
			expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
				String(w),
				String(h)
			]);
		}
		const fit = parse(writeSvg(input(bundled, { size: 'fit', legend: false }))).documentElement;
		expect(Number(fit.getAttribute('width'))).toBeGreaterThanOrEqual(800);
	});

	it('uses the dark theme’s background', () => {
		expect(writeSvg(input(bundled, { theme: 'dark' }))).toMatch(
			/<rect x="0" y="0" width="1920" height="1080" fill="#14181d"\/>/
		);
	});
});

describe('export options', () => {
	it('builds the source line from the dataset', () => {
		// The dataset grades its source (Admiralty C), so the line says how reliable it is.
		expect(defaultSourceLine(bundled)).toBe(
			"Source: GlobalSecurity.org, 'Azerbaijan - Iran Relations' (2013), reliability C (fairly reliable)"
		);
	});
	it('defaults the banner to the dataset’s marking and the caption to what is shown', () => {
		const o = defaultOptions(bundled, 'light', [
			{ label: 'Iranian Culture House', members: ['a', 'b'] }
		]);
		expect(o.bannerTop).toBe('UNCLASSIFIED // OPEN-SOURCE REPORTING');
		expect(o.bannerBottom).toBe(o.bannerTop);
		expect(o.caption).toBe(
			'Iranian Culture House: 2 of 53 nodes, with the links inside it drawn at full strength.'
		);
		expect(defaultOptions(loadDataset({ nodes: [{ id: 'a' }] }).dataset, 'dark')).toMatchObject({
			bannerTop: '',
			caption: '1 node and 0 links, each cited to its source.'
		});
	});

	it('names files after the dataset, the view and the date', () => {
		expect(slug("Iran's influence networks in Azerbaijan")).toBe(
			'irans-influence-networks-in-azerbaijan'
		);
		expect(
			fileName(bundled.title, 'Iranian Culture House', new Date('2026-11-27T10:00:00Z'), 'svg')
		).toBe('irans-influence-networks-in-azerbaijan_iranian-culture-house_2026-11-27.svg');
	});
});

describe('a large network', () => {
	it('writes edges of one style as one path, every edge and node still there', async () => {
		const { networkJson } = await import('../../../bench/generate.mjs');
		const dataset = loadDataset(JSON.parse(networkJson({ nodes: 600, seed: 3 }))).dataset;
		expect(dataset.edges.length).toBeGreaterThan(BATCH_EDGES);
		const svg = writeSvg(input(dataset));
		const doc = parse(svg);
		expect(doc.getElementsByTagName('line')).toHaveLength(legendLines(doc));
		const paths = Array.from(doc.getElementsByTagName('path'));
		// Edge batches are the edges layer's paths without a fill: each "M…L…" segment is one edge.
		const layer = Array.from(doc.getElementsByTagName('g')).find(
			(g) => g.getAttribute('id') === 'edges'
		)!;
		const segments = Array.from(layer.getElementsByTagName('path'))
			.filter((p) => p.getAttribute('fill') === 'none')
			.reduce((sum, p) => sum + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
		expect(segments).toBe(dataset.edges.filter((e) => e.source !== e.target).length);
		const nodeShapes = paths.filter((p) => p.getAttribute('stroke-width') === '1.5');
		expect(nodeShapes.length).toBeGreaterThanOrEqual(dataset.nodes.length);
		// Small networks keep one element per edge, as before.
		expect(writeSvg(input(bundled)).match(/<line /g)!.length).toBeGreaterThanOrEqual(
			bundled.edges.length
		);
	});
});

/** Lines the legend draws (edge samples), which are not edges of the network. */
function legendLines(doc: Document): number {
	return Array.from(doc.getElementsByTagName('line')).filter(
		(l) => l.getAttribute('stroke-width') === '1.5'
	).length;
}

describe('the export draws what the scene says', () => {
	const data = input(bundled, { labels: 'auto', legend: false, bannerTop: '', bannerBottom: '' });
	const plan = planSvg(data);
	const doc = parse(writeSvg(data));
	const round = (v: number) => Number(oneDecimal(v));

	it('ends every edge where the scene trims it, arrowhead included', () => {
		const lines = Array.from(doc.getElementsByTagName('line'));
		const drawnEdges = bundled.edges.filter((e) => plan.edges.has(e.id));
		expect(lines).toHaveLength(drawnEdges.length);
		drawnEdges.forEach((e, j) => {
			const a = plan.pos(e.source),
				b = plan.pos(e.target);
			const sa = plan.styles.get(e.source)!,
				sb = plan.styles.get(e.target)!;
			const g = edgeGeometry(
				a.x,
				a.y,
				b.x,
				b.y,
				shapeRadius(sa.shape, sa.radius),
				shapeRadius(sb.shape, sb.radius),
				edgeStyle(e, data.ctx, data.emphasis).highlighted
			);
			const start = toScreen(plan.t, g.x1, g.y1),
				end = toScreen(plan.t, g.x2, g.y2),
				tip = toScreen(plan.t, g.head[0], g.head[1]);
			const line = lines[j]!;
			expect(Number(line.getAttribute('x1')), e.id).toBe(round(start.x));
			expect(Number(line.getAttribute('y1')), e.id).toBe(round(start.y));
			expect(Number(line.getAttribute('x2')), e.id).toBe(round(end.x));
			expect(Number(line.getAttribute('y2')), e.id).toBe(round(end.y));
			// The arrowhead is the path written right after its line.
			const head = line.nextSibling?.nextSibling as Element;
			expect(head.getAttribute('d'), e.id).toMatch(
				new RegExp(`^M${round(tip.x)},${round(tip.y)}L`.replace(/\./g, '\\.'))
			);
		});
	});

	it('labels the nodes the scene places, each where the scene puts it, leader lines included', () => {
		const size = plan.page.type.units.label;
		const candidates = plan.drawn.map((x) => {
			const p = plan.pos(x.id);
			const s = plan.styles.get(x.id)!;
			const degree = data.index.degree.get(x.id) ?? 0;
			const tier = labelTier(x.id, data.emphasis);
			const c = ringed(
				nodeLabelCandidate(x, p.x, p.y, s.radius, plan.t, degree, s, tier),
				s,
				plan.t.k
			);
			c.lines = wrapLabel(c.text, size, LABEL_WRAP_EMS * size, 3, c.bold);
			c.forced = false;
			return c;
		});
		const a = plan.page.area;
		const placed = placeLabels(candidates, {
			fontSize: size,
			ringStep: size * PAGE_RING_STEP,
			bounds: [a.x, a.y, a.x + a.w, a.y + a.h]
		});
		expect(placed.size).toBeGreaterThan(25);
		// Each node's group holds its label: the second text of the label's group (the first is the halo).
		const written = new Map<string, Element>();
		for (const g of Array.from(doc.getElementsByTagName('g'))) {
			const id = g.getAttribute('id') ?? '';
			if (!id.startsWith('node-')) continue;
			const label = g.getElementsByTagName('text');
			if (label.length) written.set(id.slice(5), label[1]!);
		}
		expect(new Set(written.keys())).toEqual(new Set([...placed.keys()]));
		for (const c of candidates.filter((c) => placed.has(c.id))) {
			const text = written.get(c.id)!;
			expect(textOf(text)).toBe(c.lines!.join(' '));
			expect(Number(text.getAttribute('x')), c.id).toBe(round(placed.get(c.id)!.x));
			expect(Number(text.getAttribute('y')), c.id).toBe(round(placed.get(c.id)!.y));
		}
		const leaders = [...placed.values()].flatMap((l) => (l.leader ? [l.leader] : []));
		const paths = Array.from(doc.getElementsByTagName('path')).map((p) => p.getAttribute('d'));
		for (const l of leaders)
			expect(paths).toContain(`M${round(l.x1)},${round(l.y1)}L${round(l.x2)},${round(l.y2)}`);
	});
});

describe('self-loops in the export', () => {
	const looped = loadDataset({
		nodes: [
			{ id: 'fund', type: 'org' },
			{ id: 'branch', type: 'org' }
		],
		types: [{ id: 'org', label: 'Organisation', shape: 'hexagon' }],
		edges: [
			{ id: 'self', source: 'fund', target: 'fund', relation: 'funds its own branch' },
			{ id: 'f-b', source: 'fund', target: 'branch', relation: 'runs' }
		]
	}).dataset;
	const data = input(looped);
	const svg = writeSvg(data);
	const doc = parse(svg);
	const round = (v: number) => oneDecimal(v);

	it('draws a self-loop as the scene’s curve, then its arrowhead, with one decimal and no marker', () => {
		const plan = planSvg(data);
		const p = plan.pos('fund'),
			s = plan.styles.get('fund')!;
		const g = selfLoopGeometry(p.x, p.y, s.shape, s.radius);
		const page = (x: number, y: number) => {
			const at = toScreen(plan.t, x, y);
			return `${round(at.x)},${round(at.y)}`;
		};
		const curves = Array.from(doc.getElementsByTagName('path')).filter((e) =>
			/C/.test(e.getAttribute('d') ?? '')
		);
		expect(curves).toHaveLength(1);
		const curve = curves[0]!;
		expect(curve.getAttribute('d')).toBe(
			`M${page(g.x1, g.y1)}C${page(g.curve[0], g.curve[1])} ${page(g.curve[2], g.curve[3])} ${page(g.x2, g.y2)}`
		);
		expect(curve.getAttribute('fill')).toBe('none');
		expect(curve.getAttribute('stroke')).toMatch(/^#[0-9a-f]{6}$/);
		const head = curve.nextSibling?.nextSibling as Element;
		expect(head.getAttribute('d')).toMatch(
			new RegExp(`^M${page(g.head[0], g.head[1])}L`.replace(/\./g, '\\.'))
		);
		// The straight edge is still a line, as it is without the loop.
		const unlooped = { ...looped, edges: looped.edges.filter((e) => e.id !== 'self') };
		const lines = parse(writeSvg(input(unlooped))).getElementsByTagName('line').length;
		expect(doc.getElementsByTagName('line')).toHaveLength(lines);
		expect(svg).not.toMatch(/<marker|marker-end|\d\.\d{2,}/);
		for (const m of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g))
			expect(m[1]).toMatch(/^(#[0-9a-f]{6}|none)$/i);
	});

	it('keeps the loop’s curve in a large network’s batched path', () => {
		const many = loadDataset({
			nodes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}` })),
			edges: [
				{ source: 'n0', target: 'n0' },
				...Array.from({ length: BATCH_EDGES + 5 }, (_, k) => ({
					source: `n${k % 60}`,
					target: `n${(k * 7 + 1) % 60 === k % 60 ? (k + 1) % 60 : (k * 7 + 1) % 60}`
				}))
			]
		}).dataset;
		const out = writeSvg(input(many));
		const lines = [...out.matchAll(/<path d="([^"]+)" fill="none"/g)].map((m) => m[1]!);
		expect(lines.join('').match(/C/g)).toHaveLength(1);
		expect(out).not.toMatch(/\d\.\d{2,}/);
	});
});

describe('users’ text in the export keeps its own direction', () => {
	const FSI = '\u2068',
		PDI = '\u2069',
		RLO = '\u202e';
	const bidi = loadDataset({
		title: 'شبکه',
		groups: [{ id: 'fa', label: 'گروه' }],
		nodes: [
			{ id: 'alice', label: 'Alice', group: 'fa' },
			{ id: 'bob', label: `bob${RLO}`, group: 'fa' },
			{ id: 'ali', label: 'علی' },
			{ id: 'reza', label: 'رضا' }
		],
		edges: [
			{ source: 'alice', target: 'bob', relation: 'funds' },
			{ source: 'ali', target: 'reza', relation: 'پرداخت' }
		]
	}).dataset;
	const svg = writeSvg(
		input(bidi, { labels: 'all', subtitle: 'زیرنویس', caption: `A caption${RLO}` }, ['fa'])
	);
	const doc = parse(svg);
	const all = texts(doc);

	it('isolates every label, title and legend row that holds right-to-left text or a control', () => {
		expect(all.filter((t) => t === `${FSI}bob${RLO}${PDI}`)).toHaveLength(2);
		expect(all.filter((t) => t === `${FSI}علی${PDI}`)).toHaveLength(2);
		expect(all).toContain(`${FSI}گروه${PDI}`);
		expect(all).toContain(`${FSI}زیرنویس${PDI}`);
		expect(all).toContain(`${FSI}A caption${RLO}${PDI}`);
		expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(`${FSI}شبکه${PDI}`);
		// Left-to-right text is written as it was.
		expect(all.filter((t) => t === 'Alice')).toHaveLength(2);
	});

	it('isolates each user string inside the description, and every isolate is closed', () => {
		const desc = doc.getElementsByTagName('desc')[0]!.textContent!;
		expect(desc).toContain(`${FSI}زیرنویس${PDI}`);
		expect(desc).toContain(`Highlighted: ${FSI}گروه${PDI}; the rest is dimmed`);
		for (const t of [...all, desc]) {
			let open = 0;
			for (const ch of t) {
				if (ch === FSI) open++;
				if (ch === PDI) open--;
				expect(open).toBeGreaterThanOrEqual(0);
			}
			expect(open, t).toBe(0);
		}
	});
});

describe('texts from a file on a page', () => {
	it('are cut to what a page can hold, however long the file makes them', () => {
		const huge = 'w'.repeat(1_000_000);
		const dataset = loadDataset({
			title: huge,
			groups: [{ id: 'g', label: huge }],
			types: [{ id: 't', label: huge }],
			nodes: [
				{ id: 'a', label: huge, group: 'g', type: 't' },
				{ id: 'b', group: 'g' }
			],
			edges: [{ source: 'a', target: 'b' }]
		}).dataset;
		const data = input(dataset, { labels: 'all', caption: huge, sourceLine: huge }, ['g']);
		const svg = writeSvg({ ...data, options: { ...data.options, title: huge, subtitle: huge } });
		expect(svg.length).toBeLessThan(40_000);
		const longest = Math.max(...texts(parse(svg)).map((t) => t.length));
		expect(longest).toBeLessThanOrEqual(2_000);
	});
});
