import type { DatasetIssue } from '../model/issues';
import type { Dataset, GraphEdge, GraphNode } from '../model/types';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { InputFile } from './input-file';
import type { Opened } from './opened';

/** Files larger than this are refused before they are read: about 130,000 nodes in our JSON. */
export const MAX_BYTES = 128 * 1024 * 1024;

/** Why a file is refused for its size, naming the size and the limit. */
export function tooLarge(bytes: number): string {
	return `the file is ${(bytes / 1048576).toFixed(1)} MB, over the limit of ${MAX_BYTES / 1048576} MB`;
}

/** What the page sends the import worker: the files' bytes, transferred (and sent back). */
export interface ImportRequest {
	files: InputFile[];
	/** Where a reopened network was left: its nodes are placed and pinned so. */
	layout?: LayoutSnapshot;
}

/** The stages a user sees on the progress bar, in order. */
export const IMPORT_STAGES = ['Reading', 'Decoding', 'Parsing', 'Checking', 'Drawing'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** A dataset without its nodes and edges: what the page receives first. */
export type DatasetHead = Omit<Dataset, 'nodes' | 'edges'>;

/**
 * The worker's replies. An opened network arrives in pieces (a head, then nodes and edges a few
 * thousand at a time, then `done`): each message is copied into the page in its own task, so a
 * 100,000-node network never holds the page for the whole copy.
 */
export type ImportReply =
	| { type: 'progress'; stage: ImportStage }
	| { type: 'head'; head: DatasetHead; warnings: DatasetIssue[]; nodes: number; edges: number }
	| { type: 'nodes'; items: GraphNode[] }
	| { type: 'edges'; items: GraphEdge[] }
	/** The end, with the files' bytes handed back so the page can keep them. */
	| { type: 'done'; files: InputFile[] }
	| { type: 'error'; message: string };

/** Nodes or edges per message: about 10–30 ms of copying each on a slow machine. */
export const CHUNK = 5000;

/** An opened network as the messages the worker sends. */
export function* openedMessages(
	opened: Opened,
	files: InputFile[],
	chunk = CHUNK
): Generator<ImportReply> {
	const { nodes, edges, ...head } = opened.dataset;
	yield { type: 'head', head, warnings: opened.warnings, nodes: nodes.length, edges: edges.length };
	for (let i = 0; i < nodes.length; i += chunk)
		yield { type: 'nodes', items: nodes.slice(i, i + chunk) };
	for (let i = 0; i < edges.length; i += chunk)
		yield { type: 'edges', items: edges.slice(i, i + chunk) };
	yield { type: 'done', files };
}

/** Puts an opened network back together from the worker's messages, checking none went missing. */
export class OpenedReceiver {
	#head: Extract<ImportReply, { type: 'head' }> | null = null;
	#nodes: GraphNode[] = [];
	#edges: GraphEdge[] = [];

	/** The network once `done` arrives; null before. Throws on messages out of order. */
	receive(
		message: Extract<ImportReply, { type: 'head' | 'nodes' | 'edges' | 'done' }>
	): Opened | null {
		if (message.type === 'head') {
			this.#head = message;
			return null;
		}
		if (!this.#head) throw new Error(`the import worker sent ${message.type} before the network`);
		if (message.type === 'nodes') for (const n of message.items) this.#nodes.push(n);
		else if (message.type === 'edges') for (const e of message.items) this.#edges.push(e);
		else {
			const { head, warnings, nodes, edges } = this.#head;
			if (this.#nodes.length !== nodes || this.#edges.length !== edges)
				throw new Error(
					`the import worker sent ${this.#nodes.length} of ${nodes} nodes and ${this.#edges.length} of ${edges} edges`
				);
			return { dataset: { ...head, nodes: this.#nodes, edges: this.#edges }, warnings };
		}
		return null;
	}
}
