import type { DatasetIssue } from '../model/issues';
import type { Dataset } from '../model/types';

/** A network opened from files. */
export interface Opened {
	dataset: Dataset;
	/** Problems that were repaired or skipped, e.g. edges to nodes that do not exist. */
	warnings: DatasetIssue[];
}
