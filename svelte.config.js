import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// app.html's one inline script: on a `?data=` link it hides the prerendered bundled picture before
// the first paint (the page then drops it). Allowed by its hash, like SvelteKit's own.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const linkHint = /<script>([\s\S]*?)<\/script>/.exec(appHtml)?.[1] ?? '';
const linkHintHash = `sha256-${createHash('sha256').update(linkHint).digest('base64')}`;

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
				'script-src': ['self', linkHintHash],
				// Svelte writes style attributes (transforms, colours); no external style sheets.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The layout and import workers are bundled files of the site (Vite emits `new Worker(new
				// URL(…, import.meta.url))` as a file under _app/): no worker is made from a blob.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
