import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { EMPTY_VIEW, type Slide } from '$lib/model/story';
import { StoryState, storyKey, storyKeeping, type StoryStore } from '$lib/state/story.svelte';
import { snapshotOf, storyViewOf } from '$lib/state/story-view';
import { DEFAULT_VIEW, type ViewSnapshot } from '$lib/state/view-snapshot';
import { toScreen } from '$lib/scene/transform';

const { dataset } = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')));

function memoryStore(): StoryStore & { kept: Map<string, unknown> } {
	const kept = new Map<string, unknown>();
	return {
		kept,
		load: async (key) => kept.get(key),
		save: async (key, value) => void kept.set(key, JSON.parse(JSON.stringify(value))),
		take: async (key) => {
			const was = kept.get(key);
			kept.delete(key);
			return was;
		}
	};
}

const slide = (title: string): Omit<Slide, 'id'> => ({
	title,
	caption: '',
	notes: '',
	view: EMPTY_VIEW
});

describe('StoryState', () => {
	it("starts from the file's story and keeps every change in the store", async () => {
		const store = memoryStore();
		const story = new StoryState(dataset, 'bundled', store);
		await story.restore();
		expect(story.slides.map((s) => s.id)).toEqual(dataset.story!.map((s) => s.id));
		const id = story.add(slide('New'));
		expect(story.slides.at(-1)!.title).toBe('New');
		expect(story.said).toMatch(/Added slide 8/);
		await Promise.resolve();
		const again = new StoryState(dataset, 'bundled', store);
		await again.restore();
		expect(again.slides.map((s) => s.title)).toEqual(story.slides.map((s) => s.title));
		expect(again.slides.at(-1)!.id).toBe(id);
	});

	it('moves, renames, duplicates and deletes, saying what it did', () => {
		const story = new StoryState({ ...dataset, story: [] }, 'k', null);
		const a = story.add(slide('A'));
		const b = story.add(slide('B'));
		const c = story.add(slide('C'));
		expect(story.moveTo(c, 0)).toBe(true);
		expect(story.said).toBe('Moved “C” to place 1 of 3.');
		expect(story.moveTo(c, -1)).toBe(false);
		expect(story.slides.map((s) => s.title)).toEqual(['C', 'A', 'B']);
		story.update(a, { title: 'A2', notes: 'say' });
		story.update(a, { title: '  ' });
		expect(story.slides[1]).toMatchObject({ title: 'A2', notes: 'say' });
		const copy = story.duplicate(b)!;
		expect(story.slides.map((s) => s.title)).toEqual(['C', 'A2', 'B', 'B (copy)']);
		expect(new Set(story.slides.map((s) => s.id)).size).toBe(4);
		story.remove(copy);
		expect(story.said).toBe('Deleted slide 4, “B (copy)”.');
		expect(story.slides).toHaveLength(3);
	});

	it('adds one slide per cluster, each highlighting that cluster alone', () => {
		const story = new StoryState({ ...dataset, story: [] }, 'k', null);
		const base = {
			...EMPTY_VIEW,
			selected: 'baku',
			colour: 'group' as const,
			hiddenTypes: ['place']
		};
		const n = story.addForClusters(
			[
				{
					id: 'ias',
					label: 'Iran Assistance Society',
					members: ['a', 'b'],
					description: 'Leg one (¶9).'
				},
				{ id: 'irc', label: 'Iranian Red Crescent', members: ['c'] }
			],
			base
		);
		expect(n).toBe(2);
		expect(story.slides.map((s) => [s.title, s.view.highlighted, s.view.selected])).toEqual([
			['Iran Assistance Society', ['ias'], null],
			['Iranian Red Crescent', ['irc'], null]
		]);
		expect(story.slides[0]!.caption).toBe('Leg one (¶9).');
		expect(story.slides[1]!.caption).toBe('Iranian Red Crescent: 1 node of the network.');
		expect(story.slides[1]!.view.hiddenTypes).toEqual(['place']);
	});

	it('drops kept slides that name what the network lacks, keeping the rest', async () => {
		const store = memoryStore();
		store.kept.set('bundled', {
			version: 1,
			slides: [{ title: 'Fine' }, { title: 'Gone', view: { selected: 'no-such-node' } }]
		});
		const story = new StoryState(dataset, 'bundled', store);
		await story.restore();
		expect(story.slides.map((s) => s.title)).toEqual(['Fine']);
	});

	it('keys a network by its title and node ids, the bundled one by name', () => {
		expect(storyKey(dataset, true)).toBe('bundled');
		const k = storyKey(dataset, false);
		expect(k).toMatch(new RegExp(`^network:[0-9a-f]+:${dataset.nodes.length}$`));
		expect(storyKey({ ...dataset, nodes: dataset.nodes.slice(1) }, false)).not.toBe(k);
	});
});

