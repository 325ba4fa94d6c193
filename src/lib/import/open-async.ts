import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { InputFile } from './input-file';
import type { Opened } from './opened';
import { OpenedReceiver, type ImportReply, type ImportStage } from './protocol';

/**
 * The files were read and refused (not a network we can open), as opposed to a failure on the way
 * (a worker that did not load, no memory): a kept copy is dropped only for the first.
 */
export class FileRefused extends Error {
	override name = 'FileRefused';
}

/** An opened network with the files it came from, which the page keeps for the next visit. */
export interface OpenedFiles extends Opened {
	files: InputFile[];
}

/**
 * Opens files in a worker, reporting each stage, so the page keeps drawing while a large file is
 * decoded, parsed and checked. Where a worker cannot start, the same code runs on the page. The
 * files' bytes go to the worker and come back with the network; `layout` places a reopened one.
 */
export function openInWorker(
	files: InputFile[],
	onStage: (stage: ImportStage) => void = () => {},
	layout?: LayoutSnapshot
): Promise<OpenedFiles> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
			type: 'module',
			name: 'import'
		});
	} catch {
		return import('./open').then(({ openFiles, placeAsSaved }) => {
			let opened;
			try {
				opened = openFiles(files, { DOMParser, Document }, onStage);
			} catch (error) {
				throw new FileRefused(error instanceof Error ? error.message : String(error));
			}
			if (layout) placeAsSaved(opened.dataset, layout);
			return { ...opened, files };
		});
	}
	const receiver = new OpenedReceiver();
	return new Promise<OpenedFiles>((resolve, reject) => {
		const fail = (message: string, refused = false) => {
			worker.terminate();
			reject(refused ? new FileRefused(message) : new Error(message));
		};
		worker.onmessage = (event: MessageEvent<ImportReply>) => {
			const m = event.data;
			if (m.type === 'progress') return onStage(m.stage);
			if (m.type === 'error') return fail(m.message, true);
			try {
				const opened = receiver.receive(m);
				if (!opened || m.type !== 'done') return;
				worker.terminate();
				resolve({ ...opened, files: m.files });
			} catch (error) {
				fail(`The file could not be opened: ${(error as Error).message}.`);
			}
		};
		worker.onerror = (event) =>
			fail(`The file could not be opened: ${event.message || 'the import worker failed'}.`);
		worker.postMessage(
			{ files, layout },
			files.map((f) => f.bytes.buffer as ArrayBuffer)
		);
	});
}
