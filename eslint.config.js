import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Pure modules must stay free of Svelte so they can run in workers, in Node and in the exporter.
// (The direction of imports between layers is dependency-cruiser's job: .dependency-cruiser.cjs.)
const pureModules = [
	'src/lib/model/**',
	'src/lib/import/**',
	'src/lib/layout/**/*.ts',
	'src/lib/clusters/**',
	'src/lib/scene/**'
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: pureModules,
		ignores: ['**/*.svelte.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Keep this module pure.' }]
				}
			]
		}
	},
	{
		// The benchmark's reference page: browser code that finds d3's UMD builds in a global.
		files: ['bench/reference/**/*.js'],
		languageOptions: { globals: { ...globals.browser, d3: 'readonly' } }
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
