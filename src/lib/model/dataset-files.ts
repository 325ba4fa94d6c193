import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './load.ts';
import { parseJson } from './parse-json.ts';

/**
 * Checks every bundled dataset (`<dir>/*.json`) with the strict rules and returns one message per
 * broken file. Build-time only (it reads the disk): the Vite plugin in vite.config.ts calls it so
 * that a bad bundled dataset stops the build instead of shipping.
 */
export function checkDatasetFiles(dir: string): string[] {
	const problems: string[] = [];
	for (const file of readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()) {
		const name = join(dir, file);
		try {
			loadDataset(parseJson(readFileSync(name, 'utf8'), name), { strict: true, name });
		} catch (error) {
			problems.push(error instanceof Error ? error.message : String(error));
		}
	}
	return problems;
}
