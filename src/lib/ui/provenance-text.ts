import { formatEventDate, formatPeriod } from '$lib/model/format';
import { CREDIBILITY_TEXT, gradeOf, RELIABILITY_TEXT } from '$lib/model/grades';
import type { Citation, Period, Source } from '$lib/model';

/** "source reliability C: fairly reliable; credibility 3: possibly true", or "" when ungraded. */
export function gradeWords(
	citation: Pick<Citation, 'credibility'>,
	source: Pick<Source, 'reliability'> | undefined
): string {
	const parts: string[] = [];
	if (source?.reliability)
		parts.push(`source reliability ${source.reliability}: ${RELIABILITY_TEXT[source.reliability]}`);
	if (citation.credibility)
		parts.push(`credibility ${citation.credibility}: ${CREDIBILITY_TEXT[citation.credibility]}`);
	return parts.join('; ');
}

/** The distinct grades of an element's citations, "C3, B2", in citation order; "" when none. */
export function gradesOf(citations: readonly Citation[], sources: readonly Source[]): string {
	const out: string[] = [];
	for (const c of citations) {
		const g = gradeOf(
			c,
			sources.find((s) => s.id === c.source)
		);
		if (g && !out.includes(g)) out.push(g);
	}
	return out.join(', ');
}

/**
 * When an element was true and when the source last saw it: "1992–1999", "from 1999, as of
 * 2013", "as of Nov 2013". An open period with an `asOf` is known up to then, not ongoing.
 */
export function periodText(x: { period?: Period | undefined; asOf?: string | undefined }): string {
	const period = formatPeriod(x.period);
	if (x.asOf === undefined) return period;
	const asOf = `as of ${formatEventDate(x.asOf)}`;
	return period ? `${period}, ${asOf}` : asOf;
}
