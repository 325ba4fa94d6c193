// What one page load measures, in one fresh browser context: first drawn frame, animation-frame
// intervals while the layout runs and while panning, settle time, long tasks, JS heap, the page's
// JavaScript (gzip -9) and, for Influence Map, the SVG export. docs/performance.md explains each.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { frameCosts, startFrameTrace } from './frame-cost.mjs';
import { frameIntervals, round } from './stats.mjs';

export const VIEWPORT = { width: 1280, height: 720 };
/** Frame intervals while the layout runs are taken from the first drawn frame for at most this long. */
export const LAYOUT_WINDOW_MS = 5000;
export const FIRST_FRAME_MARK = 'im:first-frame';

/**
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('./server.mjs').BenchServer} BenchServer
 * @typedef {import('./stats.mjs').IntervalStats} IntervalStats
 * @typedef {{ path: string, bytes: number, gzip: number }} ScriptFile
 * @typedef {{ kib: number, files: ScriptFile[], notes: string[] }} ScriptTotal
 * @typedef {{ dialogReadyMs: number | null, downloadMs: number | null, bytes: number | null,
 *   nodeShapes: number | null, descNodes: number | null, holdsEveryNode: boolean }} ExportResult
 * @typedef {{
 *   url: string, nodes: number, settled: boolean, settledMs: number | null,
 *   firstFrameMs: number | null, windowFrom: 'mark' | 'status' | null,
 *   layoutFrames: IntervalStats | null, panFrames: IntervalStats | null, panMoved: boolean | null,
 *   panCost: import('./frame-cost.mjs').FrameCost | null,
 *   longTasks: { count: number, longestMs: number, totalMs: number } | null,
 *   heapMiB: number | null, js: ScriptTotal | null, data?: ScriptTotal | null,
 *   export: ExportResult | null,
 *   errors: string[], notes: string[]
 * }} RunResult
 */

/**
 * Installed before any page script (context.addInitScript): a requestAnimationFrame loop that
 * records every frame's timestamp and notes when the page is settled, and a long-task observer.
 * Runs in the page, so it may only use what it is given.
 * @param {{ statusSelector: string, countPattern: string }} options
 */
function instrument({ statusSelector, countPattern }) {
	if (window.top !== window) return;
	const bench = {
		/** @type {number[]} */ frames: [],
		/** @type {{ start: number, duration: number }[]} */ longTasks: [],
		/** @type {number | null} first frame in which the status showed the node count */
		countAt: null,
		/** @type {number | null} first frame in which, also, #network was aria-busy="false" */
		settledAt: null,
		longTasksObserved: false
	};
	Object.defineProperty(window, '__bench', { value: bench });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				bench.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		bench.longTasksObserved = true;
	} catch {
		// Reported as "long tasks not observed".
	}
	const count = new RegExp(countPattern);
	const check = () => {
		if (bench.settledAt !== null) return;
		const status = document.querySelector(statusSelector);
		if (!status || !count.test(status.textContent ?? '')) return;
		const now = performance.now();
		bench.countAt ??= now;
		if (document.getElementById('network')?.getAttribute('aria-busy') === 'false')
			bench.settledAt = now;
	};
	/** @param {number} t */
	const loop = (t) => {
		bench.frames.push(t);
		check();
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
}

/** "5,000 nodes", not "15,000 nodes": the count as the status bar writes it, whole. */
export function countPattern(/** @type {number} */ nodes) {
	const text = new Intl.NumberFormat('en').format(nodes);
	return `(?:^|[^0-9,.])${text.replace(/[.,]/g, '\\$&')} nodes?\\b`;
}

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));

/**
 * A promise, or null after `ms`: a page whose main thread is blocked must not hang the benchmark.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T | null>}
 */
async function within(promise, ms) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	const timeout = new Promise((done) => (timer = setTimeout(() => done(null), ms)));
	try {
		return /** @type {T | null} */ (await Promise.race([promise.catch(() => null), timeout]));
	} finally {
		clearTimeout(timer);
	}
}

/** What the page recorded so far, read in one go. */
async function readBench(/** @type {Page} */ page) {
	return within(
		page.evaluate((mark) => {
			const b = /** @type {any} */ (window).__bench;
			return {
				frames: /** @type {number[]} */ (b.frames.slice()),
				longTasks: /** @type {{ start: number, duration: number }[]} */ (b.longTasks.slice()),
				longTasksObserved: /** @type {boolean} */ (b.longTasksObserved),
				countAt: /** @type {number | null} */ (b.countAt),
				settledAt: /** @type {number | null} */ (b.settledAt),
				marks: performance.getEntriesByName(mark).map((m) => m.startTime),
				now: performance.now()
			};
		}, FIRST_FRAME_MARK),
		20_000
	);
}

