import { RELIABILITY_TEXT } from '../model/grades';
import type { Source } from '../model/types';

/**
 * What a source line adds after a source: its reliability grade, in words too, so a slide says
 * how far the picture's source is trusted (", reliability C (fairly reliable)"). Empty when ungraded.
 */
export function sourceGradeNote(source: Pick<Source, 'reliability'>): string {
	const r = source.reliability;
	return r ? `, reliability ${r} (${RELIABILITY_TEXT[r]})` : '';
}
