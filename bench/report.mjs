// From runs to the report: medians per cell, the budget lines of issue 6 §3 and the Markdown table.
import { median, round } from './stats.mjs';

/**
 * @typedef {import('./measure.mjs').RunResult} RunResult
 * @typedef {{
 *   runs: number, settledRuns: number, settledMs: number | null, firstFrameMs: number | null,
 *   windowFrom: string | null, layoutMedian: number | null, layoutP95: number | null,
 *   panMedian: number | null, panP95: number | null, panCostMedian: number | null,
 *   panCostP95: number | null, longTaskCount: number | null,
 *   longestLongTaskMs: number | null, heapMiB: number | null, jsKiB: number | null,
 *   dataKiB?: number | null,
 *   export: { dialogReadyMs: number | null, downloadMs: number | null, bytes: number | null,
 *     nodeShapes: number | null, holdsEveryNode: boolean } | null
 * }} Cell
 * @typedef {{ skipped: string }} Skipped
 * @typedef {{ status: 'PASS' | 'FAIL' | 'SKIP', text: string, value: string }} Budget
 * @typedef {{ nodes: number, named: number, extra: number, distinctPositions: number, ok: boolean }} NoJs
 */

/** Median over repeats; a run that never settled counts as later than any that did. */
function medianSettle(/** @type {(number | null)[]} */ values) {
	const v = values.map((x) => (x === null ? Infinity : x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = v.length >> 1;
	const m = v.length % 2 ? v[mid] : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
	return m === undefined || !Number.isFinite(m) ? null : round(m);
}

/**
 * Medians over the repeats of one cell (one page at one size).
 * @param {RunResult[]} runs
 * @returns {Cell}
 */
export function summarise(runs) {
	const med = (/** @type {(r: RunResult) => number | null | undefined} */ f) =>
		round(median(runs.map(f)));
	const froms = runs.map((r) => r.windowFrom).filter(Boolean);
	const exports = runs.map((r) => r.export).filter((e) => e !== null);
	return {
		runs: runs.length,
		settledRuns: runs.filter((r) => r.settled).length,
		settledMs: medianSettle(runs.map((r) => r.settledMs)),
		firstFrameMs: med((r) => r.firstFrameMs),
		windowFrom: froms.includes('status') ? 'status' : (froms[0] ?? null),
		layoutMedian: med((r) => r.layoutFrames?.median),
		layoutP95: med((r) => r.layoutFrames?.p95),
		panMedian: med((r) => r.panFrames?.median),
		panP95: med((r) => r.panFrames?.p95),
		panCostMedian: med((r) => r.panCost?.median),
		panCostP95: med((r) => r.panCost?.p95),
		longTaskCount: med((r) => r.longTasks?.count),
		longestLongTaskMs: med((r) => r.longTasks?.longestMs),
		heapMiB: med((r) => r.heapMiB),
		jsKiB: med((r) => r.js?.kib),
		dataKiB: med((r) => r.data?.kib),
		export: exports.length
			? {
					dialogReadyMs: round(median(exports.map((e) => e.dialogReadyMs))),
					downloadMs: round(median(exports.map((e) => e.downloadMs))),
					bytes: median(exports.map((e) => e.bytes)),
					nodeShapes: median(exports.map((e) => e.nodeShapes)),
					holdsEveryNode: exports.every((e) => e.holdsEveryNode)
				}
			: null
	};
}

const nf = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
export const fmt = (/** @type {number | null | undefined} */ v, unit = '') =>
	typeof v === 'number' && Number.isFinite(v) ? `${nf.format(v)}${unit ? ' ' + unit : ''}` : '—';
/**
 * Chromium gives pages a clock coarsened to 0.1 ms, so a frame interval is known to ±0.1 ms: one
 * vsync (16.67 ms) reads as 16.6 or 16.7, five as 83.3 or 83.4. A ratio budget is met when the
 * figures allow it within that error, so one frame against five is one fifth, as it is.
 */
export const CLOCK_MS = 0.1;

const ratio = (
	/** @type {number | null | undefined} */ a,
	/** @type {number | null | undefined} */ b
) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? (a / b).toFixed(2) : '—');

/**
 * @typedef {{ im: Cell, ref: Cell | Skipped }} SizeResult
 * @typedef {{ bundled: Cell | null, noJs: NoJs | null, sizes: Record<string, SizeResult>,
 *   exportSize: number, settleTimeoutMs: number }} Results
 */

const isCell = (/** @type {Cell | Skipped | undefined} */ c) =>
	/** @type {Cell | undefined} */ (c && !('skipped' in c) ? c : undefined);

/**
 * The budget lines of issue 6 §3 and its "done when" comparisons, each PASS, FAIL or SKIP (size not
 * run). A figure that is missing fails its line: a budget is met only by a measurement.
 * @param {Results} results
 * @returns {Budget[]}
 */
export function budgets(results) {
	/** @type {Budget[]} */
	const out = [];
	const timeout = `not settled within ${Math.round(results.settleTimeoutMs / 1000)} s`;
	/**
	 * @param {string} text
	 * @param {boolean | null} pass null: not run
	 * @param {string} value
	 */
	const line = (text, pass, value) =>
		out.push({ status: pass === null ? 'SKIP' : pass ? 'PASS' : 'FAIL', text, value });
	/** value ≤ limit */
	const atMost = (
		/** @type {string} */ text,
		/** @type {number | null | undefined} */ value,
		/** @type {number} */ limit,
		/** @type {string} */ unit,
		missing = 'not measured'
	) =>
		line(
			text,
			typeof value === 'number' ? value <= limit : false,
			typeof value === 'number' ? fmt(value, unit) : missing
		);

	/** Why a figure is missing: panning and the export wait for a settled picture. */
	const unmeasured = (/** @type {Cell} */ c, afterSettling = true) =>
		afterSettling && c.settledRuns === 0 ? 'not measured: the page did not settle' : 'not measured';

	const b = results.bundled;
	if (!b) line('First page JavaScript for / ≤ 90 KiB (gzip -9, until settled)', null, 'not run');
	else atMost('First page JavaScript for / ≤ 90 KiB (gzip -9, until settled)', b.jsKiB, 90, 'KiB');
	const nj = results.noJs;
	line(
		'With JavaScript off, / shows the bundled network: every node a shape named by its label',
		nj ? nj.ok : null,
		nj
			? `${nj.named} of ${nj.nodes} nodes named${nj.extra ? `, ${nj.extra} extra` : ''}, ${nj.distinctPositions} distinct positions`
			: 'not run'
	);

	const size = (/** @type {number} */ n) => results.sizes[String(n)];
	const p95Note = (/** @type {Cell} */ c) =>
		c.windowFrom === 'status' ? ' (window from the status: no im:first-frame mark)' : '';
	const frameLine = (
		/** @type {string} */ text,
		/** @type {Cell | undefined} */ c,
		/** @type {'layoutP95' | 'panP95'} */ key,
		/** @type {number} */ limit
	) => {
		if (!c) return line(text, null, 'size not run');
		const v = c[key];
		line(
			text,
			typeof v === 'number' ? v <= limit : false,
			typeof v === 'number'
				? fmt(v, 'ms') + (key === 'layoutP95' ? p95Note(c) : '')
				: unmeasured(c, key === 'panP95')
		);
	};
	const fifth = (
		/** @type {string} */ text,
		/** @type {SizeResult | undefined} */ s,
		/** @type {'layoutP95' | 'panP95' | 'panCostP95'} */ key,
		also = ''
	) => {
		const ref = isCell(s?.ref);
		if (!s) return line(text, null, 'size not run');
		const v = s.im[key],
			r = ref?.[key];
		const after = key !== 'layoutP95';
		// Intervals are read off a 0.1 ms clock; the trace's CPU times are in microseconds.
		const clock = key === 'panCostP95' ? 0 : CLOCK_MS;
		line(
			text,
			typeof v === 'number' && typeof r === 'number' ? v - clock <= (r + clock) / 5 : false,
			(typeof v === 'number' && typeof r === 'number'
				? `${fmt(v, 'ms')} vs reference ${fmt(r, 'ms')} (ratio ${ratio(v, r)})`
				: `${typeof v === 'number' ? fmt(v, 'ms') : unmeasured(s.im, after)} vs reference ${typeof r === 'number' ? fmt(r, 'ms') : ref ? unmeasured(ref, after) : 'not run'}`) +
				also
		);
	};
	const settleLine = (
		/** @type {string} */ text,
		/** @type {Cell | undefined} */ c,
		/** @type {number} */ limit
	) => {
		if (!c) return line(text, null, 'size not run');
		atMost(text, c.settledMs, limit, 'ms', timeout);
	};
	const longLine = (
		/** @type {string} */ text,
		/** @type {Cell | undefined} */ c,
		/** @type {number} */ limit
	) => {
		if (!c) return line(text, null, 'size not run');
		const v = c.longestLongTaskMs;
		line(
			text,
			typeof v === 'number' ? v <= limit : false,
			typeof v === 'number'
				? fmt(v, 'ms') + (c.settledRuns === 0 ? ' (to the timeout: never settled)' : '')
				: 'not measured'
		);
	};

	frameLine('1,000 nodes: frame p95 while laying out ≤ 20 ms', size(1000)?.im, 'layoutP95', 20);
	frameLine('1,000 nodes: frame p95 while panning ≤ 20 ms', size(1000)?.im, 'panP95', 20);
	frameLine('5,000 nodes: frame p95 while laying out ≤ 40 ms', size(5000)?.im, 'layoutP95', 40);
	fifth(
		'5,000 nodes: frame p95 while laying out ≤ 1/5 of the reference’s',
		size(5000),
		'layoutP95'
	);
	frameLine('5,000 nodes: frame p95 while panning ≤ 40 ms', size(5000)?.im, 'panP95', 40);
	// A frame interval cannot go below one vsync (16.7 ms), so once the reference pans in fewer than
	// five vsyncs the interval ratio cannot reach 1/5 whatever a frame costs. The ratio is therefore
	// taken on the CPU each panning frame costs (traced, both pages alike); the intervals are shown too.
	const s5 = size(5000),
		refPan = isCell(s5?.ref)?.panP95;
	fifth(
		'5,000 nodes: frame p95 while panning ≤ 1/5 of the reference’s (CPU per frame)',
		s5,
		'panCostP95',
		s5 && typeof s5.im.panP95 === 'number' && typeof refPan === 'number'
			? `; intervals ${fmt(s5.im.panP95, 'ms')} vs ${fmt(refPan, 'ms')} (ratio ${ratio(s5.im.panP95, refPan)})`
			: ''
	);
	longLine('5,000 nodes: longest long task ≤ 100 ms', size(5000)?.im, 100);
	settleLine('5,000 nodes: settled within 10 s', size(5000)?.im, 10_000);
	frameLine('20,000 nodes: frame p95 while laying out ≤ 70 ms', size(20000)?.im, 'layoutP95', 70);
	longLine('20,000 nodes: longest long task ≤ 250 ms', size(20000)?.im, 250);
	settleLine('20,000 nodes: settled within 45 s', size(20000)?.im, 45_000);

	const ex = size(5000)?.im.export;
	const exportRun = results.exportSize === 5000 && size(5000) ? true : null;
	const exText = 'Export of 5,000 nodes:';
	if (!exportRun) {
		line(`${exText} click on "Download SVG" to saved file ≤ 2 s`, null, 'size not run');
		line(`${exText} file ≤ 3,000,000 bytes`, null, 'size not run');
		line(`${exText} the file holds every node`, null, 'size not run');
	} else {
		const im = /** @type {SizeResult} */ (size(5000)).im;
		const why =
			im.settledRuns === 0 ? 'not measured: the page did not settle' : 'the export failed';
		atMost(
			`${exText} click on "Download SVG" to saved file ≤ 2 s`,
			ex?.downloadMs,
			2000,
			'ms',
			why
		);
		atMost(`${exText} file ≤ 3,000,000 bytes`, ex?.bytes, 3_000_000, 'bytes', why);
		line(
			`${exText} the file holds every node`,
			ex ? ex.holdsEveryNode : false,
			ex ? `${fmt(ex.nodeShapes)} node shapes of 5,000` : why
		);
	}

	for (const n of [1000, 5000]) {
		const s = size(n);
		const label = `Done when, ${fmt(n)} nodes: Influence Map`;
		const ref = isCell(s?.ref);
		if (!s || !ref) {
			line(`${label} has a lower frame p95 than the reference`, null, 'size not run');
			line(`${label} settles earlier than the reference`, null, 'size not run');
			continue;
		}
		const a = s.im.layoutP95,
			r = ref.layoutP95;
		line(
			`${label} has a lower frame p95 than the reference`,
			typeof a === 'number' && typeof r === 'number' ? a < r : false,
			`${fmt(a, 'ms')} vs ${fmt(r, 'ms')}`
		);
		const si = s.im.settledMs,
			sr = ref.settledMs;
		line(
			`${label} settles earlier than the reference`,
			si !== null && (sr === null || si < sr),
			`${si === null ? timeout : fmt(si, 'ms')} vs ${sr === null ? timeout : fmt(sr, 'ms')}`
		);
	}
	return out;
}

/** Table rows: label, how to read a cell, unit. */
const ROWS = /** @type {const} */ ([
	['First drawn frame', 'firstFrameMs', 'ms'],
	['Frame interval while laying out, median', 'layoutMedian', 'ms'],
	['Frame interval while laying out, p95', 'layoutP95', 'ms'],
	['Settled', 'settledMs', 'ms'],
	['Long tasks until settled', 'longTaskCount', ''],
	['Longest long task', 'longestLongTaskMs', 'ms'],
	['Frame interval while panning, median', 'panMedian', 'ms'],
	['Frame interval while panning, p95', 'panP95', 'ms'],
	['CPU per frame while panning, median', 'panCostMedian', 'ms'],
	['CPU per frame while panning, p95', 'panCostP95', 'ms'],
	['JS heap after settling', 'heapMiB', 'MiB'],
	['Page JavaScript, gzip -9', 'jsKiB', 'KiB']
]);

/** A cell's figure for the table, saying why one is missing. */
function cellText(
	/** @type {Cell} */ c,
	/** @type {(typeof ROWS)[number][1]} */ key,
	/** @type {string} */ unit,
	timeoutS = 60
) {
	const v = c[key];
	if (key === 'settledMs' && v === null)
		return `not settled (${c.runs - c.settledRuns} of ${c.runs} runs > ${timeoutS} s)`;
	if (key === 'settledMs' && c.settledRuns < c.runs)
		return `${fmt(v, unit)} (${c.runs - c.settledRuns} of ${c.runs} runs did not settle)`;
	if (key === 'firstFrameMs' && v === null) return '— (no mark)';
	if ((key === 'longTaskCount' || key === 'longestLongTaskMs') && c.settledRuns === 0)
		return `${fmt(v, unit)} (to the timeout)`;
	if (key === 'layoutMedian' || key === 'layoutP95')
		return v === null ? '—' : fmt(v, unit) + (c.windowFrom === 'status' ? ' †' : '');
	return fmt(v, unit);
}

/**
 * The report in Markdown: one table per size (Influence Map, reference, ratio), the bundled page,
 * the export, the budget lines and notes.
 * @param {Results} results
 * @param {Budget[]} lines
 * @param {{ title: string, machine: string[], notes: string[], repeat: number }} meta
 */
export function markdown(results, lines, meta) {
	const out = [`# ${meta.title}`, '', ...meta.machine.map((m) => `- ${m}`), ''];
	const timeoutS = Math.round(results.settleTimeoutMs / 1000);
	for (const [n, s] of Object.entries(results.sizes)) {
		const ref = isCell(s.ref);
		out.push(
			`## ${fmt(Number(n))} nodes (median of ${meta.repeat} run${meta.repeat === 1 ? '' : 's'})`,
			'',
			'| | Influence Map | Reference (d3, SVG) | IM / ref |',
			'| --- | --- | --- | --- |'
		);
		for (const [label, key, unit] of ROWS) {
			const im = cellText(s.im, key, unit, timeoutS);
			const r = ref
				? cellText(ref, key, unit, timeoutS)
				: `skipped: ${/** @type {Skipped} */ (s.ref).skipped}`;
			out.push(`| ${label} | ${im} | ${r} | ${ref ? ratio(s.im[key], ref[key]) : '—'} |`);
		}
		const ex = s.im.export;
		if (ex) {
			out.push(
				`| Export: dialog open to "Download SVG" ready | ${fmt(ex.dialogReadyMs, 'ms')} | — | — |`,
				`| Export: click on "Download SVG" to saved file | ${fmt(ex.downloadMs, 'ms')} | — | — |`,
				`| Export: SVG file size | ${fmt(ex.bytes, 'bytes')} | — | — |`,
				`| Export: node shapes in the file | ${fmt(ex.nodeShapes)} of ${fmt(Number(n))} | — | — |`
			);
		}
		out.push('');
	}
	if (results.bundled) {
		const b = results.bundled;
		out.push(
			`## The bundled network at / (median of ${b.runs} run${b.runs === 1 ? '' : 's'})`,
			'',
			'| | Influence Map |',
			'| --- | --- |'
		);
		for (const [label, key, unit] of ROWS)
			out.push(`| ${label} | ${cellText(b, key, unit, timeoutS)} |`);
		// Not a budget: shown so that data moved out of the JavaScript is still counted somewhere.
		out.push(
			`| First page data (JSON blocks and fetched .json), gzip -9 | ${fmt(b.dataKiB, 'KiB')} |`
		);
		out.push('');
	}
	const pass = lines.filter((l) => l.status === 'PASS').length;
	const fail = lines.filter((l) => l.status === 'FAIL').length;
	const skip = lines.filter((l) => l.status === 'SKIP').length;
	out.push(`## Budgets: ${pass} pass, ${fail} fail, ${skip} not run`, '');
	for (const l of lines) out.push(`- **${l.status}** ${l.text}: ${l.value}`);
	out.push('', '## Notes', '', ...meta.notes.map((n) => `- ${n}`), '');
	return out.join('\n');
}
