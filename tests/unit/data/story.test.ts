import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { RUN, runHashes, seedHashes, SEED_PATH, FIXTURE_PATH } from '../../../scripts/shingles.mjs';
import { existsSync } from 'node:fs';

const { dataset, warnings } = loadDataset(
	JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')),
	{ strict: true }
);
const story = dataset.story ?? [];

describe('the bundled story', () => {
	it('is valid and tells the tripod in at least six slides', () => {
		expect(warnings).toEqual([]);
		expect(story.length).toBeGreaterThanOrEqual(6);
		expect(story[0]!.view.highlighted).toEqual([]);
		const lit = story.flatMap((s) => s.view.highlighted);
		for (const group of ['ias', 'ich', 'irc', 'iran-state', 'networks-1990s', 'azerbaijan'])
			expect(lit, group).toContain(group);
	});

	it('cites paragraphs in every caption and gives every slide notes', () => {
		for (const s of story) {
			expect(s.caption, s.title).toMatch(/¶[1-9]/);
			expect(s.notes.length, s.title).toBeGreaterThan(20);
		}
	});

	it('copies no run of words from the source', () => {
		const seed = new Set<string>(
			existsSync(SEED_PATH)
				? seedHashes(readFileSync(SEED_PATH, 'utf8'))
				: JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')).hashes
		);
		for (const s of story)
			for (const text of [s.title, s.caption, s.notes])
				for (const h of runHashes(text))
					expect(seed.has(h), `${s.title}: ${RUN}-word run`).toBe(false);
	});
});
