import { CREDIBILITY_TEXT, RELIABILITY_TEXT } from '$lib/model/grades';
import type { Citation, Source } from '$lib/model';

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
