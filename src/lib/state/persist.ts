import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * What survives a reload, kept in IndexedDB on this device only: the network the user opened (in the
 * project's JSON format, positions and pins included), or, for the bundled network, its layout and
 * pins, so the picture comes back exactly as it was left.
 */
export type Saved =
	| { kind: 'opened'; name: string; json: string }
	| { kind: 'bundled'; pins: string[]; positions: Record<string, [number, number]> };

const KEY = 'current';
let store: UseStore | null = null;
const db = () => (store ??= createStore('influence-map', 'state'));

export async function loadSaved(): Promise<Saved | undefined> {
	try {
		return await get<Saved>(KEY, db());
	} catch {
		// Private windows and locked-down browsers may refuse storage: start fresh, never fail.
		return undefined;
	}
}

export async function save(value: Saved): Promise<void> {
	try {
		await set(KEY, value, db());
	} catch {
		/* see loadSaved */
	}
}

export async function forget(): Promise<void> {
	try {
		await del(KEY, db());
	} catch {
		/* see loadSaved */
	}
}
