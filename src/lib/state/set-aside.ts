import * as v from 'valibot';
import type { Download } from './persistence';
import type { RecordStore } from './record-store';
import {
	AsideRecord,
	FilesRecord,
	OpenedAsJsonRecord,
	isObject,
	problemsOf
} from './saved-records';

/** A copy about to be set aside: what it was, what the page does instead, and why. */
export interface Damage {
	record: string;
	value: unknown;
	message: string;
	detail: string;
}

/** The keys copies are set aside under: 'aside:' then when, which tab, and a counter. */
export const ASIDE = 'aside:';

/**
 * Every copy set aside, by key: those in the store, and those the browser would not let the page
 * move aside (`unstored`). Even a damaged one is listed, so that it can be deleted.
 */
export async function asideRecords(
	store: RecordStore,
	unstored: ReadonlyMap<string, AsideRecord>
): Promise<Map<string, AsideRecord>> {
	const found = new Map(unstored);
	try {
		const ids = (await store.keys()).filter((k) => k.startsWith(ASIDE)).sort();
		const values = await store.read(ids);
		ids.forEach((id, i) => {
			const checked = v.safeParse(AsideRecord, values[i]);
			found.set(
				id,
				checked.success
					? checked.output
					: {
							message: 'A copy set aside earlier could not be read.',
							detail: problemsOf(checked.issues),
							record: id,
							at: NaN,
							value: values[i]
						}
			);
		});
	} catch {
		/* nothing stored to list */
	}
	return found;
}

/** Deletes every copy set aside in the store. */
export async function discardAside(store: RecordStore): Promise<void> {
	try {
		const ids = (await store.keys()).filter((k) => k.startsWith(ASIDE));
		await store.update([], () => ({ answer: undefined, remove: ids }));
	} catch {
		/* nothing stored to delete */
	}
}

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
