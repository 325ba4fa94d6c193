// The rules of issue 15 that keep the bundled dataset honest, as functions that list what breaks
// them, so the test can show each rule failing on a broken copy as well as passing on the real one.
import { CREDIBILITIES, RELIABILITIES, yearOf } from '$lib/model';

type Raw = Record<string, unknown> & {
	sources: { id: string; reliability?: unknown; informationDate?: string; published?: string }[];
	relations?: { id: string; label?: string; inverse?: string; description?: string }[];
	nodes: RawElement[];
	edges: RawElement[];
	events: { label: string; sources: RawCitation[] }[];
};
type RawCitation = {
	source: string;
	locator?: string;
	credibility?: unknown;
	hedge?: string;
	via?: string;
};
type RawElement = {
	id: string;
	label?: string;
	aliases?: string[];
	relation?: string;
	source?: string;
	target?: string;
	confidence?: string;
	groupConfidence?: string;
	confidenceNote?: string;
	group?: string;
	period?: { from?: number; to?: number };
	asOf?: string | number;
	sources: RawCitation[];
};

const elements = (d: Raw) => [...d.nodes, ...d.edges];
const stated = (x: RawElement) => x.confidence === 'stated' && !x.confidenceNote?.trim();

/** Words by which a label or a relation hedges what it names. */
export const HEDGE_WORDS =
	/\b(alleged(ly)?|reportedly|purported(ly)?|supposedly|reputedly|likely|probably|possibly|perhaps|may|might|said to)\b/i;

/** Every relation from a vocabulary of at most 20, each defined and used. */
export function relationProblems(d: Raw): string[] {
	const out: string[] = [];
	const vocab = d.relations ?? [];
	if (vocab.length === 0) out.push('no "relations" vocabulary');
	if (vocab.length > 20) out.push(`${vocab.length} relations, more than 20`);
	const ids = new Set(vocab.map((r) => r.id));
	for (const r of vocab)
		for (const field of ['label', 'inverse', 'description'] as const)
			if (!r[field]?.trim()) out.push(`relation "${r.id}" has no ${field}`);
	for (const e of d.edges)
		if (!ids.has(e.relation ?? ''))
			out.push(`${e.id}: relation "${e.relation}" is not in the vocabulary`);
	const used = new Set(d.edges.map((e) => e.relation));
	for (const r of vocab) if (!used.has(r.id)) out.push(`relation "${r.id}" is used by no edge`);
	return out;
}

/**
 * Every grade valid: each source graded A–F; each citation of a stated or reported element and of
 * each event graded 1–6; an inferred element's citations carry none (the claim is the dataset's).
 */
export function gradeProblems(d: Raw): string[] {
	const out: string[] = [];
	for (const s of d.sources)
		if (!(RELIABILITIES as readonly unknown[]).includes(s.reliability))
			out.push(`source ${s.id}: reliability ${JSON.stringify(s.reliability)} is not A–F`);
	const check = (what: string, c: RawCitation, wanted: boolean) => {
		const valid = (CREDIBILITIES as readonly unknown[]).includes(c.credibility);
		if (c.credibility !== undefined && !valid)
			out.push(`${what}: credibility ${JSON.stringify(c.credibility)} is not 1–6`);
		if (wanted && c.credibility === undefined)
			out.push(`${what}: citation ${c.locator} has no credibility`);
		if (!wanted && c.credibility !== undefined)
			out.push(`${what}: an inferred element's citation ${c.locator} carries a credibility`);
	};
	for (const x of elements(d))
		for (const c of x.sources) check(x.id, c, x.confidence !== 'inferred');
	for (const ev of d.events) for (const c of ev.sources) check(`event ${ev.label}`, c, true);
	return out;
}

/**
 * No stated element whose citation records a hedge or a relay, or whose label, aliases or relation
 * hedge, without a note saying why; and every reported element shows what makes it so.
 */
export function hedgeProblems(d: Raw): string[] {
	const out: string[] = [];
	const vocab = new Map((d.relations ?? []).map((r) => [r.id, r.label ?? r.id]));
	for (const x of elements(d)) {
		const marked = x.sources.filter((c) => c.hedge !== undefined || c.via !== undefined);
		if (stated(x) && marked.length > 0)
			out.push(
				`${x.id}: stated, but its citation ${marked[0]!.locator} records "${marked[0]!.hedge ?? `via ${marked[0]!.via}`}"`
			);
		const words = [x.label, ...(x.aliases ?? []), x.relation, vocab.get(x.relation ?? '')];
		const hedged = words.find((w) => w !== undefined && HEDGE_WORDS.test(w));
		if (stated(x) && hedged) out.push(`${x.id}: stated, but "${hedged}" hedges it`);
		if (x.confidence === 'reported' && marked.length === 0 && !x.confidenceNote?.trim())
			out.push(
				`${x.id}: reported, but no citation records a hedge or a relay and no note says why`
			);
	}
	return out;
}

/**
 * Dates the source supports: a period open at one end needs an `asOf` (when the source last saw
 * it so), nothing runs or is seen later than its sources' information, and a membership that an
 * inferred "sits under" edge decides is marked inferred.
 */