/**
 * A point near a corner of #network where a press lands on the background (the SVG, its backdrop
 * or a canvas), not on a node, an edge or a control; and which way is inward from there.
 * @param {Page} page
 */
async function backgroundPoint(page) {
	return within(
		page.evaluate(() => {
			const net = document.getElementById('network');
			if (!net) return null;
			const r = net.getBoundingClientRect();
			const ok = (/** @type {Element | null} */ el) => {
				if (!el || !net.contains(el)) return false;
				const tag = el.tagName.toLowerCase();
				return (
					el === net ||
					tag === 'svg' ||
					tag === 'canvas' ||
					(tag === 'rect' && el.parentElement?.tagName.toLowerCase() === 'svg')
				);
			};
			/** @type {[number, number, number, number][]} corner and inward direction */
			const corners = [
				[r.left, r.top, 1, 1],
				[r.right, r.bottom, -1, -1],
				[r.left, r.bottom, 1, -1],
				[r.right, r.top, -1, 1]
			];
			for (const inset of [24, 48, 96])
				for (const [cx, cy, dx, dy] of corners) {
					const x = cx + dx * inset,
						y = cy + dy * inset;
					if (ok(document.elementFromPoint(x, y))) return { x, y, dx, dy };
				}
			return null;
		}),
		20_000
	);
}

/**
 * After settling: 1.5 s of mouse drag on the background, then 1.5 s of wheel zoom (in, then out),
 * at a mouse's pace of about one event per 16 ms. Returns the page-clock window it ran in.
 * @param {Page} page
 * @param {{ x: number, y: number, dx: number, dy: number }} at
 */
async function pan(page, at) {
	const start = await within(
		page.evaluate(() => performance.now()),
		20_000
	);
	const radius = 80;
	await page.mouse.move(at.x, at.y);
	await page.mouse.down();
	const dragStart = Date.now();
	// A loop that stays on the inward side of the corner: the picture moves back and forth.
	for (let angle = 0; Date.now() - dragStart < 1500; angle += 0.15) {
		await page.mouse.move(
			at.x + at.dx * radius * (1 - Math.cos(angle)),
			at.y + at.dy * radius * (1 - Math.cos(angle / 2))
		);
		await sleep(16);
	}
	await page.mouse.up();
	await page.mouse.move(at.x, at.y);
	const wheelStart = Date.now();
	while (Date.now() - wheelStart < 1500) {
		await page.mouse.wheel(0, Date.now() - wheelStart < 750 ? -20 : 20);
		await sleep(16);
	}
	const end = await within(
		page.evaluate(() => performance.now()),
		20_000
	);
	return { start, end };
}

/** JS heap of the page's main thread after a full garbage collection, in MiB (CDP). */
async function heap(/** @type {Page} */ page) {
	const measure = async () => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		await cdp.detach();
		const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
		return typeof used === 'number' ? used / 1048576 : null;
	};
	return within(measure(), 30_000);
}

/** Inline <script> bodies of an HTML page that run as JavaScript (not JSON data blocks). */
export function inlineScripts(/** @type {string} */ html) {
	const out = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const attrs = m[1] ?? '';
		if (/\bsrc\s*=/i.test(attrs)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
		if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
		if ((m[2] ?? '').trim()) out.push(m[2] ?? '');
	}
	return out;
}

const gzip = (/** @type {Buffer | string} */ data) => gzipSync(data, { level: 9 }).length;

/**
 * The page's JavaScript: every script it loaded (as Playwright reported them, workers included)
 * plus any .js the server handed out that Playwright did not report, plus the inline scripts of the
 * HTML; each gzipped at level 9, summed.
 * @param {BenchServer} server
 * @param {string} documentPath
 * @param {Map<string, Buffer | null>} reported URL → body (null: read it from the server's disk)
 * @param {string[]} serverLog
 * @returns {ScriptTotal}
 */
