// The "no copied sentences" rule of the dataset: no run of 10 consecutive words from the seed's
// paragraphs ¶1–¶9 may appear in the dataset, ignoring case and punctuation. We keep only
// hashes of the seed's 10-word runs in the repository (tests/fixtures/seed-shingles.json), never the
// text. Run `node scripts/shingles.mjs` to rebuild the fixture after the seed changes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export const RUN = 10;
export const SEED_PATH = '../shared/seeds/azerbaijan-iran-relations.md';
export const FIXTURE_PATH = 'tests/fixtures/seed-shingles.json';

/**
 * Lower-case words with punctuation ignored: apostrophes vanish, other marks split words.
 * @param {string} text
 * @returns {string[]}
 */
export function words(text) {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** @param {string[]} run */
export function hashRun(run) {
	return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Hashes of every run of RUN consecutive words in `text`.
 * @param {string} text
 * @returns {string[]}
 */
export function runHashes(text) {
	const w = words(text);
	const out = [];
	for (let i = 0; i + RUN <= w.length; i++) out.push(hashRun(w.slice(i, i + RUN)));
	return out;
}

/**
 * The numbered paragraphs ¶1–¶9 of the seed document.
 * @param {string} markdown
 * @returns {string[]}
 */
export function seedParagraphs(markdown) {
	return markdown
		.split('\n')
		.filter((line) => /^¶\d+\./.test(line))
		.map((line) => line.replace(/^¶\d+\.\s*/, ''));
}

/** @param {string} markdown */
export function seedHashes(markdown) {
	return [...new Set(seedParagraphs(markdown).flatMap(runHashes))].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const markdown = readFileSync(SEED_PATH, 'utf8');
	const hashes = seedHashes(markdown);
	writeFileSync(
		FIXTURE_PATH,
		JSON.stringify({ run: RUN, paragraphs: seedParagraphs(markdown).length, hashes }, null, 0) +
			'\n'
	);
	console.log(`wrote ${hashes.length} hashes of ${RUN}-word runs to ${FIXTURE_PATH}`);
}
