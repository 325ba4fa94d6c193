import type { Dataset } from '../model/types';
import { IdbRecordStore } from './idb-store';
import { StoryState, storyKey, storyKeeping, type StoryStore } from './story.svelte';

/**
 * Stories are kept in this browser's IndexedDB beside the networks, in a database of their own so
 * the network records and their checks stay as they are. Loaded only with the Story panel, a
 * presentation or Download JSON.
 */
const DATABASE = 'influence-map-story';
const STORE = 'stories';

function browserStore(): StoryStore {
	const records = new IdbRecordStore(DATABASE, STORE);
	return {
		load: async (key) => (await records.read([key]))[0],
		save: (key, value) => records.update([key], () => ({ answer: undefined, put: [[key, value]] })),
		take: (key) => records.update([key], ([was]) => ({ answer: was, remove: [key] }))
	};
}

let store: StoryStore | null = null;
const states = new WeakMap<Dataset, StoryState>();

/** The story of a network, one per network shown; it reads the browser's copy once. */
export function storyOf(dataset: Dataset, bundled: boolean): StoryState {
	let state = states.get(dataset);
	if (!state) {
		store ??= browserStore();
		const own = bundled ? () => import('./bundled-story').then((m) => m.bundledStory) : null;
		state = new StoryState(dataset, storyKey(dataset, bundled), store, own);
		state.restored = state.restore();
		states.set(dataset, state);
	}
	return state;
}

/** "Forget this dataset" forgets the network's story in this browser too; Undo writes it back. */
export const browserStoryKeeping = storyKeeping(
	() => (store ??= browserStore()),
	(dataset) => states.get(dataset)
);
