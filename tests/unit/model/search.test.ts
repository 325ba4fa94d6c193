import { describe, expect, it } from 'vitest';
import { normalizeText, SCORE, searchNodes, type Searchable } from '$lib/model/search';
import { SEARCHED_MAX } from '$lib/model/limits';
import { longestTextWorked } from '../work-meter';

const node = (id: string, label: string, aliases: string[] = []): Searchable => ({
	id,
	label,
	aliases
});

const ids = (nodes: Searchable[], query: string, limit?: number) =>
	searchNodes(nodes, query, limit).map((h) => h.id);

describe('normalizeText', () => {
	it('folds case, marks and letters NFD does not decompose', () => {
		expect(normalizeText('Elçibəy')).toBe('elcibey');
		expect(normalizeText('Bakı')).toBe('baki');
		expect(normalizeText('İSTANBUL Şişli Ağaç Öğüt')).toBe('istanbul sisli agac ogut');
		expect(normalizeText('Łódź Ørsted Straße')).toBe('lodz orsted strasse');
	});

	it('drops apostrophes, splits on other punctuation and collapses spaces', () => {
		expect(normalizeText("  O'Brien — al-Quds  (Jerusalem), 2nd ")).toBe(
			'obrien al quds jerusalem 2nd'
		);
		expect(normalizeText('?!')).toBe('');
	});
});

