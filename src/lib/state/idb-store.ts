import { StorageUnavailable, type Change, type RecordStore } from './record-store';

/** How long the database may take to open before the page goes on without it. */
const OPEN_WITHIN_MS = 4000;

/**
 * Records in an IndexedDB object store with keys out of line (as idb-keyval kept them, so what
 * earlier versions stored is read as it was). The database opens on first use; a browser without
 * one, or one that refuses or never answers, makes every step reject with StorageUnavailable, and
 * a connection the browser closes (site data cleared) is opened anew on the next step.
 */
export class IdbRecordStore implements RecordStore {
	readonly #database: string;
	readonly #store: string;
	readonly #within: number;
	#db: Promise<IDBDatabase> | null = null;
	/** The database has not answered in time: steps fail at once until it does. */
	#late = false;

	constructor(database: string, store: string, within = OPEN_WITHIN_MS) {
		this.#database = database;
		this.#store = store;
		this.#within = within;
	}

	#open(): Promise<IDBDatabase> {
		if (this.#db) return this.#db;
		const opening = new Promise<IDBDatabase>((resolve, reject) => {
			if (typeof indexedDB === 'undefined' || !indexedDB)
				throw new StorageUnavailable('this browser has no IndexedDB');
			const request = indexedDB.open(this.#database);
			request.onupgradeneeded = () => request.result.createObjectStore(this.#store);
			request.onsuccess = () => {
				this.#late = false;
				const db = request.result;
				const drop = () => {
					if (this.#db === opening) this.#db = null;
				};
				// Another tab upgrading, or the site's data being cleared: let go, reopen next time.
				db.onversionchange = () => (db.close(), drop());
				db.onclose = drop;
				resolve(db);
			};
			request.onerror = () =>
				reject(new StorageUnavailable(request.error?.message ?? 'the database did not open'));
		}).catch((error: unknown) => {
			if (this.#db === opening) this.#db = null;
			throw error instanceof StorageUnavailable ? error : new StorageUnavailable(String(error));
		});
		this.#db = opening;
		return opening;
	}

	/** The open database; one that has not answered in time counts as none for this step. */
	#connection(): Promise<IDBDatabase> {
		const opening = this.#open();
		return new Promise((resolve, reject) => {
			const fail = () => reject(new StorageUnavailable('the database did not open'));
			const late = this.#late
				? setTimeout(fail)
				: setTimeout(() => ((this.#late = true), fail()), this.#within);
			opening.then(
				(db) => (clearTimeout(late), resolve(db)),
				(error) => (clearTimeout(late), reject(error))
			);
		});
	}

	/** Runs `body` in one transaction; a connection found closing is opened anew once. */
	async #transact<T>(
		mode: IDBTransactionMode,
		body: (store: IDBObjectStore, fail: (error: unknown) => void) => () => T
	): Promise<T> {
		for (let attempt = 0; ; attempt++) {
			const db = await this.#connection();
			let tx: IDBTransaction;
			try {
				tx = db.transaction(this.#store, mode);
			} catch (error) {
				if (attempt > 0 || (error as Error).name !== 'InvalidStateError') throw error;
				this.#db = null;
				continue;
			}
			return new Promise<T>((resolve, reject) => {
				let failure: unknown = null;
				const fail = (error: unknown) => {
					failure ??= error;
					try {
						tx.abort();
					} catch {
						/* already finished: its own error is reported */
					}
				};
				const answer = body(tx.objectStore(this.#store), fail);
				tx.oncomplete = () => resolve(answer());
				tx.onabort = () =>
					reject(failure ?? tx.error ?? new DOMException('The write was cut short.', 'AbortError'));
			});
		}
	}

	read(keys: readonly string[]): Promise<unknown[]> {
		return this.#transact('readonly', (store) => {
			const requests = keys.map((key) => store.get(key));
			return () => requests.map((r) => r.result as unknown);
		});
	}

	update<T>(keys: readonly string[], decide: (values: unknown[]) => Change<T>): Promise<T> {
		return this.#transact('readwrite', (store, fail) => {
			let answer: T | undefined;
			const values: unknown[] = [];
			let left = keys.length;
			const apply = () => {
				try {
					const change = decide(values);
					answer = change.answer;
					for (const [key, value] of change.put ?? []) store.put(value, key);
					for (const key of change.remove ?? []) store.delete(key);
				} catch (error) {
					fail(error);
				}
			};
			keys.forEach((key, i) => {
				const request = store.get(key);
				request.onsuccess = () => {
					values[i] = request.result;
					if (--left === 0) apply();
				};
			});
			if (keys.length === 0) apply();
			return () => answer as T;
		});
	}

	keys(): Promise<string[]> {
		return this.#transact('readonly', (store) => {
			const request = store.getAllKeys();
			return () => request.result.filter((k): k is string => typeof k === 'string');
		});
	}
}
