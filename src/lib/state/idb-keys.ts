/**
 * The keys an IndexedDB object store holds, read without the record store's code: the first page
 * only needs to know whether anything is kept at all. Rejects where there is no database, it
 * refuses, or it does not answer within `within` ms; the caller then loads the full store.
 */
export function idbKeys(database: string, store: string, within = 4000): Promise<string[]> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('no IndexedDB');
		const late = setTimeout(() => reject(new Error('the database did not open')), within);
		const fail = (error: unknown) => (clearTimeout(late), reject(error));
		const request = indexedDB.open(database);
		// As the record store does on a first visit, so both see the same database.
		request.onupgradeneeded = () => request.result.createObjectStore(store);
		request.onerror = () => fail(request.error);
		request.onsuccess = () => {
			const db = request.result;
			try {
				const keys = db.transaction(store, 'readonly').objectStore(store).getAllKeys();
				keys.onsuccess = () => {
					db.close();
					clearTimeout(late);
					resolve(keys.result.filter((k): k is string => typeof k === 'string'));
				};
				keys.onerror = () => (db.close(), fail(keys.error));
			} catch (error) {
				db.close();
				fail(error);
			}
		};
	});
}
