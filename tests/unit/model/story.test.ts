import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '$lib/model';
import { EMPTY_VIEW, readStory, storyRefs, writeStory, type Slide } from '$lib/model/story';
import { toProjectJson } from '$lib/export/json';

const raw = () => JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'));

const tiny = (story: unknown) => ({
	groups: [{ id: 'g' }],
	types: [{ id: 't' }],
	nodes: [
		{ id: 'a', group: 'g', type: 't' },
		{ id: 'b', group: 'g' }
	],
	edges: [{ id: 'ab', source: 'a', target: 'b', relation: 'funds' }],
	story
});

describe('the story in the data format', () => {
	it('reads a slide with every field of a view', () => {
		const slide = {
			id: 's',
			title: 'One',
			caption: 'Cap (¶9)',
			notes: 'Say this',
			view: {
				selected: 'a',
				colour: 'type',
				size: 'betweenness',
				highlighted: ['t'],
				focus: 2,
				query: 'a',
				path: ['a', 'b'],
				hiddenTypes: ['t'],
				hiddenRelations: ['funds'],
				years: [1999, 1991],
				stated: true,
				frame: { x: -10, y: -5, width: 100, height: 50 }
			}
		};
		const { dataset, warnings } = loadDataset(tiny([slide]));
		expect(warnings).toEqual([]);
		expect(dataset.story).toEqual([
			{
				id: 's',
				title: 'One',
				caption: 'Cap (¶9)',
				notes: 'Say this',
				view: {
					...EMPTY_VIEW,
					selected: 'a',
					colour: 'type',
					size: 'betweenness',
					highlighted: ['t'],
					focus: 2,
					query: 'a',
					path: ['a', 'b'],
					hiddenTypes: ['t'],
					hiddenRelations: ['funds'],
					years: [1991, 1999],
					stated: true,
					frame: { x: -10, y: -5, width: 100, height: 50 }
				}
			}
		]);
	});

	it('refuses a bad slide with its place and keeps the network and the other slides', () => {
		const story = [
			{ title: 'ok 1' },
			{ title: 'ok 2', view: { highlighted: ['g'] } },
			{ title: 'bad', view: { selected: 'x' } }
		];
		const { dataset, warnings } = loadDataset(tiny(story));
		expect(dataset.nodes).toHaveLength(2);
		expect(dataset.story?.map((s) => s.title)).toEqual(['ok 1', 'ok 2']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.pointer).toBe('/story/2/view/selected');
		expect(warnings[0]!.message).toMatch(/^"x" is not a node; slide 3 "bad" was left out/);
	});

	it.each([
		[{ view: {} }, '/story/0/title', /title must be text/],
		[{ title: ' ' }, '/story/0/title', /must not be empty/],
		[{ title: 'x', view: { edge: 'nope' } }, '/story/0/view/edge', /"nope" is not an edge/],
		[{ title: 'x', view: { selected: 'a', edge: 'ab' } }, '/story/0/view/edge', /not both/],
		[{ title: 'x', view: { colour: 'pink' } }, '/story/0/view/colour', /one of: group/],
		[
			{ title: 'x', view: { highlighted: ['nope'] } },
			'/story/0/view/highlighted/0',
			/"nope" is not a group cluster/
		],
		[{ title: 'x', view: { path: ['a', 'q'] } }, '/story/0/view/path/1', /"q" is not a node/],
		[{ title: 'x', view: { years: [1990] } }, '/story/0/view/years', /two whole years/],
		[
			{ title: 'x', view: { frame: { x: 0, y: 0, width: 0, height: 1 } } },
			'/story/0/view/frame',
			/positive size/
		],
		[
			{ title: 'x', view: { hiddenRelations: ['owns'] } },
			'/story/0/view/hiddenRelations/0',
			/not a relation/
		],
		[
			{ title: 'x', view: { grade: { reliability: 'G' } } },
			'/story/0/view/grade/reliability',
			/not a reliability grade/
		],
		[
			{ title: 'x', view: { grade: { credibility: 7 } } },
			'/story/0/view/grade/credibility',
			/not a credibility grade/
		],
		[{ title: 'x', view: { grade: 'B2' } }, '/story/0/view/grade', /must be an object/],
		[
			{ title: 'x', view: { relationLabels: 'some' } },
			'/story/0/view/relationLabels',
			/one of: none/
		],
		['slide', '/story/0', /must be an object/]
	])('refuses %j at %s', (slide, at, message) => {
		const { dataset, warnings } = loadDataset(tiny([slide]));
		expect(dataset.story).toBeUndefined();
		expect(warnings.map((w) => w.pointer)).toEqual([at]);
		expect(warnings[0]!.message).toMatch(message);
		expect(warnings[0]!.fix.length).toBeGreaterThan(5);
	});

	it('leaves out a story that is not a list, with a warning', () => {
		const { dataset, warnings } = loadDataset(tiny({ title: 'no' }));
		expect(dataset.story).toBeUndefined();
		expect(warnings[0]!.pointer).toBe('/story');
	});

	it('makes a bad slide an error in a bundled dataset (strict)', () => {
		expect(() =>
			loadDataset(tiny([{ title: 'bad', view: { selected: 'x' } }]), { strict: true })
		).toThrow(DatasetError);
	});

	it('writes a view with its defaults left out, and reads back what it wrote', () => {
		const { dataset } = loadDataset(raw());
		const story = dataset.story!;
		const again = readStory(writeStory(story), storyRefs(dataset), (i) => {
			throw new Error(i.message);
		});
		expect(again).toEqual(story);
		expect(writeStory([{ id: 'a', title: 'T', caption: '', notes: '', view: EMPTY_VIEW }])).toEqual(
			[{ id: 'a', title: 'T' }]
		);
	});

	it("keeps a slide's grade floor, relation labels and file sizes through a round trip", () => {
		const view = {
			grade: { reliability: 'B', credibility: 3 },
			relationLabels: 'all',
			size: 'file'
		};
		const { dataset, warnings } = loadDataset(tiny([{ title: 'graded', view }]));
		expect(warnings).toEqual([]);
		const slide = dataset.story![0]!;
		expect(slide.view.grade).toEqual({ reliability: 'B', credibility: 3 });
		expect(slide.view.relationLabels).toBe('all');
		expect(slide.view.size).toBe('file');
		expect(writeStory([slide])[0]).toMatchObject({ view });
	});

	it('goes round Download JSON: the story written is the story read', () => {
		const { dataset } = loadDataset(raw());
		const edited: Slide[] = [
			...dataset.story!.slice(1),
			{ ...dataset.story![0]!, id: 'last', title: 'Moved to the end', notes: 'n' }
		];
		const text = toProjectJson(
			dataset,
			new Float64Array(dataset.nodes.length * 2),
			new Set(),
			edited
		);
		const back = loadDataset(JSON.parse(text));
		expect(back.warnings).toEqual([]);
		expect(back.dataset.story).toEqual(edited);
		// Without a story of its own, the file's goes back out.
		const plain = loadDataset(
			JSON.parse(toProjectJson(dataset, new Float64Array(dataset.nodes.length * 2), new Set()))
		);
		expect(plain.dataset.story).toEqual(dataset.story);
	});

	it('does not keep `story` as an attribute of the dataset', () => {
		const { dataset } = loadDataset(raw());
		expect(Object.keys(dataset.attributes)).not.toContain('story');
	});
});
