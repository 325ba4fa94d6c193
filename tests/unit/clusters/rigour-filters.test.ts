import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	asOfEnds,
	inYears,
	knownPeriod,
	NO_FILTERS,
	passesConfidence,
	passesGrade,
	statedPart,
	visibleElements,
	weighedPart,
	weighs,
	yearSpan
} from '$lib/clusters/filters';
import { shortestPaths, toGraphology } from '$lib/clusters/analysis';
import { loadDataset } from '$lib/model';

const fixture = loadDataset(
	JSON.parse(readFileSync('tests/fixtures/rigour-small.json', 'utf8'))
).dataset;
const sources = new Map(fixture.sources.map((s) => [s.id, s]));
const ids = (set: Set<string>) => [...set].sort();

describe('stated by the source only', () => {
	it('keeps stated and unrated elements, hides reported and inferred', () => {
		expect(passesConfidence({}, true)).toBe(true);
		expect(passesConfidence({ confidence: 'stated' }, true)).toBe(true);
		expect(passesConfidence({ confidence: 'reported' }, true)).toBe(false);
		expect(passesConfidence({ confidence: 'inferred' }, true)).toBe(false);
		expect(passesConfidence({ confidence: 'reported' }, false)).toBe(true);
	});

	it('runs paths over the stated part only', () => {
		const part = statedPart(fixture);
		expect(part.nodes.map((n) => n.id).sort()).toEqual(['foundation', 'gov', 'strategy']);
		expect(part.edges.map((e) => e.id).sort()).toEqual(['gov-foundation', 'gov-strategy']);
	});
});

describe('the grade filter', () => {
	it('keeps an element when one citation meets the floor', () => {
		const gov = fixture.nodes.find((n) => n.id === 'gov')!; // C2
		const school = fixture.nodes.find((n) => n.id === 'school')!; // C4
		expect(passesGrade(gov, undefined, sources)).toBe(true);
		expect(passesGrade(gov, {}, sources)).toBe(true);
		expect(passesGrade(gov, { reliability: 'C', credibility: 3 }, sources)).toBe(true);
		expect(passesGrade(gov, { reliability: 'B' }, sources)).toBe(false);
		expect(passesGrade(school, { credibility: 3 }, sources)).toBe(false);
		expect(passesGrade({ sources: [] }, { credibility: 6 }, sources)).toBe(false);
	});

	it('hides what falls short, and the edges of hidden nodes', () => {
		const v = visibleElements(fixture, { ...NO_FILTERS, grade: { credibility: 3 } });
		// school (C4) goes, so does its edge; campaign-foundation is D5 and goes.
		expect(ids(v.nodes)).toEqual(['campaign', 'foundation', 'gov', 'strategy']);
		expect(ids(v.edges)).toEqual(['gov-campaign', 'gov-foundation', 'gov-strategy']);
		const strict = visibleElements(fixture, { ...NO_FILTERS, grade: { reliability: 'C' } });
		expect(strict.edges.has('campaign-foundation')).toBe(false); // agency is D
		expect(strict.all).toBe(false);
	});
});

