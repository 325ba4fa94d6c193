// A small static file server for the benchmark: one origin for the built site, the generated
// networks, the reference page and d3's UMD builds. No dependencies, no caching, no compression
// (the benchmark gzips scripts itself), and a log of every request so that a script the browser
// fetched but Playwright did not report still counts.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';

export const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm'
};

/** Requests with this header (the harness reading files back) stay out of the log. */
export const HARNESS_HEADER = 'x-bench-harness';

/**
 * @typedef {{ prefix: string, dir?: string, files?: Record<string, string> }} Mount
 *   `prefix` ends with "/"; a mount serves a directory (index.html for a directory) or named files.
 * @typedef {{ url: string, port: number, log: string[], fileFor: (pathname: string) => string | null,
 *   close: () => Promise<void> }} BenchServer
 */

/**
 * The file a URL path maps to, or null. The longest matching prefix wins; paths that climb out of
 * a mount are refused.
 * @param {Mount[]} mounts
 * @param {string} pathname
 */
export function fileFor(mounts, pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const mount = [...mounts]
		.sort((a, b) => b.prefix.length - a.prefix.length)
		.find((m) => path.startsWith(m.prefix));
	if (!mount) return null;
	const rest = path.slice(mount.prefix.length);
	if (mount.files) return mount.files[rest] ?? null;
	if (!mount.dir) return null;
	const root = resolve(mount.dir);
	let file = resolve(join(root, rest));
	if (file !== root && !file.startsWith(root + sep)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * A directory asked for without its slash ("/reference"): the page's relative paths need the slash.
 * @param {Mount[]} mounts
 * @param {string} pathname
 */
function wantsSlash(mounts, pathname) {
	if (pathname.endsWith('/')) return false;
	if (mounts.some((m) => m.prefix === pathname + '/')) return true;
	const file = fileFor(mounts, pathname);
	return file !== null && basename(file) === 'index.html' && !pathname.endsWith('index.html');
}

/**
 * Starts serving on 127.0.0.1 and a free port.
 * @param {Mount[]} mounts
 * @returns {Promise<BenchServer>}
 */
export async function startServer(mounts) {
	/** @type {string[]} */
	const log = [];
	const server = createServer((req, res) => {
		const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
		if (!req.headers[HARNESS_HEADER]) log.push(pathname);
		if (wantsSlash(mounts, pathname)) {
			res.writeHead(301, { location: pathname + '/' + search });
			res.end();
			return;
		}
		const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(mounts, pathname) : null;
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(`not found: ${pathname}\n`);
			return;
		}
		res.writeHead(200, {
			'content-type':
				MIME[/** @type {keyof typeof MIME} */ (extname(file).toLowerCase())] ??
				'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-store'
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the bench server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		port: address.port,
		log,
		fileFor: (pathname) => fileFor(mounts, pathname),
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done(undefined));
			})
	};
}