function scriptTotal(server, documentPath, reported, serverLog) {
	/** @type {string[]} */
	const notes = [];
	/** @type {ScriptFile[]} */
	const files = [];
	const origin = new URL(server.url).origin;
	/** @type {Map<string, Buffer | null>} */
	const all = new Map();
	for (const [url, body] of reported) all.set(url, body);
	const seen = new Set(
		[...reported.keys()].map((u) => (u.startsWith(origin) ? new URL(u).pathname : u))
	);
	for (const path of serverLog)
		if (/\.m?js$/.test(path) && !seen.has(path)) {
			all.set(origin + path, null);
			seen.add(path);
			notes.push(`${path} was served but not reported by page.on('response'); counted`);
		}
	for (const [url, body] of all) {
		let data = body;
		const path = url.startsWith(origin) ? new URL(url).pathname : url;
		if (!data && url.startsWith(origin)) {
			const file = server.fileFor(path);
			data = file ? readFileSync(file) : null;
		}
		if (!data) {
			notes.push(`${path}: no body to measure, not counted`);
			continue;
		}
		files.push({ path, bytes: data.length, gzip: gzip(data) });
	}
	const html = server.fileFor(documentPath);
	if (html)
		inlineScripts(readFileSync(html, 'utf8')).forEach((code, i) =>
			files.push({
				path: `${documentPath} inline script ${i + 1}`,
				bytes: Buffer.byteLength(code),
				gzip: gzip(code)
			})
		);
	files.sort((a, b) => b.gzip - a.gzip);
	const total = files.reduce((sum, f) => sum + f.gzip, 0);
	return { kib: Math.round((total / 1024) * 10) / 10, files, notes };
}

/**
 * The page's data, apart from its JavaScript so that no byte hides: the HTML's JSON blocks (such
 * as SvelteKit's `data-sveltekit-fetched`) and the .json files the page fetched, each gzipped at
 * level 9, summed. Informational: the JavaScript budget does not count it.
 * @param {string} html
 * @param {{ path: string, data: Buffer }[]} fetched
 * @returns {ScriptTotal}
 */
export function dataTotal(html, fetched) {
	/** @type {ScriptFile[]} */
	const files = fetched.map(({ path, data }) => ({ path, bytes: data.length, gzip: gzip(data) }));
	let i = 0;
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1] ?? '')?.[1]?.toLowerCase() ?? '';
		if (!/^application\/([\w.+-]+\+)?json$/.test(type) || !(m[2] ?? '').trim()) continue;
		const code = m[2] ?? '';
		files.push({ path: `JSON block ${++i}`, bytes: Buffer.byteLength(code), gzip: gzip(code) });
	}
	const total = files.reduce((sum, f) => sum + f.gzip, 0);
	return { kib: Math.round((total / 1024) * 10) / 10, files, notes: [] };
}

/** Node shapes in an SVG written by src/lib/export/svg.ts: one <path> per node with this outline. */
const NODE_SHAPE =
	/<path d="[^"]+" fill="#[0-9a-fA-F]{6}" stroke="#[0-9a-fA-F]{6}" stroke-width="1\.5"/g;

/**
 * Opens the export dialog and times the click on "Download SVG" to the file saved.
 * @param {Page} page
 * @param {number} nodes
 * @returns {Promise<ExportResult>}
 */
async function exportSvg(page, nodes) {
	const t0 = performance.now();
	await page.getByRole('button', { name: /^Export…?$/ }).click({ timeout: 30_000 });
	const dialog = page.getByRole('dialog', { name: 'Export' });
	const button = dialog.getByRole('button', { name: 'Download SVG' });
	// A trial click waits until the button is enabled (the preview is written) without clicking.
	await button.click({ trial: true, timeout: 60_000 });
	const dialogReadyMs = performance.now() - t0;
	const download = page.waitForEvent('download', { timeout: 60_000 });
	const t1 = performance.now();
	await button.click({ timeout: 30_000 });
	const file = await (await download).path();
	const downloadMs = performance.now() - t1;
	const svg = readFileSync(file, 'utf8');
	const nodeShapes = svg.match(NODE_SHAPE)?.length ?? 0;
	const desc = /<desc>[^<]*?(\d+) nodes and/.exec(svg);
	return {
		dialogReadyMs: round(dialogReadyMs),
		downloadMs: round(downloadMs),
		bytes: statSync(file).size,
		nodeShapes,
		descNodes: desc ? Number(desc[1]) : null,
		holdsEveryNode: nodeShapes === nodes
	};
}

/**
 * One page load in a fresh context.
 * @param {Browser} browser
 * @param {BenchServer} server
 * @param {{ path: string, nodes: number, statusSelector: string, settleTimeoutMs: number,
 *   pan?: boolean, exportSvg?: boolean }} options
 * @returns {Promise<RunResult>}
 */
