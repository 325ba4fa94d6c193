import { isLinked } from './link';

// What only a link being opened or copied needs: loaded then, not with the first page.

/**
 * What "Copy link" says. A link cannot carry a network opened from files: elsewhere it opens the
 * network the address names (a `data=` file, else the bundled one), and the sender is told so.
 */
export function linkCopiedText(href: string, fromFiles: boolean): string {
	if (!fromFiles) return 'Link copied';
	const shows = isLinked(href) ? 'the network the link names' : 'the bundled network';
	return `Link copied — elsewhere it opens ${shows}, not this file: send the file, or Download JSON`;
}

/**
 * A file of this site that a `?data=` link names, with its file name and the key its layout is
 * kept under (path and query); or why the link is refused.
 */
export type LinkTarget = { url: URL; name: string; key: string } | { refused: string };

/**
 * Why an address that is not http(s) names no file of this site. A blob: address carries the
 * page's origin, so the origin check alone would let it through to a bare "Failed to fetch".
 */
const NOT_A_FILE = new Map([
	[
		'blob:',
		'a blob: address names data that one page made in this browser, not a file this site serves, so it cannot be opened by link. Put the file on this site and link to its path, or use "Open file".'
	],
	[
		'data:',
		'a data: address carries the file in the link itself, not a file this site serves. Save it as a file and use "Open file".'
	],
	[
		'javascript:',
		'a javascript: address is a script, not a file this site serves. Only a file of this site opens by link.'
	],
	[
		'file:',
		'a file: address names a file on one computer, which a web page may not read. Use "Open file" to choose it.'
	]
]);

/** The start of a link, enough to recognise it: a data: link may hold a whole file. */
const shown = (link: string) => (link.length > 120 ? `${link.slice(0, 120)}…` : link);

/** `data=` may name only a file served by this site over http(s): anything else is refused. */
export function linkTarget(link: string, here: string): LinkTarget {
	let url: URL;
	try {
		url = new URL(link, here);
	} catch {
		return { refused: `The link's data= value "${shown(link)}" is not a path or address.` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		const why =
			NOT_A_FILE.get(url.protocol) ??
			`its scheme, ${url.protocol}, is not http(s), so it names no file this site serves. Only a file of this site opens by link.`;
		return { refused: `data=${shown(link)} was refused: ${why}` };
	}
	const origin = new URL(here).origin;
	if (url.origin !== origin)
		return {
			refused: `data=${shown(link)} was refused: it is on another site (${url.origin}), and only files from this site open by link. Download the file and use "Open file" instead.`
		};
	try {
		const name = decodeURIComponent(url.pathname.split('/').pop() || 'dataset');
		return { url, name, key: url.pathname + url.search };
	} catch (error) {
		return { refused: error instanceof Error ? error.message : String(error) };
	}
}
