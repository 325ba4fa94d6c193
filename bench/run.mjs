// npm run bench: Influence Map against a canonical d3 reference page, side by side, in Chromium.
// See docs/performance.md for what each figure means and how it is measured.
//
//   node bench/run.mjs [--sizes 1000,5000,20000] [--repeat 3] [--build] [--smoke]
//                      [--no-reference] [--out name]
//
// A benchmark, not a test: budgets that fail are reported and the exit code stays 0. With --smoke
// (CI) it runs one small size once and exits non-zero only if the harness itself breaks: a page
// that never settles, or a figure the harness takes that is missing.
import { chromium } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { fileName, writeNetworks } from './generate.mjs';
import { measureNoJs, measureRun } from './measure.mjs';
import { budgets, fmt, markdown, summarise } from './report.mjs';
import { startServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Past this size the reference page is not run: it cannot lay out such a network in reasonable time. */
const REFERENCE_MAX_NODES = 10_000;
const EXPORT_SIZE = 5000;
const SEED = 1;
const D3_UMD = [
	'd3-dispatch',
	'd3-quadtree',
	'd3-timer',
	'd3-force',
	'd3-selection',
	'd3-color',
	'd3-interpolate',
	'd3-ease',
	'd3-transition',
	'd3-drag',
	'd3-zoom'
];
const IM_STATUS = 'footer[role="status"]';
const REF_STATUS = '#status';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string' },
		repeat: { type: 'string' },
		smoke: { type: 'boolean', default: false },
		build: { type: 'boolean', default: false },
		'no-reference': { type: 'boolean', default: false },
		out: { type: 'string' },
		help: { type: 'boolean', default: false }
	}
});
if (args.help) {
	console.log(
		'usage: node bench/run.mjs [--sizes 1000,5000,20000] [--repeat 3] [--build] [--smoke] [--no-reference] [--out name]'
	);
	process.exit(0);
}
const smoke = args.smoke === true;
const sizes = (args.sizes ?? (smoke ? '300' : '1000,5000,20000')).split(',').map(Number);
const repeat = Number(args.repeat ?? (smoke ? 1 : 3));
/** Only Influence Map: for a quick look at our own figures; every ratio line then reads SKIP. */
const noReference = args['no-reference'] === true;
/** Where the results go, under bench/results/: a trial run need not replace latest.*. */
const outName = args.out ?? (smoke ? 'smoke' : 'latest');
if (!/^[\w.-]+$/.test(outName)) {
	console.error('--out takes a plain file name (letters, digits, ".", "-", "_")');
	process.exit(2);
}
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(repeat) || repeat < 1) {
	console.error('--sizes takes whole numbers ≥ 2 separated by commas, --repeat a whole number ≥ 1');
	process.exit(2);
}
const settleTimeoutMs = smoke ? 45_000 : 60_000;
/** The export is timed at 5,000 nodes; a smoke run times it at its own size, to prove the path works. */
const exportSize = smoke ? (sizes[0] ?? EXPORT_SIZE) : EXPORT_SIZE;
const log = (/** @type {string} */ text) => process.stderr.write(text + '\n');

if (args.build) {
	const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(join(root, 'build', 'index.html'))) {
	console.error('No build/index.html: run `npm run build` first, or pass --build.');
	process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'im-bench-'));
writeNetworks(dataDir, sizes, SEED);
/** @type {Record<string, string>} */
const vendor = {};
for (const name of D3_UMD) {
	const file = join(root, 'node_modules', name, 'dist', `${name}.min.js`);
	if (!existsSync(file)) {
		console.error(`${name} is not installed (node_modules/${name}); run npm install.`);
		process.exit(2);
	}
	vendor[`${name}.min.js`] = file;
}
const server = await startServer([
	{ prefix: '/', dir: join(root, 'build') },
	{ prefix: '/bench-data/', dir: dataDir },
	{ prefix: '/reference/', dir: join(root, 'bench', 'reference') },
	{ prefix: '/reference/vendor/', files: vendor }
]);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const version = browser.version();

const bundledLabels = /** @type {{ nodes: { id: string | number, label?: string }[] }} */ (
	JSON.parse(readFileSync(join(root, 'data', 'azerbaijan-iran.json'), 'utf8'))
).nodes.map((n) => String(n.label ?? n.id));

/** @type {import('./measure.mjs').RunResult[]} */
const bundledRuns = [];
/** @type {Record<string, { im: import('./measure.mjs').RunResult[], ref: import('./measure.mjs').RunResult[] | null }>} */
const raw = {};
const started = Date.now();
/** The machine is shared: its load before and after the run says how much to trust the figures. */
const loadBefore = loadavg()[0] ?? 0;
/** @type {import('./report.mjs').NoJs | null} */
let noJs = null;

