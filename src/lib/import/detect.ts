import { looksLikeEdges } from './csv';
import { looksLikePajek } from './pajek';

/** The kinds of file `openFiles` reads. JSON covers ours, d3's, networkx's, graphology's and Cytoscape's. */
export type FileKind = 'zip' | 'csv' | 'gml' | 'pajek' | 'xml' | 'json';

const ext = (name: string) => name.toLowerCase().split('.').pop() ?? '';

/** A ZIP archive starts with a local file header, "PK\x03\x04" (or "PK\x05\x06" when empty). */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** GML's first key (after # comments) is `graph`, `Creator` or `Version`, each followed by a value. */
function looksLikeGml(text: string): boolean {
	const head = text
		.slice(0, 4000)
		.replace(/^\ufeff/, '')
		.replace(/^\s*(#[^\n]*\n\s*)*/, '');
	return /^(graph\s*\[|Creator\s+"|Version\s+\d)/.test(head);
}

/**
 * What a file is, by its extension first and its content when the extension says nothing
 * (.txt, .dat, none) or is one several formats share (.xml): a ZIP by its header, XML by its
 * first `<`, Pajek by `*Vertices`, GML by `graph [`, a CSV by a header with source and target.
 */
export function detectKind(name: string, text: string): Exclude<FileKind, 'zip'> {
	const e = ext(name);
	if (e === 'csv' || e === 'tsv') return 'csv';
	const start = text.replace(/^\ufeff/, '').trimStart();
	if (e === 'gexf' || e === 'graphml' || e === 'xml' || start.startsWith('<')) return 'xml';
	if (e === 'gml') return 'gml';
	if (e === 'net' || e === 'paj') return 'pajek';
	if (e === 'json' || e === 'cyjs') return 'json';
	if (looksLikePajek(text)) return 'pajek';
	if (looksLikeGml(text)) return 'gml';
	if (start.startsWith('{') || start.startsWith('[')) return 'json';
	if (looksLikeEdges(text)) return 'csv';
	return 'json';
}
