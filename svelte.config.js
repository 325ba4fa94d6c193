import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A folder of static files: any static host, or opened offline from disk via `npm run preview`.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths keep the build working when served from a sub-folder.
		paths: { relative: true },
		// The benchmark (bench/, never part of the site) is type-checked with the rest.
		typescript: {
			config: (config) => {
				config.include.push('../bench/**/*.ts', '../bench/**/*.js', '../bench/**/*.mjs');
			}
		},
		csp: {
			// Prerendered pages get a <meta> CSP with hashes of SvelteKit's inline bootstrap script.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (transforms, colours); no external style sheets.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