/** One line of progress per run, to stderr. */
function progress(/** @type {string} */ what, /** @type {import('./measure.mjs').RunResult} */ r) {
	const settled = r.settled ? `settled ${fmt(r.settledMs, 'ms')}` : 'NOT SETTLED';
	const p95 = r.layoutFrames ? `layout p95 ${fmt(r.layoutFrames.p95, 'ms')}` : 'layout p95 —';
	const pan = r.panFrames ? `pan p95 ${fmt(r.panFrames.p95, 'ms')}` : 'pan p95 —';
	log(`  ${what}: ${settled}, ${p95}, ${pan}, JS ${fmt(r.js?.kib, 'KiB')}`);
	for (const e of r.errors.slice(0, 3)) log(`    ! ${e}`);
}

try {
	log(
		`Chromium ${version}; sizes ${sizes.join(', ')}; ${repeat} run(s) each; server ${server.url}`
	);
	noJs = await measureNoJs(browser, server, bundledLabels);
	log(`  / with JavaScript off: ${noJs.named} of ${noJs.nodes} nodes named by their label`);
	for (let r = 1; r <= repeat; r++) {
		const run = await measureRun(browser, server, {
			path: '/',
			nodes: bundledLabels.length,
			statusSelector: IM_STATUS,
			settleTimeoutMs,
			pan: true
		});
		bundledRuns.push(run);
		progress(`/ (bundled, ${bundledLabels.length} nodes) run ${r}/${repeat}`, run);
	}
	// A page that timed out can keep its renderer busy for a moment after its context closes; a
	// pause between runs keeps that from landing on the next page measured.
	const pause = () => new Promise((resolve) => setTimeout(resolve, args.smoke ? 0 : 3000));
	for (const n of sizes) {
		const data = `/bench-data/${fileName(n)}`;
		/** @type {(typeof raw)[string]} */
		const cell = { im: [], ref: n <= REFERENCE_MAX_NODES && !noReference ? [] : null };
		raw[String(n)] = cell;
		for (let r = 1; r <= repeat; r++) {
			// Interleaved, so that a slow spell on a shared machine hits both pages alike.
			const im = await measureRun(browser, server, {
				path: `/?data=${data}`,
				nodes: n,
				statusSelector: IM_STATUS,
				settleTimeoutMs,
				pan: true,
				exportSvg: n === exportSize
			});
			cell.im.push(im);
			progress(`${fmt(n)} nodes, Influence Map, run ${r}/${repeat}`, im);
			await pause();
			if (!cell.ref) continue;
			const ref = await measureRun(browser, server, {
				path: `/reference/?data=${data}`,
				nodes: n,
				statusSelector: REF_STATUS,
				settleTimeoutMs,
				pan: true
			});
			cell.ref.push(ref);
			progress(`${fmt(n)} nodes, reference, run ${r}/${repeat}`, ref);
			await pause();
		}
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(dataDir, { recursive: true, force: true });
}

/** @type {import('./report.mjs').Results} */
const results = {
	bundled: bundledRuns.length ? summarise(bundledRuns) : null,
	noJs,
	sizes: Object.fromEntries(
		Object.entries(raw).map(([n, c]) => [
			n,
			{
				im: summarise(c.im),
				ref: c.ref
					? summarise(c.ref)
					: { skipped: noReference ? 'not run (--no-reference)' : 'cannot do this size' }
			}
		])
	),
	exportSize,
	settleTimeoutMs
};
const lines = budgets(results);

const git = (/** @type {string[]} */ a) => {
	try {
		return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
};
const commit = git(['rev-parse', '--short', 'HEAD']);
const dirty = git(['status', '--porcelain', '--untracked-files=no'])
	? ' (with uncommitted changes)'
	: '';
const cpu = cpus();
const machine = [
	`Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit || 'unknown'}${dirty}`,
	`Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} GiB free at the end), ${type()} ${release()}`,
	`Browser: headless Chromium ${version}, software rendering (--disable-gpu), viewport 1280×720; Node ${process.version}`,
	`Networks: bench/generate.mjs, seed ${SEED}; ${repeat} run(s) per cell, interleaved; settle timeout ${settleTimeoutMs / 1000} s; took ${Math.round((Date.now() - started) / 1000)} s`,
	`Load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpu.length} cores`
];
const notes = [
	'Frame intervals are the gaps between requestAnimationFrame callbacks: a page whose layout blocks the main thread shows as huge intervals, not as missing frames.',
	"“Frame interval while laying out” runs from the first drawn frame (the page’s performance.mark('im:first-frame')) until settled, at most 5 s. † marks a page without that mark: its window starts at the first frame whose status showed the node count.",
	'JS heap is the page’s main thread only (CDP Performance.getMetrics after HeapProfiler.collectGarbage); a Web Worker’s heap is not in it.',
	`The reference page is not run above ${fmt(REFERENCE_MAX_NODES)} nodes: it cannot do that size.`,
	'Page JavaScript counts every script the page loaded until settled (workers and lazy chunks included) plus inline scripts, each gzip -9; the budget applies to / (the bundled network).'
];
for (const [label, runs] of [
	['/ (bundled)', bundledRuns],
	...Object.entries(raw).flatMap(([n, c]) => [
		[`${fmt(Number(n))} Influence Map`, c.im],
		[`${fmt(Number(n))} reference`, c.ref ?? []]
	])
]) {
	const seen = new Set();
	for (const r of /** @type {import('./measure.mjs').RunResult[]} */ (runs))
		for (const n of [...r.notes, ...(r.js?.notes ?? []), ...r.errors])
			if (!seen.has(n)) {
				seen.add(n);
				notes.push(`${label}: ${n}`);
			}
}

const md = markdown(results, lines, {
	title: smoke ? 'Influence Map benchmark: smoke run' : 'Influence Map benchmark',
	machine,
	notes,
	repeat
});
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const base = join(outDir, outName);
writeFileSync(
	base + '.json',
	JSON.stringify(
		{
			machine,
			chromium: version,
			sizes,
			repeat,
			seed: SEED,
			results,
			budgets: lines,
			runs: { bundled: bundledRuns, sizes: raw },
			notes
		},
		null,
		'\t'
	) + '\n'
);
writeFileSync(base + '.md', md);
console.log(md);
const pass = lines.filter((l) => l.status === 'PASS').length;
const fail = lines.filter((l) => l.status === 'FAIL').length;
log(`Budgets: ${pass} pass, ${fail} fail, ${lines.length - pass - fail} not run.`);
log(`Wrote ${relative(root, base)}.json and .md`);

if (smoke) {
	const broken = harnessProblems();
	if (broken.length) {
		log(`Smoke run: the harness is broken:\n  ${broken.join('\n  ')}`);
		process.exit(1);
	}
	log('Smoke run: the harness works (budgets are not checked in a smoke run).');
}

/** What a smoke run requires: every page settled and every figure the harness itself takes. */
function harnessProblems() {
	/** @type {string[]} */
	const problems = [];
	const finite = (/** @type {unknown} */ v) => typeof v === 'number' && Number.isFinite(v);
	const need = (/** @type {string} */ what, /** @type {boolean} */ ok) => {
		if (!ok) problems.push(what);
	};
	need('the JavaScript-off check of / did not run', noJs !== null);
	/** @type {[string, import('./measure.mjs').RunResult, boolean][]} */
	const all = [
		...bundledRuns.map(
			(r) => /** @type {[string, import('./measure.mjs').RunResult, boolean]} */ (['/', r, false])
		),
		...Object.entries(raw).flatMap(([n, c]) => [
			...c.im.map(
				(r) =>
					/** @type {[string, import('./measure.mjs').RunResult, boolean]} */ ([
						`${n} IM`,
						r,
						false
					])
			),
			...(c.ref ?? []).map(
				(r) =>
					/** @type {[string, import('./measure.mjs').RunResult, boolean]} */ ([
						`${n} reference`,
						r,
						true
					])
			)
		])
	];
	for (const [what, r, ours] of all) {
		need(`${what}: never settled`, r.settled && finite(r.settledMs));
		need(
			`${what}: long tasks not measured`,
			finite(r.longTasks?.count) && finite(r.longTasks?.longestMs)
		);
		need(`${what}: JS heap not measured`, finite(r.heapMiB));
		need(`${what}: page JavaScript not measured`, finite(r.js?.kib) && (r.js?.kib ?? 0) > 0);
		need(
			`${what}: panning frames not measured`,
			finite(r.panFrames?.p95) && finite(r.panFrames?.median)
		);
		need(`${what}: CPU per frame while panning not traced`, finite(r.panCost?.p95));
		if (r.layoutFrames) need(`${what}: layout frames not finite`, finite(r.layoutFrames.p95));
		// The reference page is ours: its first-frame mark must be there. The app's may not be yet.
		if (ours) need(`${what}: no im:first-frame mark on the reference page`, finite(r.firstFrameMs));
		if (what !== '/' && !ours)
			need(`${what}: no frame window (neither mark nor status)`, r.windowFrom !== null);
	}
	for (const [n, c] of Object.entries(raw))
		if (Number(n) === exportSize)
			for (const r of c.im)
				need(
					`${n} IM: export not measured`,
					r.export !== null &&
						finite(r.export.downloadMs) &&
						finite(r.export.bytes) &&
						finite(r.export.nodeShapes)
				);
	return problems;
}
