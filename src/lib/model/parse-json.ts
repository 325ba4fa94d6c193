import { DatasetError } from './issues.ts';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse with an error that says where: "line 3, column 14: Expected ',' or '}' …".
 * The engine reports a character position; we turn it into what an editor shows.
 */
export function parseJson(text: string, name = 'The file'): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const match = /position (\d+)/.exec(message);
		const offset = match ? Number(match[1]) : text.length;
		const { line, column } = lineColumn(text, offset);
		const what = message
			.replace(/\s*in JSON at position \d+.*$/s, '')
			.replace(/^JSON\.parse: /, '');
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
