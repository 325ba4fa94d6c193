import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { NO_EMPHASIS } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import { defaultOptions } from '$lib/export/options';
import { legendModel, writeSvg, type SvgInput } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset, type Dataset } from '$lib/model';
import {
	CONFIDENCE_RING,
	MEMBERSHIP_MARK,
	confidenceDash,
	nodeConfidenceDash
} from '$lib/scene/confidence';
import { CONFIDENCE_KEY, MEMBERSHIP_KEY, ringKey } from '$lib/scene/confidence-words';
import { oneDecimal } from '$lib/scene/numbers';
import { hullPath } from '$lib/scene/hull';
import { createStyleContext } from '$lib/scene/style';
import { buildGraphModel } from '$lib/state/graph-model';

const raw = readFileSync('tests/fixtures/rigour-small.json', 'utf8');
const loaded = loadDataset(JSON.parse(raw));
const fixture = loaded.dataset;

function input(dataset: Dataset): SvgInput {
	const model = buildGraphModel(dataset);
	const clustering = assignClusters(dataset, model.index, 'group', 'light');
	return {
		dataset,
		index: model.index,
		positions: staticLayout(model.layoutInput, { seed: 1 }),
		ctx: createStyleContext(dataset, model.index, 'light', clustering),
		emphasis: NO_EMPHASIS,
		visible: visibleElements(dataset, NO_FILTERS),
		hulls: [],
		options: defaultOptions(dataset, 'light'),
		hullPath
	};
}

describe('confidence in the SVG export', () => {
	it('opens the fixture cleanly', () => {
		expect(loaded.warnings).toEqual([]);
	});

	const svg = writeSvg(input(fixture));
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	// The file writes every number to one decimal, dash arrays too (the profile's rule).
	const written = (dash: string | null) =>
		dash === null
			? null
			: dash
					.split(' ')
					.map((d) => oneDecimal(Number(d)))
					.join(' ');
	const dashes = (tag: string) =>
		Array.from(doc.getElementsByTagName(tag)).map((e) => e.getAttribute('stroke-dasharray'));

	it('draws each edge in its level’s dash, as the screen does', () => {
		const lines = dashes('line');
		// Five edges (no loop) plus the legend's samples.
		expect(lines.filter((d) => d === written(confidenceDash('reported', 1.25)))).toHaveLength(2);
		expect(lines.filter((d) => d === written(confidenceDash('inferred', 1.25)))).toHaveLength(1);
	});

	it('explains the three levels in the legend, each with its sample', () => {
		const model = legendModel(
			input(fixture),
			new Set(fixture.nodes.map((n) => n.id)),
			new Set(fixture.edges.map((e) => e.id))
		);
		expect(model.lines.map((l) => [l.label, l.dash])).toEqual([
			[CONFIDENCE_KEY.stated, null],
			[CONFIDENCE_KEY.reported, confidenceDash('reported', 1.5)],
			[CONFIDENCE_KEY.inferred, confidenceDash('inferred', 1.5)],
			['Arrow: direction of the relation', null]
		]);
		// A long entry is set on two lines (tspans): read the text as a reader would.
		const read = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		for (const label of Object.values(CONFIDENCE_KEY)) expect(read).toContain(label);
		expect(dashes('line')).toContain(written(confidenceDash('reported', 1.5)));
	});

	const layer = (id: string) =>
		Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === id)!;
	const inLayer = (id: string, tag: string) => Array.from(layer(id).getElementsByTagName(tag));

	it('rings reported and inferred nodes and dots the inferred membership', () => {
		// The picture's marks, in the nodes layer (the legend draws its own samples).
		const paths = inLayer('nodes', 'path').map((e) => e.getAttribute('stroke-dasharray'));
		expect(
			paths.filter((d) => d === written(nodeConfidenceDash({ confidence: 'reported' })))
		).toHaveLength(1);
		expect(
			paths.filter((d) => d === written(nodeConfidenceDash({ confidence: 'inferred' })))
		).toHaveLength(1);
		// One hollow dot, in the group's colour: the foundation's group is the author's inference.
		const pillar = input(fixture).ctx.clustering.byId.get('pillar')!.colour;
		const dots = inLayer('nodes', 'circle').filter(
			(c) => c.getAttribute('stroke') === pillar && c.getAttribute('fill') !== pillar
		);
		expect(dots).toHaveLength(1);
	});

	it('explains the node marks in the legend, each sample drawn as the picture draws it', () => {
		const all = legendModel(
			input(fixture),
			new Set(fixture.nodes.map((n) => n.id)),
			new Set(fixture.edges.map((e) => e.id))
		);
		expect(all.marks).toEqual([
			{
				label: ringKey('reported'),
				ring: nodeConfidenceDash({ confidence: 'reported' }),
				membership: false
			},
			{
				label: ringKey('inferred'),
				ring: nodeConfidenceDash({ confidence: 'inferred' }),
				membership: false
			},
			{ label: MEMBERSHIP_KEY, ring: null, membership: true }
		]);
		const legend = layer('legend');
		const read = new XMLSerializer()
			.serializeToString(legend)
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ');
		for (const label of [ringKey('reported'), ringKey('inferred'), MEMBERSHIP_KEY])
			expect(read).toContain(label);
		// Each ring sample is a dashed outline with the picture's own dash and width.
		const rings = inLayer('legend', 'path').filter((p) => p.getAttribute('fill') === 'none');
		expect(
			rings.map((p) => [p.getAttribute('stroke-dasharray'), p.getAttribute('stroke-width')])
		).toEqual([
			[written(nodeConfidenceDash({ confidence: 'reported' })), String(CONFIDENCE_RING.width)],
			[written(nodeConfidenceDash({ confidence: 'inferred' })), String(CONFIDENCE_RING.width)]
		]);
		// The membership sample: one hollow dot (filled with the page's colour) beside its node.
		const page = inLayer('legend', 'rect')[0]!.getAttribute('fill');
		const hollow = inLayer('legend', 'circle').filter(
			(c) =>
				c.getAttribute('fill') === page &&
				c.getAttribute('stroke-width') === String(MEMBERSHIP_MARK.width)
		);
		expect(hollow).toHaveLength(1);
	});

	it('adds a mark row only when such a node is drawn', () => {
		const stated = new Set(['gov', 'strategy']);
		expect(legendModel(input(fixture), stated, new Set()).marks).toEqual([]);
		const school = legendModel(input(fixture), new Set(['gov', 'school']), new Set());
		expect(school.marks.map((r) => r.label)).toEqual([ringKey('inferred')]);
		// The dot shows the group's claim only where colour shows the group.
		const byType = input(fixture);
		byType.ctx = createStyleContext(
			fixture,
			byType.index,
			'light',
			assignClusters(fixture, byType.index, 'type', 'light')
		);
		expect(
			legendModel(byType, new Set(['foundation']), new Set()).marks.map((r) => r.membership)
		).toEqual([]);
		const inferredGroup = legendModel(input(fixture), new Set(['foundation']), new Set());
		expect(inferredGroup.marks).toEqual([{ label: MEMBERSHIP_KEY, ring: null, membership: true }]);
		// No marks drawn: no row written either.
		const plain = writeSvg({
			...input(fixture),
			visible: { nodes: stated, edges: new Set(), all: false }
		});
		expect(plain).not.toContain('Ring: node');
		expect(plain).not.toContain(MEMBERSHIP_KEY);
	});

	it('grades the source line', () => {
		expect(svg).toContain('reliability C (fairly reliable)');
		expect(svg).toContain('reliability D (not usually reliable)');
	});
});
