import { surelyBefore, yearOf } from './dates.ts';
import { pointer, type DatasetIssue } from './issues.ts';
import type { Period, RelayStep, Source } from './types.ts';
import type { RawDataset } from './schema.ts';

type RawSource = NonNullable<RawDataset['sources']>[number];

/**
 * Sources as the model holds them: `published` falls back on the older `date`, and every `via`
 * step is checked: a source must exist, must not be the source itself, and the chain must end.
 */
export function readSources(raw: RawSource[], errors: DatasetIssue[]): Source[] {
	const ids = new Set(raw.map((s) => s.id));
	const sources = raw.map((s, i) => {
		const at = pointer('sources', i);
		const { via, ...rest } = s;
		const source: Source = { ...rest };
		if (source.published === undefined && s.date !== undefined && /^\d{4}/.test(s.date))
			source.published = s.date;
		if (
			source.informationDate !== undefined &&
			source.published !== undefined &&
			surelyBefore(source.published, source.informationDate)
		)
			errors.push({
				pointer: `${at}/informationDate`,
				message: `informationDate ${source.informationDate} is later than published ${source.published}`,
				fix: 'A source cannot report information newer than itself: correct one of the two dates.'
			});
		if (via !== undefined) {
			source.via = via.map((step, k): RelayStep => {
				if (step.source === undefined) {
					const out: RelayStep = { label: step.label! };
					if (step.description !== undefined) out.description = step.description;
					return out;
				}
				if (!ids.has(step.source) || step.source === s.id)
					errors.push({
						pointer: `${at}/via/${k}/source`,
						message:
							step.source === s.id
								? `source "${s.id}" cannot relay itself`
								: `"${step.source}" is not the id of any entry in "sources"`,
						fix: `Use the id of another source (${[...ids].filter((x) => x !== s.id).join(', ') || 'add one'}), or describe the intermediary with "label".`
					});
				return { source: step.source };
			});
		}
		return source;
	});
	// A chain that comes back on itself never reaches whoever first said it.
	const byId = new Map(sources.map((s) => [s.id, s]));
	sources.forEach((s, i) => {
		const seen = new Set([s.id]);
		let next = viaSources(s)[0];
		for (let steps = 0; next !== undefined && steps <= sources.length; steps++) {
			if (seen.has(next)) {
				errors.push({
					pointer: pointer('sources', i, 'via'),
					message: `the relay chain of "${s.id}" comes back to "${next}"`,
					fix: 'A source relays those before it: remove the step that closes the loop.'
				});
				break;
			}
			seen.add(next);
			const nextSource = byId.get(next);
			next = nextSource ? viaSources(nextSource)[0] : undefined;
		}
	});
	return sources;
}

function viaSources(s: Source): string[] {
	return (s.via ?? []).flatMap((step) => ('source' in step ? [step.source] : []));
}

/**
 * `asOf` is when the source last saw an element so: it cannot come before the element's period
 * begins. Returns the problem, if any.
 */
export function checkAsOf(
	asOf: string | undefined,
	period: Period | undefined,
	at: string
): DatasetIssue | undefined {
	if (asOf === undefined || period?.from === undefined) return undefined;
	if (yearOf(asOf) >= period.from) return undefined;
	return {
		pointer: `${at}/asOf`,
		message: `asOf ${asOf} is before the period's start (${period.from})`,
		fix: 'The source cannot have seen it so before it began: correct asOf or period.from.'
	};
}
