import { Editing, type PendingStore } from './editing.svelte';
import type { DatasetSession } from './session.svelte';

const PENDING_KEY = 'influence-map:edits-not-downloaded';

/** The count of changes not downloaded, kept in localStorage beside the network in IndexedDB. */
export const browserPending: PendingStore = {
	read() {
		try {
			const value: unknown = JSON.parse(localStorage.getItem(PENDING_KEY) ?? 'null');
			if (typeof value !== 'object' || value === null) return null;
			const { name, count } = value as Record<string, unknown>;
			return typeof name === 'string' && typeof count === 'number' && count > 0
				? { name, count }
				: null;
		} catch {
			return null;
		}
	},
	write(value) {
		try {
			if (value) localStorage.setItem(PENDING_KEY, JSON.stringify(value));
			else localStorage.removeItem(PENDING_KEY);
		} catch {
			// Without storage the count lasts as long as the page.
		}
	}
};

/** Edit mode over the session's network (made once, on first use). */
export function startEditing(
	session: DatasetSession,
	pending: PendingStore = browserPending
): Editing {
	return (session.editing ??= new Editing(
		{
			get dataset() {
				return session.model.dataset;
			},
			get own() {
				return session.fromFiles;
			},
			history: session.history,
			get saved() {
				return session.saved;
			},
			picture: () => session.runner,
			show: (dataset, name, files, layout) => session.showEdited(dataset, name, files, layout),
			get name() {
				return session.importName || session.model.dataset.title;
			},
			read: async (files) => {
				const input = await Promise.all(
					files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
				);
				return (await session.read(input, () => {})).dataset;
			}
		},
		pending
	));
}
