import { describe, expect, it } from 'vitest';
import { DatasetError, formatIssue, loadDataset } from '$lib/model';

function problems(input: unknown, strict = false): string[] {
	try {
		loadDataset(input, { strict });
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as DatasetError).issues.map(formatIssue);
	}
	throw new Error('expected the dataset to be rejected');
}

const sources = [
	{ id: 'page', title: 'A page', published: '2013-11-14', reliability: 'C' },
	{
		id: 'agency',
		title: 'Report',
		publisher: 'Turan',
		published: '2007-04-04',
		via: [{ label: 'an unnamed intelligence expert' }]
	}
];
const nodes = [{ id: 'a', group: 'g' }, { id: 'b' }];

describe('three levels of confidence', () => {
	it('reads stated, reported and inferred on nodes, edges and a group membership', () => {
		const { dataset } = loadDataset({
			nodes: [
				{ id: 'a', group: 'g', confidence: 'reported', groupConfidence: 'inferred' },
				{ id: 'b', confidence: 'stated', confidenceNote: 'The paragraph hedges a different claim.' }
			],
			edges: [{ source: 'a', target: 'b', confidence: 'reported' }]
		});
		expect(dataset.nodes[0]).toMatchObject({ confidence: 'reported', groupConfidence: 'inferred' });
		expect(dataset.nodes[0]!.attributes).toEqual({});
		expect(dataset.nodes[1]!.confidenceNote).toMatch(/hedges/);
		expect(dataset.edges[0]!.confidence).toBe('reported');
	});

	it('refuses a group confidence without a group, and an unknown one', () => {
		expect(problems({ nodes: [{ id: 'b', groupConfidence: 'inferred' }] })).toEqual([
			'/nodes/0/groupConfidence: groupConfidence rates a group membership, but the node has no "group". Give the node a "group", or leave groupConfidence out.'
		]);
		expect(problems({ nodes: [{ id: 'a', group: 'g', groupConfidence: 'guess' }] })[0]).toMatch(
			/^\/nodes\/0\/groupConfidence: .*Use "stated", "reported" or "inferred"/
		);
	});
});

describe('grades', () => {
	it('keeps a source reliability and a citation credibility', () => {
		const { dataset } = loadDataset({
			sources,
			nodes: [{ id: 'a', sources: [{ source: 'page', locator: '¶9', credibility: 2 }] }]
		});
		expect(dataset.sources[0]!.reliability).toBe('C');
		expect(dataset.nodes[0]!.sources[0]).toEqual({ source: 'page', locator: '¶9', credibility: 2 });
	});

	it('refuses an unknown reliability, naming the place and the scale', () => {
		const p = problems({ sources: [sources[0], { id: 'x', title: 'X', reliability: 'G' }], nodes });
		expect(p).toEqual([
			'/sources/1/reliability: "G" is not a reliability grade. Use A–F (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged), or leave it out.'
		]);
		expect(problems({ sources: [{ id: 'x', title: 'X', reliability: 'b' }], nodes })[0]).toMatch(
			/^\/sources\/0\/reliability: "b" is not a reliability grade/
		);
	});

	it('refuses a credibility outside 1–6 or written as text', () => {
		for (const bad of [0, 7, 2.5, '2'])
			expect(
				problems({ sources, nodes: [{ id: 'a', sources: [{ source: 'page', credibility: bad }] }] })
			).toEqual([
				`/nodes/0/sources/0/credibility: ${JSON.stringify(bad)} is not a credibility grade. Use 1–6 as a number (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), or leave it out.`
			]);
	});
});

describe('via: who relays whom', () => {
	it('keeps a source relaying another source and a described intermediary, and a citation relaying a source', () => {
		const { dataset } = loadDataset({
			sources: [{ ...sources[0], via: [{ source: 'agency' }] }, sources[1]],
			nodes: [
				{
					id: 'a',
					sources: [{ source: 'page', locator: '¶6', via: 'agency', hedge: 'most likely' }]
				}
			]
		});
		expect(dataset.sources[0]!.via).toEqual([{ source: 'agency' }]);
		expect(dataset.sources[1]!.via).toEqual([{ label: 'an unnamed intelligence expert' }]);
		expect(dataset.nodes[0]!.sources[0]).toMatchObject({ via: 'agency', hedge: 'most likely' });
	});

	it('refuses a via to an unknown source, to itself, a loop and a step that is neither', () => {
		expect(
			problems({ sources: [{ id: 's', title: 'S', via: [{ source: 'nowhere' }] }], nodes })
		).toEqual([
			'/sources/0/via/0/source: "nowhere" is not the id of any entry in "sources". Use the id of another source (add one), or describe the intermediary with "label".'
		]);
		expect(
			problems({ sources: [{ id: 's', title: 'S', via: [{ source: 's' }] }], nodes })[0]
		).toMatch(/^\/sources\/0\/via\/0\/source: source "s" cannot relay itself/);
		expect(
			problems({
				sources: [
					{ id: 's', title: 'S', via: [{ source: 't' }] },
					{ id: 't', title: 'T', via: [{ source: 's' }] }
				],
				nodes
			})
		).toEqual([
			expect.stringMatching(/^\/sources\/0\/via: the relay chain of "s" comes back to "s"/),
			expect.stringMatching(/^\/sources\/1\/via: the relay chain of "t" comes back to "t"/)
		]);
		expect(
			problems({ sources: [{ id: 's', title: 'S', via: [{ source: 's', label: 'x' }] }], nodes })[0]
		).toMatch(/^\/sources\/0\/via\/0: a via step names either a "source"/);
		expect(
			problems({ sources, nodes: [{ id: 'a', sources: [{ source: 'page', via: 'wire' }] }] })
		).toEqual([
			'/nodes/0/sources/0/via: "wire" is not the id of any entry in the top-level "sources". Set "via" to the id of the source the cited passage relays, adding that source to "sources" if needed.'
		]);
	});
});

