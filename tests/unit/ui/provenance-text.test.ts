import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, relayChain } from '$lib/model';
import { gradesOf, gradeWords, periodText } from '$lib/ui/provenance-text';
import { sourceGradeNote } from '$lib/export/source-grade';

const fixture = loadDataset(
	JSON.parse(readFileSync('tests/fixtures/rigour-small.json', 'utf8'))
).dataset;

describe('grades in words', () => {
	it('explains both halves of a grade', () => {
		expect(gradeWords({ credibility: 3 }, { reliability: 'C' })).toBe(
			'source reliability C: fairly reliable; credibility 3: possibly true'
		);
		expect(gradeWords({}, { reliability: 'B' })).toBe('source reliability B: usually reliable');
		expect(gradeWords({ credibility: 6 }, undefined)).toBe('credibility 6: truth cannot be judged');
		expect(gradeWords({}, undefined)).toBe('');
	});

	it('lists an element’s distinct grades for the table', () => {
		const campaign = fixture.edges.find((e) => e.id === 'gov-campaign')!;
		expect(gradesOf(campaign.sources, fixture.sources)).toBe('C3');
		expect(
			gradesOf(
				[
					{ source: 'page', credibility: 2 },
					{ source: 'agency', credibility: 5 },
					{ source: 'page', credibility: 2 }
				],
				fixture.sources
			)
		).toBe('C2, D5');
		expect(gradesOf([{ source: 'page' }], [])).toBe('');
	});

	it('adds the reliability to an export’s source line, only when graded', () => {
		expect(sourceGradeNote({ reliability: 'C' })).toBe(', reliability C (fairly reliable)');
		expect(sourceGradeNote({})).toBe('');
	});

	it('follows the relay chain the fixture gives ¶6', () => {
		const c = fixture.edges.find((e) => e.id === 'gov-campaign')!.sources[0]!;
		expect(relayChain(c, fixture.sources).map((l) => l.label)).toEqual([
			'Example Review, Country relations page',
			'Example news agency, Report of 4 April 2007',
			'an unnamed intelligence expert'
		]);
	});
});

describe('periods with "as of"', () => {
	it('says an open period is known up to asOf, not ongoing', () => {
		expect(periodText({ period: { from: 1999 }, asOf: '2013' })).toBe('from 1999, as of 2013');
		expect(periodText({ asOf: '2013-11' })).toBe('as of Nov 2013');
		expect(periodText({ period: { from: 1991, to: 1999 } })).toBe('1991–1999');
		expect(periodText({})).toBe('');
	});
});
