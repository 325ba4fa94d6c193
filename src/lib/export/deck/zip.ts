import { strToU8, zipSync } from 'fflate';
import type { DeckPage } from './pages';

/** The deck as a ZIP of SVGs, one per slide, named in the story's order. */
export function writeSvgZip(pages: readonly DeckPage[]): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	for (const p of pages) files[p.name] = strToU8(p.svg);
	// A fixed date: the same story gives the same bytes.
	return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
