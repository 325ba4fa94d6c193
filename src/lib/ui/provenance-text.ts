import { formatEventDate, formatPeriod } from '$lib/model/format';
import { gradeOf } from '$lib/model/grades';
import type { Citation, Period, Source } from '$lib/model';

export { gradeWords } from './grade-words';

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
