/** Whether an address names a network by link; app.html's inline script asks the same. */
export const isLinked = (href: string): boolean => /[?&]data=/.test(new URL(href).search);

/** The `data=` value of an address, if any. */
export const linkOf = (href: string): string | null => new URL(href).searchParams.get('data');

/**
 * A file of this site that a `?data=` link names, with its file name and the key its layout is
 * kept under (path and query); or why the link is refused.
 */
export type LinkTarget = { url: URL; name: string; key: string } | { refused: string };

/** `data=` may name only a file served by this site: another origin is refused. */
export function linkTarget(link: string, here: string): LinkTarget {
	let url: URL;
	try {
		url = new URL(link, here);
	} catch {
		return { refused: `The link's data= value "${link}" is not a path or address.` };
	}
	const origin = new URL(here).origin;
	if (url.origin !== origin)
		return {
			refused: `data=${link} was refused: it is on another site (${url.origin}), and only files from this site open by link. Download the file and use "Open file" instead.`
		};
	try {
		const name = decodeURIComponent(url.pathname.split('/').pop() || 'dataset');
		return { url, name, key: url.pathname + url.search };
	} catch (error) {
		return { refused: error instanceof Error ? error.message : String(error) };
	}
}
