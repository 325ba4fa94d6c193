import type { InputFile, Opened } from './open';

/** Files larger than this are refused before they are read: about 130,000 nodes in our JSON. */
export const MAX_BYTES = 128 * 1024 * 1024;

/** Why a file is refused for its size, naming the size and the limit. */
export function tooLarge(bytes: number): string {
	return `the file is ${(bytes / 1048576).toFixed(1)} MB, over the limit of ${MAX_BYTES / 1048576} MB`;
}

/** What the page sends the import worker: the files' bytes, transferred. */
export interface ImportRequest {
	files: InputFile[];
}

/** The stages a user sees on the progress bar, in order. */
export const IMPORT_STAGES = ['Reading', 'Decoding', 'Parsing', 'Checking', 'Drawing'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ImportReply =
	| { type: 'progress'; stage: ImportStage }
	| { type: 'done'; result: Opened }
	| { type: 'error'; message: string };
