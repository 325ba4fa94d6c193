import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { SEED_PATH } from '../../../scripts/shingles.mjs';
import {
	dateProblems,
	gradeProblems,
	hedgeProblems,
	paragraphs,
	relationProblems,
	seedProblems,
	type RawDataset
} from './rigour-rules';

// Issue 15, point 6: what the source asserts, relays or hedges, and what the dataset infers, stay
// apart in the bundled dataset. Each rule is shown failing on a copy broken as a careless edit
// would break it, so none of them can pass by asserting nothing.

const FILE = 'data/azerbaijan-iran.json';
const read = (): RawDataset => JSON.parse(readFileSync(FILE, 'utf8'));
/** A copy of the bundled dataset with one element changed. */
function broken(id: string, change: (x: Record<string, unknown>) => void): RawDataset {
	const d = read();
	const x = [...d.nodes, ...d.edges].find((e) => e.id === id)!;
	change(x as Record<string, unknown>);
	return d;
}

describe(`${FILE}: the rules of issue 15`, () => {
	it('loads in strict mode with its vocabulary, grades and dates', () => {
		const { dataset } = loadDataset(read(), { strict: true, name: FILE });
		expect(dataset.relations.length).toBeGreaterThan(0);
		expect(dataset.sources.every((s) => s.reliability !== undefined)).toBe(true);
	});

	it('every relation comes from a defined vocabulary of at most 20, each used', () => {
		expect(relationProblems(read())).toEqual([]);
		expect(
			relationProblems(broken('e-regime-iranians-irgc', (e) => (e.relation = 'allegedly close to')))
		).toEqual(['e-regime-iranians-irgc: relation "allegedly close to" is not in the vocabulary']);
		const d = read();
		d.relations!.push({ id: 'shadows', label: 'shadows' });
		expect(relationProblems(d)).toEqual([
			'21 relations, more than 20',
			'relation "shadows" has no inverse',
			'relation "shadows" has no description',
			'relation "shadows" is used by no edge'
		]);
	});

	it('every grade is valid, and given where the claim is the source’s', () => {
		expect(gradeProblems(read())).toEqual([]);
		const d = read();
		d.sources[0]!.reliability = 'G';
		d.nodes[0]!.sources[0]!.credibility = '2';
		d.edges.find((e) => e.id === 'e-govt-tripod')!.sources[0]!.credibility = 2;
		expect(gradeProblems(d)).toEqual([
			'source gs-az-ir: reliability "G" is not A–F',
			'iran-assistance-society: credibility "2" is not 1–6',
			"e-govt-tripod: an inferred element's citation ¶9 carries a credibility"
		]);
	});

	it('no element is stated where its citation records a hedge or its words hedge it, without a note', () => {
		expect(hedgeProblems(read())).toEqual([]);
		// The defect the review found: "allegedly close to", rated stated.
		expect(
			hedgeProblems(
				broken('e-regime-iranians-irgc', (e) => {
					e.confidence = 'stated';
					(e.sources as { hedge?: string }[])[0]!.hedge = undefined;
					e.relation = 'allegedly close to';
				})
			)
		).toEqual(['e-regime-iranians-irgc: stated, but "allegedly close to" hedges it']);
		expect(hedgeProblems(broken('e-intel-infowar', (e) => (e.confidence = 'stated')))).toEqual([
			'e-intel-infowar: stated, but its citation ¶6 records "most likely"'
		]);
		// A note saying why lets a stated element stand.
		expect(
			hedgeProblems(
				broken('e-intel-infowar', (e) => {
					e.confidence = 'stated';
					e.confidenceNote = 'Confirmed elsewhere.';
				})
			)
		).toEqual([]);
		expect(
			hedgeProblems(
				broken(
					'family-stipends',
					(e) =>
						((e.sources as object[])[0] = { source: 'gs-az-ir', locator: '¶9', credibility: 3 })
				)
			)
		).toEqual([
			'family-stipends: reported, but no citation records a hedge or a relay and no note says why'
		]);
	});

	it('no open-ended period without an asOf, nothing past the sources, inferred memberships marked', () => {
		expect(dateProblems(read())).toEqual([]);
		// The defect the review found: the tripod "from 1999", still running today.
		expect(
			dateProblems(
				broken('tripod', (n) => {
					n.period = { from: 1999 };
					delete n.asOf;
				})
			)
		).toEqual(['tripod: period {"from":1999} is open-ended with no asOf']);
		expect(
			dateProblems(broken('early-1990s-effort', (n) => (n.period = { from: 1991, to: 2013 })))
		).toEqual(['early-1990s-effort: period runs to 2013, past its sources (2007)']);
		expect(dateProblems(broken('iranian-funded-mosques', (n) => delete n.groupConfidence))).toEqual(
			[
				'iranian-funded-mosques: its pillar comes from the inferred edge e-mosques-ich, but its group membership is not marked inferred'
			]
		);
	});

	describe.runIf(existsSync(SEED_PATH))('against the source text', () => {
		const paras = paragraphs(existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : '');

		it('reads ¶1–¶9', () => {
			expect([...paras.keys()]).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5', '¶6', '¶7', '¶8', '¶9']);
		});

		it('records only hedges the paragraph has, records every one, and states nothing a hedge covers without a note', () => {
			expect(seedProblems(read(), paras)).toEqual([]);
		});

		it('catches a hedged claim rated stated, a hedge the source does not have, and a hedge left out', () => {
			// The stipends are "reportedly" (¶9): stated with no hedge recorded, only the text can tell.
			const d = broken('family-stipends', (n) => {
				n.confidence = 'stated';
				delete (n.sources as { hedge?: string }[])[0]!.hedge;
			});
			for (const id of [
				'children-families',
				'e-scholarships-stipends',
				'e-stipends-families',
				'e-families-children'
			])
				for (const c of [...d.nodes, ...d.edges].find((x) => x.id === id)!.sources) delete c.hedge;
			expect(seedProblems(d, paras)).toEqual([
				'¶9 says "reportedly", but no citation of ¶9 records it',
				'family-stipends: stated, but ¶9\'s "reportedly" covers "stipe", "famil"'
			]);
			expect(
				seedProblems(
					broken(
						'e-alleged-plots-govt',
						(e) => ((e.sources as { hedge?: string }[])[0]!.hedge = 'reportedly')
					),
					paras
				)
			).toEqual(['e-alleged-plots-govt: records "reportedly", which ¶7 does not say']);
		});
	});
});
