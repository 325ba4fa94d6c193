import { unzipSync } from 'fflate';
import { DatasetError } from '../model/issues';
import type { InputFile } from './input-file';
import { MAX_BYTES, tooLarge } from './protocol';

/**
 * The CSV files of a ZIP archive (a nodes CSV and an edges CSV, as "Download CSV (ZIP)" writes
 * them, or one edge list), to open as if chosen together. Other entries are ignored; an entry that
 * would unpack past the file size limit is refused before it is unpacked.
 */
export function csvFilesOfZip(file: InputFile): InputFile[] {
	const oversized: string[] = [];
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(file.bytes, {
			filter: (f) => {
				if (!/\.(csv|tsv)$/i.test(f.name) || f.name.startsWith('__MACOSX/')) return false;
				if (f.originalSize > MAX_BYTES) oversized.push(`${f.name}: ${tooLarge(f.originalSize)}`);
				return f.originalSize <= MAX_BYTES;
			}
		});
	} catch (error) {
		throw new DatasetError(
			[
				{
					pointer: '',
					message: `not a ZIP archive we can read (${error instanceof Error ? error.message : String(error)})`,
					fix: 'Unpack it and open the CSV files inside, or make the archive again.'
				}
			],
			file.name
		);
	}
	const files = Object.entries(entries).map(([name, bytes]) => ({
		name: `${file.name}/${name}`,
		bytes
	}));
	if (oversized.length)
		throw new DatasetError(
			[
				{
					pointer: '',
					message: oversized.join('; '),
					fix: 'Open a smaller extract of the network.'
				}
			],
			file.name
		);
	if (files.length === 0 || files.length > 2)
		throw new DatasetError(
			[
				{
					pointer: '',
					message: `the archive holds ${files.length} CSV files`,
					fix: 'A ZIP must hold one CSV edge list, or a nodes CSV and an edges CSV.'
				}
			],
			file.name
		);
	return files;
}
