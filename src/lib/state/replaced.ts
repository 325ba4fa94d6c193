import type { InputFile } from '../import/input-file';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';
import type { KeptNetwork } from './persistence';
import type { ForgottenStory } from './story-forget';
import type { ViewSnapshot } from './view-snapshot';

/**
 * What opening over a network or forgetting it replaced, to bring back on Undo: the network with
 * where it came from, its picture (positions and pins), the view of it, and what storage held.
 */
export interface Replaced {
	opened: Dataset | null;
	link: string | null;
	name: string;
	/** The opened network's files, to write back: storage keeps one opened network only. */
	files: InputFile[] | null;
	layout: LayoutSnapshot;
	bundledKept: LayoutSnapshot | null;
	view: ViewSnapshot;
	/**
	 * What storage kept as the opened network when another one showed (a link's, the bundled one),
	 * read before a file replaced it; undefined when the network on screen was that one.
	 */
	keptOpened: Promise<KeptNetwork | undefined> | undefined;
	/** The story a Forget deleted. */
	story?: ForgottenStory;
}
