import type { Dataset } from '../model/types';
import type { StoryKeeping } from './story.svelte';

/** A story a Forget deleted, to write back on Undo. */
export interface ForgottenStory {
	putBack(): Promise<void>;
}

/**
 * Deletes the story this browser keeps for `dataset` (loading the stories' storage, `stories`,
 * on first use); answers how to put it back. A storage that fails loses nothing more.
 */
export function forgetStory(
	stories: () => Promise<StoryKeeping>,
	dataset: Dataset,
	bundled: boolean
): ForgottenStory {
	const kept = stories()
		.then((s) => s.forget(dataset, bundled))
		.catch(() => undefined);
	return {
		putBack: () =>
			kept.then(async (k) => (await stories()).putBack(dataset, bundled, k)).catch(() => {})
	};
}