describe('a slide view and the page view', () => {
	it('keeps the zoom as the part of the layout shown, and frames the same part on another screen', () => {
		const v: ViewSnapshot = {
			...DEFAULT_VIEW,
			selection: { kind: 'node', id: 'baku' },
			focusHops: 1,
			highlighted: ['ias'],
			years: [1991, 1999],
			zoom: { x: 100, y: 50, k: 2 }
		};
		const s = storyViewOf(v, v.zoom!, { width: 800, height: 600 });
		expect(s.frame).toEqual({ x: -50, y: -25, width: 400, height: 300 });
		const back = snapshotOf(s, { width: 1600, height: 1200 });
		expect({ ...back, zoom: null }).toEqual({ ...v, zoom: null });
		// The frame's corners land on the new screen's corners.
		expect(toScreen(back.zoom!, -50, -25)).toEqual({ x: 0, y: 0 });
		expect(toScreen(back.zoom!, 350, 275)).toEqual({ x: 1600, y: 1200 });
	});

	it('has no frame while the picture fits itself', () => {
		const s = storyViewOf(DEFAULT_VIEW, { x: 0, y: 0, k: 1 }, { width: 800, height: 600 });
		expect(s.frame).toBeNull();
		expect(snapshotOf(s, { width: 10, height: 10 })).toEqual(DEFAULT_VIEW);
	});
});

describe('forgetting a network forgets its story', () => {
	const mine = { ...dataset, title: 'Mine', story: [] };

	it('deletes the kept story, shows the file’s own, and puts it back on Undo', async () => {
		const store = memoryStore();
		const story = new StoryState(mine, storyKey(mine, false), store);
		await story.restore();
		story.add(slide('Kept'));
		await Promise.resolve();
		expect(store.kept.size).toBe(1);
		const keeping = storyKeeping(
			() => store,
			(d) => (d === mine ? story : undefined)
		);
		const kept = await keeping.forget(mine, false);
		expect(store.kept.size).toBe(0);
		expect(story.slides).toEqual([]);
		// A reload finds nothing either.
		const reloaded = new StoryState(mine, storyKey(mine, false), store);
		await reloaded.restore();
		expect(reloaded.slides).toEqual([]);
		await keeping.putBack(mine, false, kept);
		expect(story.slides.map((s) => s.title)).toEqual(['Kept']);
		const again = new StoryState(mine, storyKey(mine, false), store);
		await again.restore();
		expect(again.slides.map((s) => s.title)).toEqual(['Kept']);
	});

	it('leaves other networks’ stories alone, and puts back nothing when nothing was kept', async () => {
		const store = memoryStore();
		store.kept.set('bundled', { version: 1, slides: [] });
		const keeping = storyKeeping(
			() => store,
			() => undefined
		);
		const kept = await keeping.forget(mine, false);
		expect(kept).toBeUndefined();
		await keeping.putBack(mine, false, kept);
		expect([...store.kept.keys()]).toEqual(['bundled']);
	});

	it('the bundled network forgotten goes back to its shipped story', async () => {
		const store = memoryStore();
		const story = new StoryState(dataset, 'bundled', store);
		await story.restore();
		story.remove(story.slides[0]!.id);
		await Promise.resolve();
		const keeping = storyKeeping(
			() => store,
			() => story
		);
		const kept = await keeping.forget(dataset, true);
		expect(story.slides.map((s) => s.id)).toEqual(dataset.story!.map((s) => s.id));
		await keeping.putBack(dataset, true, kept);
		expect(story.slides).toHaveLength(dataset.story!.length - 1);
	});
});
