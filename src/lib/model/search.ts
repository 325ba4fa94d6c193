/**
 * Finding nodes by name. Names in this domain come from many scripts and transliterations
 * ("Mashad"/"Mashhad", "Baku"/"Bakı"), so matching forgives case, diacritics, punctuation and small
 * misspellings.
 *
 * A candidate text (a node's label or one of its aliases) matches when every query word matches
 * some word of it:
 * - any query word matches a word it equals or is a prefix of ("Iran Cul" finds "Iranian Culture
 *   House");
 * - a query word of 5+ letters may also be within 2 edits of a word, or of that word's first
 *   n−1…n+2 letters (n = the query word's length) so that half-typed words still match;
 * - a query word of 3–4 letters may be within 1 edit of a whole word;
 * - shorter query words only match as prefixes: with two letters nearly everything is one edit away.
 * Edits are Damerau–Levenshtein in its optimal-string-alignment form: insert, delete, substitute,
 * or swap two adjacent letters.
 *
 * Ranking, best first: the whole text equals the query; the text starts with the query; every query
 * word is a prefix of a word; fuzzy matches, fewer edits first. At equal score a node matched by its
 * label beats one matched by an alias (a node named "MOIS" before one merely also called that); then
 * ties go by label (case- and accent-insensitively, then exactly), then id, so results never depend
 * on input order.
 */

import { SEARCHED_MAX } from './limits.ts';

export interface SearchHit {
	id: string;
	label: string;
	/** The label or alias that matched, as written in the data. */
	matched: string;
	score: number;
}

export interface Searchable {
	id: string;
	label: string;
	aliases: readonly string[];
}

/** Tier scores; fuzzy hits lose one point per edit, so they always stay below prefix hits. */
export const SCORE = { exact: 400, startsWith: 300, prefix: 200, fuzzy: 100 } as const;

/**
 * Letters that NFD leaves whole (they are letters of their own, not a base plus a mark) but that
 * people routinely type as the plain Latin letter.
 */
const FOLDS: Record<string, string> = {
	ə: 'e',
	ı: 'i',
	ł: 'l',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ħ: 'h',
	ŧ: 't',
	ŀ: 'l',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * Lower-cased, accent-free words joined by single spaces. Apostrophes vanish rather than split
 * ("O'Brien" → "obrien") because transliterations drop them freely; other punctuation separates words.
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(FOLD_RE, (c) => FOLDS[c] ?? c)
		.replace(/['’ʼʻ`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function maxEdits(queryWord: string): number {
	if (queryWord.length >= 5) return 2;
	if (queryWord.length >= 3) return 1;
	return 0;
}

/**
 * Edits needed to turn `q` into `w` (optimal string alignment), and, when `prefixes` is set, the
 * fewest edits into any prefix of `w` whose length is n−1…n+2. Filling the table once gives both,
 * since its last row holds the distance from `q` to every prefix of `w`.
 */
function editDistance(q: string, w: string, prefixes: boolean): number {
	const m = q.length;
	const n = w.length;
	// Three rolling rows: the transposition case looks two rows back.
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let row = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= m; i++) {
		row[0] = i;
		for (let j = 1; j <= n; j++) {
			const cost = q[i - 1] === w[j - 1] ? 0 : 1;
			let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && q[i - 1] === w[j - 2] && q[i - 2] === w[j - 1])
				d = Math.min(d, prev2[j - 2]! + 1);
			row[j] = d;
		}
		[prev2, prev, row] = [prev, row, prev2];
	}
	let best = prev[n]!;
	if (prefixes)
		for (let j = Math.max(1, m - 1); j <= Math.min(n, m + 2); j++) best = Math.min(best, prev[j]!);
	return best;
}

/** Edits needed for one query word to match one candidate word, or Infinity if it may not. */
function wordCost(q: string, w: string): number {
	if (w.startsWith(q)) return 0;
	const allowed = maxEdits(q);
	// A word more than `allowed` letters shorter can match neither whole nor by a prefix.
	if (allowed === 0 || w.length < q.length - allowed) return Infinity;
	const d = editDistance(q, w, q.length >= 5);
	return d <= allowed ? d : Infinity;
}

interface Prepared {
	text: string;
	words: string[];
}

/** The part of a text search reads: its start. */
const searched = (text: string) =>
	text.length > SEARCHED_MAX ? text.slice(0, SEARCHED_MAX) : text;

function prepare(text: string): Prepared {
	const norm = normalizeText(searched(text));
	return { text: norm, words: norm === '' ? [] : norm.split(' ') };
}

/** Score of one candidate text against the query, or null when some query word matches nothing. */
function scoreText(query: Prepared, candidate: Prepared): number | null {
	if (candidate.text === query.text) return SCORE.exact;
	let edits = 0;
	for (const q of query.words) {
		let best = Infinity;
		for (const w of candidate.words) {
			best = Math.min(best, wordCost(q, w));
			if (best === 0) break;
		}
		if (best === Infinity) return null;
		edits += best;
	}
	if (edits > 0) return SCORE.fuzzy - edits;
	return candidate.text.startsWith(query.text) ? SCORE.startsWith : SCORE.prefix;
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Nodes whose label or an alias matches `query`, best first, at most `limit` of them; one hit per
 * node, naming the text that matched best (the label when it ties with an alias).
 */
export function searchNodes(nodes: readonly Searchable[], query: string, limit = 20): SearchHit[] {
	const q = prepare(query);
	if (q.words.length === 0 || limit <= 0) return [];

	const hits: (SearchHit & { byAlias: boolean; sortLabel: string })[] = [];
	for (const node of nodes) {
		let best: { matched: string; score: number } | null = null;
		for (const text of [node.label, ...node.aliases]) {
			const score = scoreText(q, prepare(text));
			if (score !== null && (best === null || score > best.score)) best = { matched: text, score };
		}
		if (best)
			hits.push({
				id: node.id,
				label: node.label,
				matched: best.matched,
				score: best.score,
				byAlias: best.matched !== node.label,
				sortLabel: normalizeText(searched(node.label))
			});
	}

	hits.sort(
		(a, b) =>
			b.score - a.score ||
			Number(a.byAlias) - Number(b.byAlias) ||
			compareStrings(a.sortLabel, b.sortLabel) ||
			compareStrings(a.label, b.label) ||
			compareStrings(a.id, b.id)
	);
	return hits
		.slice(0, limit)
		.map(({ id, label, matched, score }) => ({ id, label, matched, score }));
}
