import {
	CREDIBILITIES,
	RELIABILITIES,
	type Citation,
	type Credibility,
	type Dataset,
	type Reliability,
	type Source
} from './types.ts';

export const RELIABILITY_TEXT: Record<Reliability, string> = {
	A: 'completely reliable',
	B: 'usually reliable',
	C: 'fairly reliable',
	D: 'not usually reliable',
	E: 'unreliable',
	F: 'reliability cannot be judged'
};

export const CREDIBILITY_TEXT: Record<Credibility, string> = {
	1: 'confirmed by other sources',
	2: 'probably true',
	3: 'possibly true',
	4: 'doubtful',
	5: 'improbable',
	6: 'truth cannot be judged'
};

/**
 * The Admiralty grade of a citation: the source's reliability and the citation's credibility,
 * "B2". A missing half is left out ("B", "2"); undefined when neither is given.
 */
export function gradeOf(
	citation: Pick<Citation, 'credibility'>,
	source: Pick<Source, 'reliability'> | undefined
): string | undefined {
	const out = `${source?.reliability ?? ''}${citation.credibility ?? ''}`;
	return out === '' ? undefined : out;
}

/** "B2 — usually reliable source; probably true" for a tooltip or an export's source line. */
export function describeGrade(
	citation: Pick<Citation, 'credibility'>,
	source: Pick<Source, 'reliability'> | undefined
): string | undefined {
	const code = gradeOf(citation, source);
	if (code === undefined) return undefined;
	const parts = [
		source?.reliability && `${RELIABILITY_TEXT[source.reliability]} source`,
		citation.credibility && CREDIBILITY_TEXT[citation.credibility]
	].filter(Boolean);
	return `${code} — ${parts.join('; ')}`;
}

import type { GradeFloor } from './grade-scales.ts';
export type { GradeFloor };

/**
 * Whether a citation meets the floor. F and 6 ("cannot be judged") and a missing grade meet only
 * a floor that does not ask for that half: an ungraded claim is not a well-graded one.
 */
export function meetsGrade(
	citation: Pick<Citation, 'credibility'>,
	source: Pick<Source, 'reliability'> | undefined,
	floor: GradeFloor
): boolean {
	if (floor.reliability !== undefined) {
		const r = source?.reliability;
		if (r === undefined || r === 'F') return false;
		if (RELIABILITIES.indexOf(r) > RELIABILITIES.indexOf(floor.reliability)) return false;
	}
	if (floor.credibility !== undefined) {
		const c = citation.credibility;
		if (c === undefined || c === 6) return false;
		if (CREDIBILITIES.indexOf(c) > CREDIBILITIES.indexOf(floor.credibility)) return false;
	}
	return true;
}

/** One link of the chain behind a citation, from the cited source to whoever first said it. */
export interface RelayLink {
	label: string;
	source?: Source;
	description?: string;
}

/**
 * Who relays whom for a citation, nearest first: the cited source, the parties it relays (its
 * `via`, each relayed source followed by its own `via`), then the source the cited passage relays
 * (`via` on the citation) with its chain: a page ← the cable it draws on ← the news agency the
 * cable quotes ← the agency's unnamed expert. A loop (refused at load) or an unknown id ends a branch.
 */
export function relayChain(citation: Citation, sources: readonly Source[]): RelayLink[] {
	const byId = new Map(sources.map((s) => [s.id, s]));
	const out: RelayLink[] = [];
	const seen = new Set<string>();
	const visit = (id: string) => {
		if (seen.has(id)) return;
		seen.add(id);
		const source = byId.get(id);
		if (!source) {
			out.push({ label: id });
			return;
		}
		const label = source.publisher ? `${source.publisher}, ${source.title}` : source.title;
		out.push({ label, source });
		for (const step of source.via ?? []) {
			if ('source' in step) visit(step.source);
			else {
				const link: RelayLink = { label: step.label };
				if (step.description !== undefined) link.description = step.description;
				out.push(link);
			}
		}
	};
	visit(citation.source);
	if (citation.via !== undefined) visit(citation.via);
	return out;
}

/**
 * The sources the dataset's author read: all but those known only as relayed by another (a news
 * report a page quotes, named in a `via` and cited by no element). A source line lists these, so a
 * briefing never claims a report was consulted that was only seen through a quotation.
 */
export function consultedSources(
	dataset: Pick<Dataset, 'sources' | 'nodes' | 'edges' | 'events'>
): Source[] {
	const cited = new Set<string>();
	const relayed = new Set<string>();
	for (const x of [...dataset.nodes, ...dataset.edges, ...dataset.events])
		for (const c of x.sources) {
			cited.add(c.source);
			if (c.via !== undefined) relayed.add(c.via);
		}
	for (const s of dataset.sources)
		for (const step of s.via ?? []) if ('source' in step) relayed.add(step.source);
	return dataset.sources.filter((s) => cited.has(s.id) || !relayed.has(s.id));
}
