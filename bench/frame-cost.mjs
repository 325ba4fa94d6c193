// What a frame costs to make, not how often the display takes one. Frame intervals in headless
// Chromium are whole vsyncs (16.7 ms at 60 Hz) and no switch lifts that cap here (see
// docs/performance.md), so a page that makes its frames in 2 ms and one that makes them in 15 ms
// both read 16.7. This reads a Chromium trace of the same window instead: the CPU time the page's
// renderer (main thread, compositor thread, raster workers) and the display compositor spent, frame
// by frame. The same method for every page measured.
import { median, percentile } from './stats.mjs';

/** Trace categories that carry every thread's top-level tasks and each main-frame start. */
export const FRAME_COST_CATEGORIES = ['toplevel', 'cc', 'benchmark', 'devtools.timeline', 'viz'];

/** Where a main frame begins on the renderer's main thread. */
const FRAME_START = 'ProxyMain::BeginMainFrame';
/** The display compositor's thread (software compositing draws there). */
const DISPLAY_THREAD = 'VizCompositorThread';

/**
 * @typedef {{ ph: string, name: string, pid: number, tid: number, ts: number, dur?: number,
 *   tdur?: number, args?: { name?: string } }} TraceEvent
 * @typedef {{ frames: number, median: number, p95: number, mean: number, max: number }} FrameCost
 */

/**
 * Each thread's top-level slices (complete events not inside another on the same thread): its
 * tasks. CPU time (`tdur`) where the trace has it, else wall time.
 * @param {TraceEvent[]} events
 * @returns {Map<string, { ts: number, cpu: number }[]>} by "pid:tid", in time order
 */
export function topLevelTasks(events) {
	/** @type {Map<string, TraceEvent[]>} */
	const byThread = new Map();
	for (const e of events) {
		if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
		const key = `${e.pid}:${e.tid}`;
		const list = byThread.get(key);
		if (list) list.push(e);
		else byThread.set(key, [e]);
	}
	/** @type {Map<string, { ts: number, cpu: number }[]>} */
	const out = new Map();
	for (const [key, list] of byThread) {
		// Outer slices first where two start together.
		list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
		let end = -Infinity;
		const tasks = [];
		for (const e of list) {
			if (e.ts < end) continue;
			end = e.ts + (e.dur ?? 0);
			tasks.push({ ts: e.ts, cpu: typeof e.tdur === 'number' ? e.tdur : (e.dur ?? 0) });
		}
		out.set(key, tasks);
	}
	return out;
}

/**
 * CPU time per main frame in a trace of one page: the frames are the intervals between the starts
 * of consecutive main frames on the page's renderer main thread (the renderer process with the
 * most of them); each frame is charged with every task that began in its interval on that
 * process's threads and on the display compositor's thread. Milliseconds; null without two frames.
 * @param {TraceEvent[]} events
 * @returns {FrameCost | null}
 */
export function frameCosts(events) {
	/** @type {Map<string, string>} "pid:tid" → thread name */
	const names = new Map();
	for (const e of events)
		if (e.ph === 'M' && e.name === 'thread_name')
			names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	/** @type {Map<number, number[]>} */
	const startsByPid = new Map();
	for (const e of events)
		if (
			e.ph === 'X' &&
			e.name === FRAME_START &&
			names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain'
		) {
			const list = startsByPid.get(e.pid);
			if (list) list.push(e.ts);
			else startsByPid.set(e.pid, [e.ts]);
		}
	const [pid, starts] = [...startsByPid].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
	if (pid === undefined || !starts || starts.length < 2) return null;
	starts.sort((a, b) => a - b);
	const perFrame = new Array(starts.length - 1).fill(0);
	for (const [key, tasks] of topLevelTasks(events)) {
		const renderer = key.startsWith(`${pid}:`);
		if (!renderer && names.get(key) !== DISPLAY_THREAD) continue;
		for (const task of tasks) {
			// The frame whose interval holds the task's start: binary search.
			let lo = 0,
				hi = starts.length - 1;
			const at = (/** @type {number} */ k) => /** @type {number} */ (starts[k]);
			if (task.ts < at(0) || task.ts >= at(hi)) continue;
			while (hi - lo > 1) {
				const mid = (lo + hi) >> 1;
				if (at(mid) <= task.ts) lo = mid;
				else hi = mid;
			}
			perFrame[lo] += task.cpu / 1000;
		}
	}
	return {
		frames: perFrame.length,
		median: /** @type {number} */ (median(perFrame)),
		p95: /** @type {number} */ (percentile(perFrame, 95)),
		mean: perFrame.reduce((s, v) => s + v, 0) / perFrame.length,
		max: Math.max(...perFrame)
	};
}

/**
 * Starts a trace of the page's browser, for `frameCosts` once stopped.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<() => Promise<TraceEvent[]>>} stops the trace and hands its events over
 */
export async function startFrameTrace(page) {
	const cdp = await page.context().browser()?.newBrowserCDPSession();
	if (!cdp) throw new Error('no browser CDP session: not Chromium?');
	/** @type {TraceEvent[]} */
	const events = [];
	cdp.on('Tracing.dataCollected', (e) =>
		events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (e.value)))
	);
	await cdp.send('Tracing.start', {
		traceConfig: {
			includedCategories: FRAME_COST_CATEGORIES,
			recordMode: 'recordAsMuchAsPossible'
		},
		transferMode: 'ReportEvents'
	});
	return async () => {
		const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
		await cdp.send('Tracing.end');
		await complete;
		await cdp.detach();
		return events;
	};
}
