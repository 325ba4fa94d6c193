import type { Citation, Confidence, Period, Source } from './types.ts';

/** "1992–1999", "from 1999", "until 1996", or "" when open at both ends. */
export function formatPeriod(period: Period | undefined): string {
	if (!period) return '';
	const { from, to } = period;
	if (from !== undefined && to !== undefined) return from === to ? `${from}` : `${from}–${to}`;
	if (from !== undefined) return `from ${from}`;
	if (to !== undefined) return `until ${to}`;
	return '';
}

export interface FormattedCitation {
	/** "GlobalSecurity.org, ‘Azerbaijan - Iran Relations’ (2013)". */
	work: string;
	locator: string;
	url?: string;
}

/** "GlobalSecurity.org, ‘Azerbaijan - Iran Relations’ (2013)", with the quotes the caller wants. */
export function describeSource(source: Source, open: string, close: string): string {
	const year = (source.published ?? source.date)?.slice(0, 4);
	return (
		[source.publisher, `${open}${source.title}${close}`].filter(Boolean).join(', ') +
		(year ? ` (${year})` : '')
	);
}

/** A citation as a reader sees it, resolving the source id against the dataset's sources. */
export function formatCitation(citation: Citation, sources: Source[]): FormattedCitation {
	const source = sources.find((s) => s.id === citation.source);
	if (!source) return { work: citation.source, locator: citation.locator ?? '' };
	const work = describeSource(source, '‘', '’');
	const out: FormattedCitation = { work, locator: citation.locator ?? '' };
	const url = httpUrl(source.url);
	if (url) out.url = url;
	return out;
}

/**
 * The address if it is an absolute http(s) URL, else undefined: a file's `javascript:`, `data:`
 * or relative address is shown as text, never as a link.
 */
export function httpUrl(value: string | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
	} catch {
		return undefined;
	}
}

export const CONFIDENCE_TEXT: Record<Confidence, string> = {
	stated: 'Stated — the source says this.',
	reported: 'Reported — the source relays this from someone else or hedges it.',
	inferred: 'Inferred — the dataset’s author concludes this from the source.'
};

/** Event dates are YYYY, YYYY-MM or YYYY-MM-DD; shown as "1992", "Feb 1992", "4 Apr 2007". */
export function formatEventDate(date: string): string {
	const [y, m, d] = date.split('-');
	const months = [
		'Jan',
		'Feb',
		'Mar',
		'Apr',
		'May',
		'Jun',
		'Jul',
		'Aug',
		'Sep',
		'Oct',
		'Nov',
		'Dec'
	];
	const month = m ? months[Number(m) - 1] : undefined;
	if (d && month) return `${Number(d)} ${month} ${y}`;
	if (month) return `${month} ${y}`;
	return y ?? date;
}

/**
 * A number as `Intl.NumberFormat('en')` writes it (thousands grouped, at most three decimals), without
 * the first use of Intl, which loads locale data on the first page's main thread.
 */
export function grouped(n: number): string {
	if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return new Intl.NumberFormat('en').format(n);
	const rounded = Math.round(Math.abs(n) * 1000) / 1000;
	const [whole = '0', fraction] = rounded
		.toFixed(3)
		.replace(/\.?0+$/, '')
		.split('.');
	const sign = n < 0 && rounded > 0 ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}
