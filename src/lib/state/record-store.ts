import type { Written } from './persistence';

/** What one step over the stored records writes, and what it answers. */
export interface Change<T> {
	answer: T;
	put?: [key: string, value: unknown][];
	remove?: string[];
}

/**
 * The browser's store of records by key, as raw values: whatever was stored, damaged or not. A
 * step is one transaction: it reads its keys, decides, and its writes land all or none, so two
 * tabs cannot interleave within it. Methods reject with `StorageUnavailable` where the browser
 * offers no storage, and with the browser's error where it refuses a write.
 */
export interface RecordStore {
	read(keys: readonly string[]): Promise<unknown[]>;
	update<T>(keys: readonly string[], decide: (values: unknown[]) => Change<T>): Promise<T>;
	keys(): Promise<string[]>;
}

/** The browser offers the page no storage: no IndexedDB, or one that does not open. */
export class StorageUnavailable extends Error {
	override name = 'StorageUnavailable';
}

/** Tells this page's other tabs which record this tab has written. */
export interface TabBus {
	post(record: string): void;
	listen(heard: (record: string) => void): void;
}

/** The writes of a change: what it puts and what it removes. */
export type Writes = Pick<Change<unknown>, 'put' | 'remove'>;

/** What `key` holds once `change` is written, where it held `before`. */
export const afterOf = (change: Writes, key: string, before: unknown) => {
	const put = change.put?.find(([k]) => k === key);
	return put ? put[1] : change.remove?.includes(key) ? undefined : before;
};

/** Whether `change` writes any of `keys`. */
export const writes = (change: Writes, keys: string[]) =>
	!!change.put?.some(([k]) => keys.includes(k)) || !!change.remove?.some((k) => keys.includes(k));

/** A write that did not land. */
export type Failed = Exclude<Written, 'saved'>;
/** Why a step threw: no storage at all, or a browser that refused the write. */
export const failureOf = (error: unknown): Failed =>
	error instanceof StorageUnavailable ? 'unavailable' : 'refused';
