import type { InputFile, Opened } from './open';
import type { ImportReply, ImportStage } from './protocol';

/**
 * Opens files in a worker, reporting each stage, so the page keeps drawing while a large file is
 * decoded, parsed and checked. Where a worker cannot start, the same code runs on the page.
 */
export function openInWorker(
	files: InputFile[],
	onStage: (stage: ImportStage) => void = () => {}
): Promise<Opened> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
			type: 'module',
			name: 'import'
		});
	} catch {
		return import('./open').then(({ openFiles }) =>
			openFiles(files, { DOMParser, Document }, onStage)
		);
	}
	return new Promise<Opened>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ImportReply>) => {
			const m = event.data;
			if (m.type === 'progress') return onStage(m.stage);
			worker.terminate();
			if (m.type === 'done') resolve(m.result);
			else reject(new Error(m.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(
				new Error(`The file could not be opened: ${event.message || 'the import worker failed'}.`)
			);
		};
		worker.postMessage(
			{ files },
			files.map((f) => f.bytes.buffer as ArrayBuffer)
		);
	});
}
