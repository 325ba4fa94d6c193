import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { DatasetError } from './issues.ts';

/** "ValueExpected" → "a value expected". */
function describe(code: string): string {
	return code
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.replace(/^(\w)/, 'a $1')
		.replace(/^a (end|unexpected|invalid)/, '$1');
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** No dataset nests this deep; past it, recursive code (the error locator, JSON.stringify) overflows the stack. */
export const MAX_DEPTH = 256;

/** Offset of the bracket that opens level MAX_DEPTH + 1 (outside strings), or -1. */
function tooDeepAt(text: string): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c)
				i++; // a backslash escapes the next character
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) {
			if (++depth > MAX_DEPTH) return i;
		} else if (c === 0x7d || c === 0x5d) depth--;
	}
	return -1;
}

/**
 * JSON.parse with an error that says where and what: "line 3, column 17: not valid JSON (a value
 * expected)", in the line and column an editor shows.
 */
export function parseJson(text: string, name = 'The file'): unknown {
	const deep = tooDeepAt(text);
	if (deep >= 0) {
		const { line, column } = lineColumn(text, deep);
		throw new DatasetError(
			[
				{
					pointer: `line ${line}, column ${column}`,
					message: `lists and objects nested more than ${MAX_DEPTH} deep`,
					fix: 'A network file needs only a few levels; check the file is not damaged, or flatten that value.'
				}
			],
			name
		);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		// Engines word (and locate) JSON errors differently; jsonc-parser, told to be strict, finds the
		// first problem's offset the same way everywhere.
		const errors: ParseError[] = [];
		parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
		const first = errors[0];
		const offset = first ? first.offset : text.length;
		const { line, column } = lineColumn(text, offset);
		const what = first
			? describe(printParseErrorCode(first.error))
			: (error instanceof Error ? error.message : String(error)).slice(0, 80);
		throw new DatasetError(
			[
				{
					pointer: `line ${line}, column ${column}`,
					message: `not valid JSON (${what})`,
					fix: 'Fix the JSON syntax there: a missing comma, quote or bracket is the usual cause.'
				}
			],
			name
		);
	}
}
