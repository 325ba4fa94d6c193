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

export default defineConfig({
	plugins: [bundledDatasets(), sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// A few tests lay out or export over a thousand nodes: about a second on an idle two-core
		// machine, several when it is busy. Speed is the benchmark's business, not the tests'.
		testTimeout: 30_000
	}
});
