import { DatasetError } from '../model/issues';

// The browser's XML parser expands the entities a DOCTYPE declares (a 200 kB file can ask it for
// gigabytes) and applies the attribute defaults it declares; xmldom, in the import worker, does
// neither. So no parser is given a DOCTYPE that declares either: the same file opens, or is refused,
// the same way with or without a worker. Gephi, yEd, igraph and networkx never write one.

const TOOLS = 'Gephi, yEd and networkx never write them.';

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** "line L, column C" of an offset, counting CRLF, CR and LF as one break and columns in characters. */
export function placeOf(text: string, offset: number): string {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
			line++;
			start = i + 1;
		}
	}
	let column = 1;
	for (let i = start; i < offset; i++) {
		const c = text.charCodeAt(i);
		// The second half of a surrogate pair is not a character of its own.
		if (c < 0xdc00 || c > 0xdfff) column++;
	}
	return `line ${line}, column ${column}`;
}

function skipSpace(text: string, i: number): number {
	while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	return i;
}

/** Just past the end of a comment or processing instruction at `i`; -1 if it is not closed. */
function pastMarkup(text: string, i: number): number {
	const close = text.startsWith('<!--', i) ? '-->' : '?>';
	const end = text.indexOf(close, i + 2);
	return end < 0 ? -1 : end + close.length;
}

/** Just past the `>` closing a declaration at `i`, skipping quoted literals; -1 if there is none. */
function pastDeclaration(text: string, i: number): number {
	for (let j = i; j < text.length; j++) {
		const c = text[j];
		if (c === '"' || c === "'") {
			j = text.indexOf(c, j + 1);
			if (j < 0) return -1;
		} else if (c === '>') return j + 1;
	}
	return -1;
}

/**
 * Refuses, before any parser sees the text, XML whose DOCTYPE declares an entity (general,
 * parameter or external) or default attributes, or holds anything else than element and notation
 * declarations, comments and processing instructions. A DOCTYPE that only names a DTD passes
 * (neither parser loads it). Throws a DatasetError naming the file, the line and column, and the fix.
 */
export function checkDoctype(text: string, name: string): void {
	const refuse = (at: number, message: string, fix: string): never => {
		throw new DatasetError([{ pointer: placeOf(text, at), message, fix }], name);
	};
	const notClosed = (at: number) =>
		refuse(
			at,
			'the DOCTYPE is not closed',
			'Remove the DOCTYPE and open the file again, or export the file again.'
		);
	// The prolog: a byte-order mark, the XML declaration, comments, instructions, space.
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (;;) {
		i = skipSpace(text, i);
		if (!text.startsWith('<!--', i) && !text.startsWith('<?', i)) break;
		i = pastMarkup(text, i);
		if (i < 0) return; // The parser refuses the unclosed comment; no DOCTYPE follows it.
	}
	let doctype = i;
	if (!text.startsWith('<!DOCTYPE', i)) {
		// The root element: a DOCTYPE after it is an error the parser reports where it stands.
		if (i >= text.length || /^<[\p{L}_:]/u.test(text.slice(i, i + 2))) return;
		// Not XML the parser accepts; should it read on past the junk, it must meet no entity.
		doctype = text.indexOf('<!DOCTYPE', i);
		if (doctype < 0) return;
	}
	// Its name and external id, up to the internal subset or the end.
	let j = doctype + '<!DOCTYPE'.length;
	for (; ; j++) {
		if (j >= text.length) return notClosed(doctype);
		const c = text[j];
		if (c === '>') return;
		if (c === '[') break;
		if (c === '"' || c === "'") {
			j = text.indexOf(c, j + 1);
			if (j < 0) return notClosed(doctype);
		}
	}
	// The internal subset.
	for (j = skipSpace(text, j + 1); ; j = skipSpace(text, j)) {
		if (j >= text.length) return notClosed(doctype);
		if (text[j] === ']') return;
		if (text.startsWith('<!--', j) || text.startsWith('<?', j)) {
			j = pastMarkup(text, j);
			if (j < 0) return notClosed(doctype);
			continue;
		}
		const reference = /^%[^\s%;<>"'&\]]{1,200};/.exec(text.slice(j, j + 202));
		if (reference) {
			j += reference[0].length;
			continue;
		}
		if (text.startsWith('<!ENTITY', j)) {
			const m = /^<!ENTITY\s+(%\s+)?([^\s"'>]{1,60})/.exec(text.slice(j, j + 200));
			const what = m
				? `the ${m[1] ? 'parameter ' : ''}entity "${m[1] ? '%' : ''}${m[2]}"`
				: 'an entity';
			return refuse(
				j,
				`the DOCTYPE declares ${what}, and entities are never expanded here`,
				`Remove the DOCTYPE's entity declarations (and the references to them) and open the file again: ${TOOLS}`
			);
		}
		if (text.startsWith('<!ATTLIST', j))
			return refuse(
				j,
				'the DOCTYPE declares default attributes (ATTLIST), which only some XML readers apply',
				`Remove the DOCTYPE's declarations and open the file again: ${TOOLS}`
			);
		if (text.startsWith('<!ELEMENT', j) || text.startsWith('<!NOTATION', j)) {
			// Only a notation holds literals; a quote in an element declaration hides nothing.
			j = text.startsWith('<!NOTATION', j) ? pastDeclaration(text, j) : text.indexOf('>', j) + 1;
			if (j <= 0) return notClosed(doctype);
			continue;
		}
		return refuse(
			j,
			'the DOCTYPE holds something other than declarations',
			'Remove the DOCTYPE and open the file again (Gephi, yEd and networkx never write one).'
		);
	}
}