export async function measureRun(browser, server, options) {
	const { path, nodes } = options;
	/** @type {RunResult} */
	const result = {
		url: path,
		nodes,
		settled: false,
		settledMs: null,
		firstFrameMs: null,
		windowFrom: null,
		layoutFrames: null,
		panFrames: null,
		panMoved: null,
		panCost: null,
		longTasks: null,
		heapMiB: null,
		js: null,
		export: null,
		errors: [],
		notes: []
	};
	const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
	try {
		await context.addInitScript(instrument, {
			statusSelector: options.statusSelector,
			countPattern: countPattern(nodes)
		});
		const page = await context.newPage();
		const origin = new URL(server.url).origin;
		/** @type {Map<string, Promise<Buffer | null>>} */
		const scripts = new Map();
		let counting = true;
		page.on('response', (response) => {
			const url = response.url();
			const type = response.request().resourceType();
			if (!counting || !(type === 'script' || /\.m?js(\?|$)/.test(url))) return;
			if (!url.startsWith(origin) && !url.startsWith('blob:')) {
				result.errors.push(`script from another origin: ${url}`);
				return;
			}
			// Blob scripts (e.g. an inline worker) only exist in the page: keep their body.
			if (!scripts.has(url))
				scripts.set(
					url,
					url.startsWith('blob:') ? response.body().catch(() => null) : Promise.resolve(null)
				);
		});
		page.on('pageerror', (e) => result.errors.push(`page error: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') result.errors.push(`console error: ${m.text()}`);
		});
		server.log.length = 0;

		await page.goto(server.url + path, { waitUntil: 'commit', timeout: 30_000 });
		// Polled from Node every 250 ms; the settle time itself is taken in the page, frame by frame.
		const settled = await within(
			page
				.waitForFunction(() => /** @type {any} */ (window).__bench?.settledAt != null, undefined, {
					timeout: options.settleTimeoutMs,
					polling: 250
				})
				.then(() => true),
			options.settleTimeoutMs + 5_000
		);
		counting = false;
		const serverLog = [...server.log];
		const documentPath = new URL(server.url + path).pathname;
		/** @type {Map<string, Buffer | null>} */
		const bodies = new Map();
		for (const [url, body] of scripts) bodies.set(url, await body);
		result.js = scriptTotal(server, documentPath, bodies, serverLog);
		const htmlFile = server.fileFor(documentPath);
		result.data = dataTotal(
			htmlFile ? readFileSync(htmlFile, 'utf8') : '',
			[...new Set(serverLog.filter((p) => /\.json$/.test(p)))].flatMap((p) => {
				const file = server.fileFor(p);
				return file ? [{ path: p, data: readFileSync(file) }] : [];
			})
		);

		const b = await readBench(page);
		if (!b) {
			result.notes.push('the page did not answer within 20 s of the settle timeout; nothing read');
			return result;
		}
		result.settled = settled === true && b.settledAt !== null;
		result.settledMs = result.settled ? round(b.settledAt) : null;
		if (!result.settled)
			result.notes.push(`not settled within ${Math.round(options.settleTimeoutMs / 1000)} s`);
		// The last mark before settling: with ?data= the app may first draw its bundled network.
		const end = b.settledAt ?? b.now;
		const marks = b.marks.filter((t) => t <= end);
		result.firstFrameMs = marks.length ? round(marks[marks.length - 1]) : null;
		if (result.firstFrameMs === null)
			result.notes.push(`no performance.mark('${FIRST_FRAME_MARK}')`);
		const from = marks.length ? /** @type {number} */ (marks[marks.length - 1]) : b.countAt;
		result.windowFrom = marks.length ? 'mark' : b.countAt !== null ? 'status' : null;
		if (from !== null) {
			const to = Math.min(end, from + LAYOUT_WINDOW_MS);
			const stats = frameIntervals(b.frames, from, to, b.now);
			result.layoutFrames = stats && roundStats(stats);
			if (!stats) result.notes.push('settled at its first frame: no layout frames to time');
		}
		if (b.longTasksObserved) {
			const tasks = b.longTasks.filter((t) => t.start < end);
			result.longTasks = {
				count: tasks.length,
				longestMs: round(Math.max(0, ...tasks.map((t) => t.duration))) ?? 0,
				totalMs: round(tasks.reduce((s, t) => s + t.duration, 0)) ?? 0
			};
		} else result.notes.push('long tasks not observed (PerformanceObserver "longtask" missing)');

		if (!result.settled && options.pan)
			// A page that never settles (the reference at 5,000 nodes) is panned as it is, still
			// laying out: that is what its user gets, and the ratio against it needs a figure.
			result.notes.push('panned while still laying out: it did not settle');
		result.heapMiB = round(await heap(page));
		if (options.pan) {
			const at = await backgroundPoint(page);
			if (!at) result.notes.push('no empty background point near a corner of #network to drag');
			else {
				// Pictures of #network before and after, outside the timed window: proof that the
				// drag and the wheel reached the graph and moved it.
				const shot = () => within(page.locator('#network').screenshot({ timeout: 20_000 }), 25_000);
				const before = await shot();
				const window = await pan(page, at);
				const after = await readBench(page);
				const moved = await shot();
				result.panMoved = before && moved ? !before.equals(moved) : null;
				if (result.panMoved === false)
					result.notes.push('the drag and the wheel did not change the picture');
				if (after && window.start !== null && window.end !== null) {
					const stats = frameIntervals(after.frames, window.start, window.end, after.now);
					result.panFrames = stats && roundStats(stats);
				}
				// The same pan again under a trace, for what each frame costs (frame-cost.mjs); apart,
				// so the tracing's own overhead stays out of the intervals above.
				try {
					const stop = await startFrameTrace(page);
					await pan(page, at);
					const cost = frameCosts(await stop());
					result.panCost = cost && roundCost(cost);
					if (!cost) result.notes.push('the traced pan drew fewer than two main frames');
				} catch (error) {
					result.notes.push(
						`frame cost not traced: ${error instanceof Error ? error.message.split('\n')[0] : error}`
					);
				}
			}
		}
		if (options.exportSvg && !result.settled)
			result.notes.push('the export not measured: not settled');
		else if (options.exportSvg) {
			try {
				result.export = await exportSvg(page, nodes);
			} catch (error) {
				result.notes.push(
					`export failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`
				);
			}
		}
		return result;
	} finally {
		const closed = await within(
			context.close().then(() => true),
			30_000
		);
		if (!closed) result.notes.push('the browser context did not close within 30 s');
	}
}

const roundCost = (/** @type {import('./frame-cost.mjs').FrameCost} */ c) => ({
	frames: c.frames,
	median: /** @type {number} */ (round(c.median)),
	p95: /** @type {number} */ (round(c.p95)),
	mean: /** @type {number} */ (round(c.mean)),
	max: /** @type {number} */ (round(c.max))
});

const roundStats = (/** @type {IntervalStats} */ s) => ({
	n: s.n,
	median: /** @type {number} */ (round(s.median)),
	p95: /** @type {number} */ (round(s.p95)),
	max: /** @type {number} */ (round(s.max))
});

/**
 * The prerendered picture with JavaScript off: in `#network svg`, one element named by each node's
 * label (aria-label, or a <title> child), as many as there are nodes with that label.
 * @param {Browser} browser
 * @param {BenchServer} server
 * @param {string[]} labels
 */
export async function measureNoJs(browser, server, labels) {
	const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		await page.goto(server.url + '/', { waitUntil: 'load', timeout: 30_000 });
		const found = await page.locator('#network svg').evaluateAll((svgs) => {
			/** @type {{ name: string, x: number, y: number }[]} */
			const out = [];
			for (const svg of svgs)
				for (const el of svg.querySelectorAll('[aria-label], :scope title')) {
					const target = el.tagName.toLowerCase() === 'title' ? el.parentElement : el;
					if (!target || target.closest('[aria-hidden="true"]')) continue;
					const name =
						el.tagName.toLowerCase() === 'title'
							? (el.textContent ?? '')
							: (el.getAttribute('aria-label') ?? '');
					const box = target.getBoundingClientRect();
					out.push({ name: name.trim(), x: box.x + box.width / 2, y: box.y + box.height / 2 });
				}
			return out;
		});
		/** @type {Map<string, number>} */
		const want = new Map();
		for (const l of labels) want.set(l, (want.get(l) ?? 0) + 1);
		/** @type {Map<string, number>} */
		const have = new Map();
		const points = new Set();
		for (const f of found)
			if (want.has(f.name)) {
				have.set(f.name, (have.get(f.name) ?? 0) + 1);
				points.add(`${Math.round(f.x)},${Math.round(f.y)}`);
			}
		let named = 0;
		for (const [label, n] of want) named += Math.min(n, have.get(label) ?? 0);
		const extra = [...have].reduce(
			(s, [label, n]) => s + Math.max(0, n - (want.get(label) ?? 0)),
			0
		);
		return {
			nodes: labels.length,
			named,
			extra,
			distinctPositions: points.size,
			ok: named === labels.length && extra === 0 && points.size > 1
		};
	} finally {
		await within(context.close(), 30_000);
	}
}