describe('dates of the reporting and of the facts', () => {
	it('reads published, informationDate and asOf; published falls back on date', () => {
		const { dataset } = loadDataset({
			sources: [
				{ id: 's', title: 'S', published: '2013-11-14', informationDate: '2007' },
				{ id: 'old', title: 'Old', date: '2001-05' }
			],
			nodes: [
				{ id: 'a', period: { from: 1999 }, asOf: 2007 },
				{ id: 'b', asOf: '2007-04' }
			]
		});
		expect(dataset.sources[0]).toMatchObject({ published: '2013-11-14', informationDate: '2007' });
		expect(dataset.sources[1]).toMatchObject({ date: '2001-05', published: '2001-05' });
		expect(dataset.nodes.map((n) => n.asOf)).toEqual(['2007', '2007-04']);
	});

	it('refuses an asOf before its period starts, and malformed dates', () => {
		expect(problems({ nodes: [{ id: 'a', period: { from: 1999 }, asOf: 1995 }] })).toEqual([
			"/nodes/0/asOf: asOf 1995 is before the period's start (1999). The source cannot have seen it so before it began: correct asOf or period.from."
		]);
		expect(
			problems({
				nodes,
				edges: [{ source: 'a', target: 'b', period: { from: 2000, to: 2001 }, asOf: '1999-12' }]
			})[0]
		).toMatch(/^\/edges\/0\/asOf: asOf 1999-12 is before the period's start \(2000\)/);
		expect(problems({ nodes: [{ id: 'a', asOf: 'last year' }] })[0]).toMatch(
			/^\/nodes\/0\/asOf: asOf "last year" is not a year or a date/
		);
		expect(
			problems({ sources: [{ id: 's', title: 'S', published: '2013-13-01' }], nodes })[0]
		).toMatch(/^\/sources\/0\/published: published "2013-13-01" is not a date of the form/);
		expect(
			problems({
				sources: [{ id: 's', title: 'S', published: '2007-04', informationDate: '2008' }],
				nodes
			})
		).toEqual([
			'/sources/0/informationDate: informationDate 2008 is later than published 2007-04. A source cannot report information newer than itself: correct one of the two dates.'
		]);
	});
});

describe('the relation vocabulary', () => {
	const relations = [
		{ id: 'funds', label: 'funds', inverse: 'is funded by', description: 'Gives money to.' },
		{ id: 'part-of' }
	];

	it('keeps the declared list; edges refer to it by id', () => {
		const { dataset, warnings } = loadDataset({
			relations,
			nodes,
			edges: [{ source: 'a', target: 'b', relation: 'part-of' }]
		});
		expect(warnings).toEqual([]);
		expect(dataset.relations).toEqual([relations[0], { id: 'part-of', label: 'part-of' }]);
		expect(dataset.edges[0]!.relation).toBe('part-of');
	});

	it('derives the list from the phrases of a file without one, in order of first use', () => {
		const { dataset } = loadDataset({
			nodes,
			edges: [
				{ source: 'a', target: 'b', relation: 'pays' },
				{ source: 'b', target: 'a' },
				{ source: 'b', target: 'a', relation: 'owns' },
				{ source: 'a', target: 'b', relation: 'pays' }
			]
		});
		expect(dataset.relations).toEqual([
			{ id: 'pays', label: 'pays' },
			{ id: 'owns', label: 'owns' }
		]);
	});

	it('names a relation outside the vocabulary: added with a warning, refused in strict mode', () => {
		const input = { relations, nodes, edges: [{ source: 'a', target: 'b', relation: 'pays' }] };
		const { dataset, warnings } = loadDataset(input);
		expect(dataset.relations.map((r) => r.id)).toEqual(['funds', 'part-of', 'pays']);
		expect(warnings.map(formatIssue)).toEqual([
			'/edges/0/relation: relation "pays" is not the id of any entry in "relations". Use one of: funds, part-of, or add it to "relations".'
		]);
		expect(problems(input, true)).toEqual(warnings.map(formatIssue));
	});

	it('refuses a duplicate relation id and a relation without one', () => {
		expect(problems({ relations: [relations[0], { id: 'funds' }], nodes })).toEqual([
			'/relations/1/id: "funds" is already the id of /relations/0. Give every entry of "relations" its own id, or merge the two.'
		]);
		expect(problems({ relations: [{ label: 'funds' }], nodes })[0]).toMatch(
			/^\/relations\/0\/id: "id" is missing\. Write each relation as/
		);
	});
});