describe('paths under the grade floor', () => {
	// a—b—d is short but b is graded C4; a—c—e—d is longer and every element is B2.
	const chain = loadDataset({
		sources: [
			{ id: 'good', title: 'Good', reliability: 'B' },
			{ id: 'poor', title: 'Poor', reliability: 'C' }
		],
		nodes: ['a', 'c', 'd', 'e']
			.map((id) => ({
				id,
				sources: [{ source: 'good', locator: '¶1', credibility: 2 }]
			}))
			.concat([{ id: 'b', sources: [{ source: 'poor', locator: '¶2', credibility: 4 }] }]),
		edges: [
			['a', 'b'],
			['b', 'd'],
			['a', 'c'],
			['c', 'e'],
			['e', 'd']
		].map(([source, target]) => ({
			id: `${source}-${target}`,
			source,
			target,
			sources: [{ source: 'good', locator: '¶1', credibility: 2 }]
		}))
	}).dataset;
	const paths = (f: Parameters<typeof weighedPart>[1]) =>
		shortestPaths(toGraphology(weighedPart(chain, f)), 'a', 'd');

	it('never steps through an element the grade filter hides', () => {
		expect(paths({ statedOnly: false })).toEqual([['a', 'b', 'd']]);
		expect(paths({ statedOnly: false, grade: { credibility: 3 } })).toEqual([['a', 'c', 'e', 'd']]);
		expect(paths({ statedOnly: false, grade: { reliability: 'B' } })).toEqual([
			['a', 'c', 'e', 'd']
		]);
		// A floor nothing meets leaves no path at all, never one through hidden elements.
		expect(paths({ statedOnly: false, grade: { reliability: 'A' } })).toEqual([]);
	});

	it('weighs exactly the elements the view shows, and combines with stated only', () => {
		const f = { statedOnly: false, grade: { credibility: 3 as const } };
		const part = weighedPart(chain, f);
		const shown = visibleElements(chain, { ...NO_FILTERS, ...f });
		expect(part.nodes.map((n) => n.id).sort()).toEqual(ids(shown.nodes));
		expect(part.edges.map((e) => e.id).sort()).toEqual(ids(shown.edges));
		expect(weighedPart(fixture, { statedOnly: true }).nodes).toEqual(statedPart(fixture).nodes);
		const both = weighedPart(fixture, { statedOnly: true, grade: { reliability: 'C' } });
		expect(both.nodes.map((n) => n.id).sort()).toEqual(
			statedPart(fixture)
				.nodes.filter((n) => passesGrade(n, { reliability: 'C' }, sources))
				.map((n) => n.id)
				.sort()
		);
		expect(weighs({ statedOnly: false })).toBe(false);
		expect(weighs({ statedOnly: false, grade: {} })).toBe(false);
		expect(weighs({ statedOnly: false, grade: { credibility: 2 } })).toBe(true);
		expect(weighs({ statedOnly: true })).toBe(true);
	});
});

describe('"as of" in the year filter', () => {
	it('closes an open period at asOf: known up to then, not ongoing', () => {
		expect(knownPeriod({ from: 1999 }, '2013')).toEqual({ from: 1999, to: 2013 });
		expect(knownPeriod({ from: 1999, to: 2005 }, '2013')).toEqual({ from: 1999, to: 2005 });
		expect(knownPeriod(undefined, '2013-11')).toEqual({ to: 2013 });
		expect(knownPeriod({ from: 1999 }, undefined)).toEqual({ from: 1999 });
		expect(inYears({ from: 1999 }, [2015, 2020], '2013')).toBe(false);
		expect(inYears({ from: 1999 }, [2015, 2020])).toBe(true);
		expect(inYears({ from: 1999 }, [2010, 2020], '2013')).toBe(true);
		expect(inYears(undefined, [2015, 2020])).toBe(true);
	});

	it('counts the open periods that end "as of" each year, for the year filter to mark', () => {
		// The strategy node and its edge run from 1999, as of 2013; the campaign's period is closed.
		expect(asOfEnds(fixture)).toEqual([{ year: 2013, count: 2 }]);
		const mixed = {
			nodes: [
				{ ...fixture.nodes[0]!, id: 'x', period: { from: 2001 }, asOf: '2007-04-04' },
				{ ...fixture.nodes[0]!, id: 'y', asOf: '1993' },
				// A period with an end is not "as of": its end is known.
				{ ...fixture.nodes[0]!, id: 'z', period: { from: 1991, to: 1999 }, asOf: '2005' }
			],
			edges: [{ ...fixture.edges[0]!, period: { from: 2000 }, asOf: '2007' }]
		};
		expect(asOfEnds(mixed)).toEqual([
			{ year: 1993, count: 1 },
			{ year: 2007, count: 2 }
		]);
		expect(asOfEnds({ nodes: [], edges: [] })).toEqual([]);
	});

	it('hides an as-of element after its date, and counts asOf in the span', () => {
		expect(yearSpan({ ...fixture, events: [] })).toEqual([1999, 2013]);
		const late = visibleElements(fixture, { ...NO_FILTERS, years: [2010, 2013] });
		expect(late.nodes.has('strategy')).toBe(true);
		const after = { ...fixture, events: [] };
		const v = visibleElements(after, { ...NO_FILTERS, years: [2008, 2012] });
		expect(v.edges.has('gov-strategy')).toBe(true);
		expect(v.nodes.has('campaign')).toBe(false); // 2007 only
	});
});
