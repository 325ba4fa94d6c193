import type { InputFile } from '../import/input-file';
import type { OpenedFiles } from '../import/open-async';
import type { ImportStage } from '../import/protocol';
import type { LayoutSnapshot } from '../model/layout-snapshot';
import type { Dataset } from '../model/types';

/**
 * Parses files off the page (the import worker in the browser). It rejects with an error named
 * `FileRefused` when the files were read and are not a network it can open, and with another
 * error when it failed on the way; `layout` places a reopened network's nodes.
 */
export type OpenInWorker = (
	files: InputFile[],
	onStage: (stage: ImportStage) => void,
	layout?: LayoutSnapshot
) => Promise<OpenedFiles>;

/** The files were read and refused, as opposed to a failure on the way (no worker, no memory). */
export const isRefusal = (error: unknown): boolean =>
	error instanceof Error && error.name === 'FileRefused';

/** A network opened after this one is shown instead: this one is dropped, not reported. */
export class Superseded extends Error {}

/**
 * Opens networks one after another, showing each stage, so that only the latest opened may land:
 * an earlier, slower one is dropped when it finishes, and so is its failure.
 */
export class Opening {
	/** The file being opened and the stage it has reached, while it is opened. */
	current = $state.raw<{ name: string; stage: ImportStage } | null>(null);
	readonly #open: OpenInWorker;
	readonly #prepare: (dataset: Dataset) => Promise<void>;
	#opens = 0;

	/** `prepare` readies a parsed network for the screen before it is handed over. */
	constructor(open: OpenInWorker, prepare: (dataset: Dataset) => Promise<void>) {
		this.#open = open;
		this.#prepare = prepare;
	}

	/** Whether a network has started opening on this page. */
	get started(): boolean {
		return this.#opens > 0;
	}

	/** Reads, parses and prepares a network; throws Superseded if a later one started meanwhile. */
	async run(
		name: string,
		read: () => Promise<InputFile[]>,
		layout?: LayoutSnapshot
	): Promise<OpenedFiles> {
		const ticket = ++this.#opens;
		const latest = () => ticket === this.#opens;
		this.current = { name, stage: 'Reading' };
		try {
			const result = await this.#open(
				await read(),
				(stage) => {
					if (latest()) this.current = { name, stage };
				},
				layout
			);
			if (latest()) this.current = { name, stage: 'Drawing' };
			await this.#prepare(result.dataset);
			if (!latest()) throw new Superseded();
			return result;
		} catch (error) {
			throw latest() ? error : new Superseded();
		} finally {
			// The network is drawn in the same update that clears this.
			queueMicrotask(() => {
				if (latest()) this.current = null;
			});
		}
	}
}
