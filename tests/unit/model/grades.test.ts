import { describe, expect, it } from 'vitest';
import {
	consultedSources,
	describeGrade,
	gradeOf,
	meetsGrade,
	relationInverse,
	relationLabel,
	relationOf,
	relayChain,
	type Source
} from '$lib/model';

describe('gradeOf', () => {
	it('joins the source reliability and the citation credibility', () => {
		expect(gradeOf({ credibility: 2 }, { reliability: 'B' })).toBe('B2');
		expect(gradeOf({}, { reliability: 'F' })).toBe('F');
		expect(gradeOf({ credibility: 6 }, undefined)).toBe('6');
		expect(gradeOf({}, {})).toBeUndefined();
	});

	it('says what the grade means', () => {
		expect(describeGrade({ credibility: 3 }, { reliability: 'C' })).toBe(
			'C3 — fairly reliable source; possibly true'
		);
		expect(describeGrade({}, {})).toBeUndefined();
	});
});

describe('meetsGrade', () => {
	it('keeps what is at least as reliable and as credible as the floor', () => {
		expect(meetsGrade({ credibility: 2 }, { reliability: 'B' }, { reliability: 'C' })).toBe(true);
		expect(meetsGrade({ credibility: 2 }, { reliability: 'D' }, { reliability: 'C' })).toBe(false);
		expect(meetsGrade({ credibility: 2 }, { reliability: 'B' }, { credibility: 2 })).toBe(true);
		expect(meetsGrade({ credibility: 3 }, { reliability: 'A' }, { credibility: 2 })).toBe(false);
		expect(meetsGrade({}, {}, {})).toBe(true);
	});

	it('does not let "cannot be judged" or a missing grade pass a floor that asks for it', () => {
		expect(meetsGrade({ credibility: 1 }, { reliability: 'F' }, { reliability: 'E' })).toBe(false);
		expect(meetsGrade({ credibility: 6 }, { reliability: 'A' }, { credibility: 5 })).toBe(false);
		expect(meetsGrade({}, { reliability: 'A' }, { credibility: 5 })).toBe(false);
		expect(meetsGrade({ credibility: 1 }, undefined, { reliability: 'E' })).toBe(false);
	});
});

describe('relayChain', () => {
	const sources: Source[] = [
		{ id: 'page', title: 'A page', publisher: 'GlobalSecurity.org', via: [{ label: 'a cable' }] },
		{
			id: 'agency',
			title: 'Report of 4 April 2007',
			publisher: 'Turan',
			via: [{ label: 'an unnamed intelligence expert', description: 'not named' }]
		}
	];

	it('runs from the cited source through what it relays to whoever first said it', () => {
		expect(
			relayChain({ source: 'page', locator: '¶6', via: 'agency' }, sources).map((l) => l.label)
		).toEqual([
			'GlobalSecurity.org, A page',
			'a cable',
			'Turan, Report of 4 April 2007',
			'an unnamed intelligence expert'
		]);
		expect(relayChain({ source: 'page' }, sources).map((l) => l.label)).toEqual([
			'GlobalSecurity.org, A page',
			'a cable'
		]);
	});

	it('ends a loop and names an unknown source by its id', () => {
		const loop: Source[] = [
			{ id: 'a', title: 'A', via: [{ source: 'b' }] },
			{ id: 'b', title: 'B', via: [{ source: 'a' }] }
		];
		expect(relayChain({ source: 'a' }, loop).map((l) => l.label)).toEqual(['A', 'B']);
		expect(relayChain({ source: 'x' }, loop)).toEqual([{ label: 'x' }]);
	});
});

describe('relation helpers', () => {
	const relations = [{ id: 'funds', label: 'funds', inverse: 'is funded by' }];

	it('resolve an edge to its vocabulary entry, its label and its inverse', () => {
		expect(relationOf({ relation: 'funds' }, relations)).toBe(relations[0]);
		expect(relationLabel({ relation: 'funds' }, relations)).toBe('funds');
		expect(relationInverse({ relation: 'funds' }, relations)).toBe('is funded by');
	});

	it('read an edge outside the vocabulary by its own phrase, and no relation as none', () => {
		expect(relationLabel({ relation: 'pays' }, relations)).toBe('pays');
		expect(relationInverse({ relation: 'pays' }, relations)).toBe('is the target of: pays');
		expect(relationLabel({}, relations)).toBeUndefined();
		expect(relationInverse({}, relations)).toBeUndefined();
	});
});

describe('consultedSources', () => {
	it('leaves out a source known only through another one, and keeps one also cited directly', () => {
		const base = {
			sources: [
				{ id: 'page', title: 'Page', via: [{ source: 'wire' }] },
				{ id: 'agency', title: 'Agency' },
				{ id: 'wire', title: 'Wire' },
				{ id: 'unused', title: 'Unused' }
			] as Source[],
			nodes: [],
			events: []
		};
		const edge = (citation: object) => ({
			id: 'e',
			source: 'a',
			target: 'b',
			weight: 1,
			attributes: {},
			sources: [{ source: 'page', ...citation }]
		});
		const ids = (edges: ReturnType<typeof edge>[]) =>
			consultedSources({ ...base, edges }).map((s) => s.id);
		expect(ids([edge({ via: 'agency' })])).toEqual(['page', 'unused']);
		expect(
			ids([edge({ via: 'agency' }), { ...edge({}), sources: [{ source: 'agency' }] }])
		).toEqual(['page', 'agency', 'unused']);
	});
});
