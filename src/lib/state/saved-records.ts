import * as v from 'valibot';
import { KeyedLayoutSchema } from '../model/layout-snapshot-schema';
import type { KeptRecord } from './persistence';

/** The keys the records are stored under. */
export const CURRENT = 'current';
export const FILES = 'files';
export const BUNDLED = 'bundled';
/** The key a record's version is read from: the opened network's is its 'current' record. */
export const keyOf = (record: KeptRecord) => (record === 'opened' ? CURRENT : record);
export const linkRecord = (key: string): KeptRecord => `link:${key}`;

// The records as stored, checked on every read: anything may be found under a key (another
// version's shape, a write cut short, a hand edit). Later versions read them back, so a shape is
// only ever added to. Each record a tab writes names the tab and its count of writes (`tab`, `n`).

/** Under 'current': the opened network's name, the stamp of its files and its layout. */
export const OpenedRecord = v.object({
	kind: v.literal('opened'),
	name: v.string('name must be text'),
	stamp: v.number('stamp must be a number'),
	/** Checked on its own: a damaged layout leaves the files to open. */
	layout: v.unknown()
});

/** How an opened network was kept before its files were (the project's JSON, layout included). */
export const OpenedAsJsonRecord = v.object({
	kind: v.literal('opened'),
	name: v.string('name must be text'),
	json: v.string('json must be text')
});

/** Under 'files': the files opened, with the stamp of their writing. */
export const FilesRecord = v.object({
	stamp: v.number('stamp must be a number'),
	files: v.pipe(
		v.array(
			v.object({
				name: v.string('a file name must be text'),
				bytes: v.instance(Uint8Array, 'a file must be bytes')
			}),
			'files must be a list'
		),
		v.minLength(1, 'files must not be empty')
	)
});

/** Under 'bundled' (and under 'current' in earlier versions): the bundled network's layout. */
export const BundledRecord = v.object({
	kind: v.literal('bundled'),
	...KeyedLayoutSchema.entries
});

/** Under 'aside:…': a copy that could not be used, kept until the user deletes it. */
export const AsideRecord = v.object({
	message: v.string(),
	detail: v.string(),
	/** The key it was found under. */
	record: v.string(),
	at: v.number(),
	value: v.unknown()
});
export type AsideRecord = v.InferOutput<typeof AsideRecord>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

/** The bundled network's layout as earlier versions kept it under 'current'. */
export const holdsBundled = (value: unknown): boolean =>
	isObject(value) && value.kind === 'bundled';

/** What is wrong with a record, in a line: each problem with its place in the record. */
export function problemsOf(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
	const seen = new Set<string>();
	for (const issue of issues) {
		const path = v.getDotPath(issue);
		seen.add(path ? `${path}: ${issue.message}` : issue.message);
	}
	return [...seen].slice(0, 5).join('; ');
}

/** Who wrote a record last. Records of earlier versions name no one. */
export interface Version {
	tab: unknown;
	n: unknown;
}

/** The version of a stored value; null where there is none. */
export const versionOf = (value: unknown): Version | null =>
	value === undefined
		? null
		: isObject(value)
			? { tab: value.tab, n: value.n }
			: { tab: null, n: null };

/**
 * Whether tab `tab` may write over `value`: it wrote it last, or the record is as the tab last saw
 * it (`seen`: null where it was absent). Otherwise another tab has written it since, and a write
 * would mix that tab's network with this one's. Where nothing is stored, nothing is overwritten.
 */
export function mayWrite(value: unknown, seen: Version | null, tab: string): boolean {
	const now = versionOf(value);
	if (now === null) return true;
	return now.tab === tab || (seen !== null && now.tab === seen.tab && now.n === seen.n);
}
