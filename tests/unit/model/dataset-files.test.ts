import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatasetFiles } from '$lib/model/dataset-files';
import { lineColumn, MAX_DEPTH, parseJson } from '$lib/model/parse-json';
import { DatasetError } from '$lib/model';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'im-data-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

describe('checkDatasetFiles (the build-time check of data/)', () => {
	it('passes the real bundled datasets', () => {
		expect(checkDatasetFiles('data')).toEqual([]);
		dir = '';
	});

	it('names the file, the line and column of a JSON syntax error', () => {
		const d = folder({
			'ok.json': '{"nodes":[{"id":"a"}]}',
			'bad.json': '{\n  "nodes": [\n    {"id": "a"}\n  \n'
		});
		const problems = checkDatasetFiles(d);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`${join(d, 'bad.json')} is not valid (1 problem):`);
		expect(problems[0]).toMatch(
			/line 5, column 1: not valid JSON \(.+\)\. Fix the JSON syntax there/
		);
	});

	it('names the JSON pointer of a schema problem and the fix', () => {
		const d = folder({
			'x.json': JSON.stringify({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'zz' }] })
		});
		expect(checkDatasetFiles(d)).toEqual([
			`${join(d, 'x.json')} is not valid (1 problem):\n  /edges/0/target: edge a → zz: target "zz" is not a node; the edge was left out. Point the edge at node ids that exist, or add the missing node.`
		]);
	});
});

describe('parseJson', () => {
	it('parses valid JSON', () => {
		expect(parseJson('{"a":[1]}')).toEqual({ a: [1] });
	});
	it('throws a DatasetError located by line and column', () => {
		expect(() => parseJson('{"a": 1,,}', 'f.json')).toThrow(DatasetError);
		expect(() => parseJson('{"a": 1,,}', 'f.json')).toThrow(
			/^f\.json is not valid \(1 problem\):\n {2}line 1, column 9: not valid JSON/
		);
	});
	it('refuses nesting past MAX_DEPTH, naming the place, instead of overflowing the stack', () => {
		// Found by load.property.test.ts: 5,000 "[" before a syntax error made the error locator
		// (jsonc-parser, recursive) throw a raw RangeError.
		const deep = `{"nodes": [{"id": 0, "deep": ${'['.repeat(5000)}}]}`;
		expect(() => parseJson(deep, 'f.json')).toThrow(
			/line 1, column 283: lists and objects nested more than 256 deep/
		);
		const ok = `{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}, "b": "[[[["}`;
		expect(parseJson(ok)).toHaveProperty('b', '[[[[');
	});
	it('counts lines and columns from 1', () => {
		expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});
});
