import { describe, expect, it } from 'vitest';
import { applyMerge, fold, planMerge, shown } from '$lib/model/edit-merge';
import { loadDataset } from '$lib/model/load';

const ours = () =>
	loadDataset({
		title: 'Ours',
		sources: [{ id: 'rep', title: 'Report one' }],
		groups: [{ id: 'g', label: 'G' }],
		nodes: [
			{
				id: 'baku',
				label: 'Baku',
				description: 'Capital',
				sources: [{ source: 'rep', locator: '¶1' }]
			},
			{ id: 'fund', label: 'Iran Aid Fund', aliases: ['IAF'], group: 'g' },
			{ id: 'mashad', label: 'Mashad', period: { from: 1990 } }
		],
		edges: [{ id: 'e1', source: 'fund', target: 'baku', relation: 'funds', weight: 1 }],
		events: [{ date: '1992', label: 'Founding', nodes: ['fund'] }]
	}).dataset;

const theirs = () =>
	loadDataset({
		title: 'Theirs',
		sources: [
			{ id: 'rep', title: 'A different report' },
			{ id: 'new', title: 'New reporting' }
		],
		nodes: [
			{
				id: 'baku',
				label: 'Baku',
				description: 'Capital city',
				sources: [{ source: 'rep', locator: '¶7' }]
			},
			{ id: 'x1', label: 'IRAN AID FUND ', description: 'Runs aid', sources: [{ source: 'new' }] },
			{ id: 'x2', label: 'Mashhad', aliases: ['Mashad'], period: { from: 1991 } },
			{ id: 'x3', label: 'Caspian Trust' }
		],
		edges: [
			{ id: 'a', source: 'x1', target: 'baku', relation: 'funds', weight: 3 },
			{ id: 'e1', source: 'x3', target: 'x2' }
		],
		events: [
			{ date: '1992', label: 'founding', nodes: ['x3'] },
			{ date: '1999', label: 'Later', nodes: ['x2'] }
		]
	}).dataset;

describe('fold', () => {
	it('folds case, accents and spacing', () => {
		expect(fold('  Ünal   Çelik ')).toBe('unal celik');
		expect(fold('IRAN Aid fund')).toBe(fold('Iran  Aid Fund'));
	});
});

describe('planMerge', () => {
	it('same ids are the same entity; labels only on request', () => {
		const plan = planMerge(ours(), theirs(), { byLabel: false });
		expect([...plan.sameNodes]).toEqual([['baku', 'baku']]);
		expect(plan.adds.nodes).toBe(3);
		expect(plan.conflicts.map((c) => c.key)).toEqual(['node:baku:description']);
	});

	it('by label, a folded label or alias finds the same node', () => {
		const plan = planMerge(ours(), theirs(), { byLabel: true });
		expect(Object.fromEntries(plan.sameNodes)).toEqual({ baku: 'baku', x1: 'fund', x2: 'mashad' });
		expect(plan.adds.nodes).toBe(1);
		// The edge x1 → baku "funds" is now e1: its weight differs.
		expect(Object.fromEntries(plan.sameEdges)).toEqual({ a: 'e1' });
		expect(plan.conflicts.map((c) => c.key)).toEqual([
			'node:baku:description',
			'node:mashad:label',
			'node:mashad:period',
			'edge:e1:weight'
		]);
		const c = plan.conflicts.find((x) => x.key === 'node:mashad:period')!;
		expect([shown(c.ours), shown(c.theirs)]).toEqual(['1990–…', '1991–…']);
	});

	it('a source id used for another source is renamed; the same source is not', () => {
		const plan = planMerge(ours(), theirs(), { byLabel: false });
		expect(Object.fromEntries(plan.renamedSources)).toEqual({ rep: 'rep-2' });
		expect(plan.adds.sources).toBe(2);
		const again = planMerge(ours(), ours(), { byLabel: false });
		expect(again.renamedSources.size).toBe(0);
		expect(again.adds).toEqual({ nodes: 0, edges: 0, sources: 0 });
		expect(again.conflicts).toEqual([]);
	});
});

describe('applyMerge', () => {
	it('keeps ours unless told, fills what ours lacks, and keeps sources and citations of both', () => {
		const base = ours();
		const incoming = theirs();
		const plan = planMerge(base, incoming, { byLabel: true });
		const { dataset } = applyMerge(base, incoming, plan, {});
		const baku = dataset.nodes.find((n) => n.id === 'baku')!;
		expect(baku.description).toBe('Capital');
		expect(baku.sources).toEqual([
			{ source: 'rep', locator: '¶1' },
			{ source: 'rep-2', locator: '¶7' }
		]);
		const fund = dataset.nodes.find((n) => n.id === 'fund')!;
		expect(fund.description).toBe('Runs aid');
		expect(fund.sources).toEqual([{ source: 'new' }]);
		expect(dataset.sources.map((s) => [s.id, s.title])).toEqual([
			['rep', 'Report one'],
			['rep-2', 'A different report'],
			['new', 'New reporting']
		]);
		// Their edge "e1" (x3 → x2) is not ours "e1": added under a new id, its ends mapped.
		expect(dataset.edges.find((e) => e.id === 'e1-2')).toMatchObject({
			source: 'x3',
			target: 'mashad'
		});
		expect(dataset.edges.find((e) => e.id === 'e1')!.weight).toBe(1);
		expect(dataset.nodes.map((n) => n.id)).toEqual(['baku', 'fund', 'mashad', 'x3']);
		// Events: the same one (date and folded label) once, with the nodes of both.
		expect(dataset.events.map((e) => [e.date, e.label, e.nodes])).toEqual([
			['1992', 'Founding', ['fund', 'x3']],
			['1999', 'Later', ['mashad']]
		]);
	});

	it('keeps theirs per field as chosen; the label not kept becomes an alias', () => {
		const base = ours();
		const incoming = theirs();
		const plan = planMerge(base, incoming, { byLabel: true });
		const all = Object.fromEntries(plan.conflicts.map((c) => [c.key, 'theirs' as const]));
		const { dataset } = applyMerge(base, incoming, plan, all);
		const mashad = dataset.nodes.find((n) => n.id === 'mashad')!;
		expect(mashad.label).toBe('Mashhad');
		expect(mashad.aliases).toEqual(['Mashad']);
		expect(mashad.period).toEqual({ from: 1991 });
		expect(dataset.edges.find((e) => e.id === 'e1')!.weight).toBe(3);
		const one = applyMerge(base, incoming, plan, { 'node:baku:description': 'theirs' }).dataset;
		expect(one.nodes[0]!.description).toBe('Capital city');
		expect(one.nodes.find((n) => n.id === 'mashad')!.label).toBe('Mashad');
	});

	it('does not change either network it was given', () => {
		const base = ours();
		const incoming = theirs();
		const [a, b] = [structuredClone(base), structuredClone(incoming)];
		applyMerge(base, incoming, planMerge(base, incoming, { byLabel: true }), {});
		expect(base).toEqual(a);
		expect(incoming).toEqual(b);
	});
});
