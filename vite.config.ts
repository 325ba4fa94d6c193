import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { checkDatasetFiles } from './src/lib/model/dataset-files.ts';

/** Stops `vite build` (and `vite dev`) when a bundled dataset in data/ breaks the format. */
function bundledDatasets(dirs = ['data', 'static/datasets']): Plugin {
	return {
		name: 'influence-map:bundled-datasets',
		buildStart() {
			const problems = dirs.flatMap((dir) => checkDatasetFiles(dir));
			if (problems.length > 0)
				this.error(`Bundled dataset check failed. Fix these files:\n\n${problems.join('\n\n')}`);
		}
	};
}

/**
 * Puts every module the first page imports statically into one chunk. Left to itself, the bundler
 * cuts them into about thirty chunks (each module that a lazy chunk shares becomes its own file),
 * and the imports, exports and gzip headers between them cost the page about 7 KiB. The lazy
 * chunks still load on first use; they import what they share from this one.
 */
function firstPageChunk(): Plugin {
	return {
		name: 'influence-map:first-page-chunk',
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						output: { codeSplitting: { groups: [{ name: 'first', tags: ['$initial'] }] } }
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [bundledDatasets(), sveltekit(), firstPageChunk()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// A few tests lay out or export over a thousand nodes: about a second on an idle two-core
		// machine, several when it is busy. Speed is the benchmark's business, not the tests'.
		testTimeout: 30_000
	}
});
