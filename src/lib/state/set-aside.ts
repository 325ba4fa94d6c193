import * as v from 'valibot';
import type { Download } from './persistence';
import { FilesRecord, OpenedAsJsonRecord, isObject, type AsideRecord } from './saved-records';

const slug = (text: string) => text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'record';
const day = (at: number) => new Date(Number.isFinite(at) ? at : 0).toISOString().slice(0, 10);

/** Values JSON has no form for, written so that nothing of them is lost. */
function plain(_key: string, value: unknown): unknown {
	if (value instanceof Uint8Array) {
		try {
			return { text: new TextDecoder('utf-8', { fatal: true }).decode(value) };
		} catch {
			return { bytes: Array.from(value) };
		}
	}
	if (ArrayBuffer.isView(value) && !(value instanceof DataView))
		return Array.from(value as unknown as ArrayLike<number>);
	if (typeof value === 'bigint') return String(value);
	if (value instanceof Map) return [...value];
	if (value instanceof Set) return [...value];
	return value;
}

/**
 * A copy set aside, as a file to download: the kept file itself where it is one file (or a network
 * an earlier version kept as JSON), otherwise the record as JSON with what was wrong with it.
 */
export function downloadOf(entry: AsideRecord): Download {
	const value = isObject(entry.value) ? entry.value : {};
	const files = v.safeParse(FilesRecord, value.files);
	if (files.success && files.output.files.length === 1) {
		const [file] = files.output.files;
		return {
			name: file!.name,
			type: 'application/octet-stream',
			data: file!.bytes as Uint8Array<ArrayBuffer>
		};
	}
	const json = v.safeParse(OpenedAsJsonRecord, value.current);
	if (json.success)
		return { name: json.output.name, type: 'application/json', data: json.output.json };
	let text: string;
	try {
		text = JSON.stringify(
			{
				message: entry.message,
				detail: entry.detail,
				record: entry.record,
				at: new Date(entry.at).toISOString(),
				value: entry.value
			},
			plain,
			'\t'
		);
	} catch (error) {
		text = JSON.stringify({
			message: entry.message,
			detail: entry.detail,
			unreadable: String(error)
		});
	}
	return {
		name: `influence-map_set-aside_${slug(entry.record)}_${day(entry.at)}.json`,
		type: 'application/json',
		data: text
	};
}