export function dateProblems(d: Raw): string[] {
	const out: string[] = [];
	const latest = new Map(
		d.sources.map((s) => [s.id, yearOf(String(s.informationDate ?? s.published ?? '9999'))])
	);
	for (const x of elements(d)) {
		const p = x.period;
		if (p && (p.from === undefined) !== (p.to === undefined) && x.asOf === undefined)
			out.push(`${x.id}: period ${JSON.stringify(p)} is open-ended with no asOf`);
		const until = Math.max(...x.sources.map((c) => latest.get(c.source) ?? 9999));
		if (p?.to !== undefined && p.to > until)
			out.push(`${x.id}: period runs to ${p.to}, past its sources (${until})`);
		if (p?.from !== undefined && p.from > until)
			out.push(`${x.id}: period starts in ${p.from}, past its sources (${until})`);
		if (x.asOf !== undefined && yearOf(String(x.asOf)) > until)
			out.push(`${x.id}: asOf ${x.asOf} is later than its sources' information (${until})`);
	}
	const byId = new Map(d.nodes.map((n) => [n.id, n]));
	for (const e of d.edges) {
		if (e.relation !== 'sits under' || e.confidence !== 'inferred') continue;
		const n = byId.get(e.source!)!;
		if (
			(n.groupConfidence ?? n.confidence) !== 'inferred' &&
			n.group === byId.get(e.target!)?.group
		)
			out.push(
				`${n.id}: its pillar comes from the inferred edge ${e.id}, but its group membership is not marked inferred`
			);
	}
	return out;
}

/** ¶N → its text, from the seed document. */
export function paragraphs(seed: string): Map<string, string> {
	return new Map(
		seed
			.split('\n')
			.filter((l) => /^¶\d\./.test(l))
			.map((l) => [l.slice(0, l.indexOf('.')), l.slice(l.indexOf('.') + 1)])
	);
}

/** The source's words that relay or hedge a claim; "according to" covers the rest of its paragraph. */
export const SEED_HEDGES = [
	'reportedly',
	'allegedly',
	'purportedly',
	'most likely',
	'may have',
	'perhaps',
	'potentially',
	'according to',
	'think that',
	'has told'
];
/** The ones the dataset must account for, each on at least one citation of its paragraph. */
export const RECORDED_HEDGES = [
	'reportedly',
	'allegedly',
	'purportedly',
	'most likely',
	'according to'
];

const STOP = new Set(
	'about after their there these those which other including includes included iranian azerbaijan azerbaijani baku tehran'.split(
		' '
	)
);
/** Five-letter stems of the content words of a text. */
export const stems = (text: string) =>
	new Set(
		(text.toLowerCase().match(/[a-z]{5,}/g) ?? [])
			.filter((w) => !STOP.has(w))
			.map((w) => w.slice(0, 5))
	);

/**
 * What a hedge covers: the words after it up to the end of its clause (a full stop, a closing
 * bracket or thirteen words), or the rest of the paragraph after "according to".
 */
export function hedgedClauses(text: string): { hedge: string; clause: string }[] {
	const out: { hedge: string; clause: string }[] = [];
	const lower = text.toLowerCase();
	for (const hedge of SEED_HEDGES) {
		for (let at = lower.indexOf(hedge); at >= 0; at = lower.indexOf(hedge, at + 1)) {
			const rest = text.slice(at + hedge.length);
			if (hedge === 'according to') out.push({ hedge, clause: rest });
			else
				out.push({
					hedge,
					clause: rest
						.split(/[.)](?=[\s,;]|$)/)[0]!
						.split(/\s+/)
						.slice(0, 14)
						.join(' ')
				});
		}
	}
	return out;
}

/**
 * Against the source text: recorded hedges are really in their paragraph, the strong hedges of the
 * source are each recorded, and no stated element without a note names what a hedge of its cited
 * paragraph covers (its label, aliases, relation and, for an edge, its ends' labels).
 */
export function seedProblems(d: Raw, paras: Map<string, string>): string[] {
	const out: string[] = [];
	const label = new Map(
		d.nodes.map((n) => [n.id, [n.label ?? n.id, ...(n.aliases ?? [])].join(' ')])
	);
	const cited = [...elements(d), ...d.events.map((e) => ({ ...e, id: `event ${e.label}` }))];
	for (const x of cited)
		for (const c of x.sources)
			if (
				c.hedge &&
				!paras
					.get(c.locator ?? '')
					?.toLowerCase()
					.includes(c.hedge.toLowerCase())
			)
				out.push(`${x.id}: records "${c.hedge}", which ${c.locator} does not say`);
	for (const [loc, text] of paras)
		for (const hedge of RECORDED_HEDGES)
			if (
				text.toLowerCase().includes(hedge) &&
				!cited.some((x) =>
					x.sources.some((c) => c.locator === loc && c.hedge?.toLowerCase() === hedge)
				)
			)
				out.push(`${loc} says "${hedge}", but no citation of ${loc} records it`);
	for (const x of elements(d)) {
		if (!stated(x)) continue;
		const own = [
			x.label ?? '',
			...(x.aliases ?? []),
			x.relation ?? '',
			label.get(x.source ?? '') ?? '',
			label.get(x.target ?? '') ?? ''
		];
		const mine = stems(own.join(' '));
		for (const c of x.sources)
			for (const { hedge, clause } of hedgedClauses(paras.get(c.locator ?? '') ?? '')) {
				const shared = [...stems(clause)].filter((s) => mine.has(s));
				if (shared.length > 0)
					out.push(
						`${x.id}: stated, but ${c.locator}'s "${hedge}" covers "${shared.join('", "')}"`
					);
			}
	}
	return [...new Set(out)];
}

export type { Raw as RawDataset };