describe('searchNodes', () => {
	const mashhad = [
		node('pilgrims', 'Free pilgrimages to Mashad', ['Mashhad pilgrimages']),
		node('city', 'Mashad'),
		node('other', 'Qom seminary')
	];

	it('finds both Mashad spellings from "Mashhad"', () => {
		const hits = searchNodes(mashhad, 'Mashhad');
		expect(hits.map((h) => h.id)).toEqual(['pilgrims', 'city']);
		// The alias spells it the same way as the query, so it is the text that matched.
		expect(hits[0]).toMatchObject({ matched: 'Mashhad pilgrimages', score: SCORE.startsWith });
		expect(hits[1]).toMatchObject({ matched: 'Mashad', score: SCORE.fuzzy - 1 });
	});

	it('finds both from "mashad", the exact label first', () => {
		const hits = searchNodes(mashhad, 'mashad');
		expect(hits.map((h) => h.id)).toEqual(['city', 'pilgrims']);
		expect(hits[0]).toMatchObject({ matched: 'Mashad', score: SCORE.exact });
		expect(hits[1]).toMatchObject({ matched: 'Free pilgrimages to Mashad', score: SCORE.prefix });
	});

	it('ignores case and diacritics in both directions', () => {
		const nodes = [node('baku', 'Bakı'), node('elchibey', 'Abulfaz Elçibəy')];
		expect(ids(nodes, 'Baki')).toEqual(['baku']);
		expect(ids(nodes, 'BAKI')).toEqual(['baku']);
		expect(ids(nodes, 'Elcibey')).toEqual(['elchibey']);
		expect(ids(nodes, 'elçibəy')).toEqual(['elchibey']);
		expect(searchNodes([node('x', 'Elcibey')], 'Elçibəy')[0]?.score).toBe(SCORE.exact);
	});

	it('ignores punctuation', () => {
		const nodes = [node('q', 'Al-Quds Force'), node('ob', "O'Brien & Sons, Ltd.")];
		expect(ids(nodes, 'al quds')).toEqual(['q']);
		expect(ids(nodes, 'obrien sons')).toEqual(['ob']);
		expect(searchNodes(nodes, 'Al Quds: force!')[0]?.score).toBe(SCORE.exact);
	});

	it('matches prefixes of every word while typing', () => {
		const nodes = [node('ich', 'Iranian Culture House'), node('ir', 'Iran Air')];
		expect(ids(nodes, 'Iran Cul')).toEqual(['ich']);
		expect(ids(nodes, 'cul hou')).toEqual(['ich']);
		expect(ids(nodes, 'ir')).toEqual(['ir', 'ich']);
	});

	it('forgives two edits in a long word', () => {
		const nodes = [node('ias', 'Iran Assistance Society'), node('s', 'Society of Friends')];
		const hits = searchNodes(nodes, 'Asistanse Society');
		expect(hits.map((h) => h.id)).toEqual(['ias']);
		expect(hits[0]!.score).toBe(SCORE.fuzzy - 2);
		// A swap of neighbouring letters is one edit, not two.
		expect(searchNodes(nodes, 'Assitsance')[0]?.score).toBe(SCORE.fuzzy - 1);
		// Half-typed with a typo: matched against the start of "assistance".
		expect(ids(nodes, 'asisst')).toEqual(['ias']);
	});

	it('rejects a long word three edits away', () => {
		const nodes = [node('ias', 'Iran Assistance Society')];
		expect(ids(nodes, 'Asystanse')).toEqual([]);
		expect(ids(nodes, 'Asystanse Society')).toEqual([]);
	});

	it('allows one edit in a 3–4 letter word but not two', () => {
		const nodes = [node('qom', 'Qom seminary'), node('tabriz', 'Tabriz')];
		expect(ids(nodes, 'Qum')).toEqual(['qom']);
		expect(ids(nodes, 'Qoms')).toEqual(['qom']);
		expect(ids(nodes, 'Quz')).toEqual([]);
		expect(ids(nodes, 'Qumx')).toEqual([]);
	});

	it('does not fuzzy-match short words', () => {
		const nodes = [node('a', 'Azerbaijan'), node('z', 'Baz'), node('q', 'Qom')];
		expect(ids(nodes, 'zz')).toEqual([]);
		expect(ids(nodes, 'qo')).toEqual(['q']);
		expect(ids(nodes, 'qi')).toEqual([]);
		expect(ids(nodes, 'z')).toEqual([]);
		expect(ids(nodes, 'a')).toEqual(['a']);
	});

	it('requires every query word to match', () => {
		const nodes = [node('ich', 'Iranian Culture House')];
		expect(ids(nodes, 'iranian embassy')).toEqual([]);
	});

	it('returns nothing for an empty or blank query', () => {
		const nodes = [node('a', 'Anything')];
		expect(searchNodes(nodes, '')).toEqual([]);
		expect(searchNodes(nodes, '   \t\n')).toEqual([]);
		expect(searchNodes(nodes, ' -- ')).toEqual([]);
		expect(searchNodes([], 'anything')).toEqual([]);
	});

	it('ranks exact > starts-with > all-words-prefix > fuzzy, fewer edits first', () => {
		const nodes = [
			node('fuzzy2', 'Teheran Bazar Merchants'),
			node('fuzzy1', 'Teheran Bazaar Union'),
			node('prefix', 'Grand Tehran Bazaars'),
			node('starts', 'Tehran Bazaar Merchants'),
			node('exact', 'Tehran Bazaar')
		];
		const hits = searchNodes(nodes, 'tehran bazaar');
		expect(hits.map((h) => h.id)).toEqual(['exact', 'starts', 'prefix', 'fuzzy1', 'fuzzy2']);
		expect(hits.map((h) => h.score)).toEqual([
			SCORE.exact,
			SCORE.startsWith,
			SCORE.prefix,
			SCORE.fuzzy - 1,
			SCORE.fuzzy - 2
		]);
	});

	it('ranks by the best of label and aliases, preferring the label on a tie', () => {
		const nodes = [
			node('a', 'Ministry of Intelligence', ['MOIS', 'Vezarat-e Ettela’at']),
			node('b', 'MOIS', ['MOIS'])
		];
		const hits = searchNodes(nodes, 'mois');
		expect(hits.map((h) => [h.id, h.matched, h.score])).toEqual([
			['b', 'MOIS', SCORE.exact],
			['a', 'MOIS', SCORE.exact]
		]);
		expect(searchNodes(nodes, 'vezarat')[0]).toMatchObject({
			id: 'a',
			label: 'Ministry of Intelligence',
			matched: 'Vezarat-e Ettela’at'
		});
	});

	it('breaks ties by label (ignoring case and accents), then id', () => {
		const nodes = [
			node('3', 'beta Group'),
			node('2', 'Alpha Group'),
			node('1', 'Beta Group'),
			node('0', 'Älpha Group')
		];
		expect(ids(nodes, 'group')).toEqual(['2', '0', '1', '3']);
		const same = [node('z', 'Same'), node('a', 'Same'), node('m', 'Same')];
		expect(ids(same, 'same')).toEqual(['a', 'm', 'z']);
	});

	it('honours the limit, which defaults to 20', () => {
		const nodes = Array.from({ length: 30 }, (_, i) =>
			node(`n${String(i).padStart(2, '0')}`, `Node ${String(i).padStart(2, '0')}`)
		);
		expect(searchNodes(nodes, 'node')).toHaveLength(20);
		expect(ids(nodes, 'node', 3)).toEqual(['n00', 'n01', 'n02']);
		expect(searchNodes(nodes, 'node', 0)).toEqual([]);
		expect(searchNodes(nodes, 'node', 100)).toHaveLength(30);
	});

	it('is deterministic whatever the input order', () => {
		const nodes = [
			node('a', 'Mashad'),
			node('b', 'Mashhad'),
			node('c', 'Mashad Seminary', ['Mashhad Seminary']),
			node('d', 'mashad'),
			node('e', 'Free pilgrimages to Mashad', ['Mashhad pilgrimages'])
		];
		const expected = searchNodes(nodes, 'mashhad');
		expect(expected.length).toBe(5);
		for (let shift = 1; shift < nodes.length; shift++) {
			const rotated = [...nodes.slice(shift), ...nodes.slice(0, shift)];
			expect(searchNodes(rotated, 'mashhad')).toEqual(expected);
			expect(searchNodes([...rotated].reverse(), 'mashhad')).toEqual(expected);
		}
	});

	it('reads only the start of a huge label, alias or query, so a keystroke stays quick', () => {
		const huge = 'Ministry of Intelligence '.repeat(400_000);
		// Flat, as JSON.parse gives it, not the rope repeat() builds.
		expect(huge.charCodeAt(1)).toBe(105);
		const nodes = [node('a', huge, [huge]), node('b', 'Baku')];
		// Counted, not timed: the longest text normalized, split or matched is the start search reads.
		for (const [query, found] of [
			['ministry intel', ['a']],
			[huge, ['a']],
			['baku', ['b']]
		] as const) {
			let got: string[] = [];
			expect(longestTextWorked(() => (got = ids(nodes, query)))).toBeLessThanOrEqual(SEARCHED_MAX);
			expect(got).toEqual(found);
		}
	});
});
