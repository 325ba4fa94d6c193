import { MAX_COORDINATE } from './limits.ts';

/** One problem found in a dataset, located by a JSON pointer (RFC 6901). */
export interface DatasetIssue {
	pointer: string;
	message: string;
	fix: string;
}

export function pointer(...parts: (string | number)[]): string {
	return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function formatIssue(issue: DatasetIssue): string {
	return `${issue.pointer || '(the whole file)'}: ${issue.message}. ${issue.fix}`;
}

/** Thrown when a dataset cannot be used; `issues` lists every problem found, in file order. */
export class DatasetError extends Error {
	readonly issues: DatasetIssue[];
	constructor(issues: DatasetIssue[], where = 'The dataset') {
		const shown = issues.slice(0, 10).map((i) => '  ' + formatIssue(i));
		const more = issues.length > 10 ? [`  …and ${issues.length - 10} more`] : [];
		super(
			`${where} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
				[...shown, ...more].join('\n')
		);
		this.name = 'DatasetError';
		this.issues = issues;
	}
}

/** What to do about a problem at a given place; the message says what is wrong, this says how to fix it. */
export function fixFor(ptr: string): string {
	const field = ptr.split('/').pop() ?? '';
	if (ptr === '' || ptr === '/')
		return 'A dataset is a JSON object with a "nodes" list; see docs/data-format.md.';
	if (ptr === '/nodes')
		return 'Add a "nodes" list of objects, each with an "id", e.g. "nodes": [{ "id": "a" }].';
	if (/^\/(edges|links)$/.test(ptr)) return 'Make it a list of objects with "source" and "target".';
	if (/^\/nodes\/\d+$/.test(ptr)) return 'Each node must be an object such as { "id": "a" }.';
	if (/^\/(edges|links)\/\d+$/.test(ptr))
		return 'Each edge must be an object such as { "source": "a", "target": "b" }.';
	if (/^\/nodes\/\d+\/id$/.test(ptr))
		return 'Give every node an "id" (text or a number) that no other node uses.';
	if (field === 'source' && /^\/(edges|links)\/\d+\/source$/.test(ptr))
		return 'Set "source" to the id of a node in "nodes".';
	if (field === 'target') return 'Set "target" to the id of a node in "nodes".';
	if (field === 'confidence' || field === 'groupConfidence')
		return 'Use "stated", "reported" or "inferred", or leave the field out.';
	if (field === 'reliability')
		return 'Use A–F (A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged), or leave it out.';
	if (field === 'credibility')
		return 'Use 1–6 as a number (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged), or leave it out.';
	if (/\/via(\/\d+)?(\/(source|label))?$/.test(ptr))
		return 'Write "via" on a source as a list such as [{ "source": "<id from sources>" }] or [{ "label": "an unnamed official" }], and on a citation as the id of a source.';
	if (field === 'asOf')
		return "Write when the source last saw it so as a year (2007) or a date (YYYY, YYYY-MM or YYYY-MM-DD), no earlier than the period's start.";
	if (field === 'published' || field === 'informationDate')
		return 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.';
	if (/^\/relations/.test(ptr))
		return 'Write each relation as { "id": "funds", "label": "funds", "inverse": "is funded by", "description": "…" }.';
	if (/^\/(edges|links)\/\d+\/relation$/.test(ptr))
		return 'Use the id of an entry of "relations", or add the relation there.';
	if (field === 'shape')
		return 'Use circle, square, diamond, triangle or hexagon, or leave it out.';
	if (field === 'from' || field === 'to' || field === 'period')
		return 'Write years as whole numbers, e.g. "period": { "from": 1992, "to": 1999 }.';
	if (field === 'x' || field === 'y')
		return `Use a plain finite number within ±${MAX_COORDINATE.toLocaleString('en-US')} (not text, NaN or Infinity): divide every x and y by the same number if they are larger, or leave them out to let the layout place the nodes.`;
	if (field === 'weight')
		return 'Use a plain finite number (not text, NaN or Infinity), or leave it out.';
	if (field === 'date') return 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.';
	if (field === 'color') return 'Write the colour as #rrggbb, or leave it out.';
	if (/\/sources(\/\d+)?(\/source)?$/.test(ptr))
		return 'Cite as "sources": [{ "source": "<id from the top-level sources>", "locator": "¶9" }].';
	if (field === 'aliases') return 'List aliases as text, e.g. "aliases": ["Mashhad"].';
	return 'See docs/data-format.md for what this field takes.';
}
