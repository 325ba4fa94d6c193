import { describe, expect, it } from 'vitest';
import { frameCosts, topLevelTasks } from './frame-cost.mjs';

/** A complete trace event; times in microseconds, as Chromium writes them. */
const slice = (pid: number, tid: number, name: string, ts: number, dur: number, tdur?: number) => ({
	ph: 'X',
	name,
	pid,
	tid,
	ts,
	dur,
	...(tdur === undefined ? {} : { tdur })
});
const thread = (pid: number, tid: number, name: string) => ({
	ph: 'M',
	name: 'thread_name',
	pid,
	tid,
	ts: 0,
	args: { name }
});

describe('bench/frame-cost.mjs', () => {
	it('takes each thread’s outermost slices only, with their CPU time where the trace has it', () => {
		const tasks = topLevelTasks([
			slice(1, 1, 'RunTask', 0, 10_000, 4_000),
			slice(1, 1, 'Paint', 2_000, 3_000, 3_000), // inside the first: not counted again
			slice(1, 1, 'RunTask', 20_000, 5_000), // no CPU time: its wall time
			slice(1, 2, 'RunTask', 1_000, 2_000, 2_000)
		]);
		expect(tasks.get('1:1')).toEqual([
			{ ts: 0, cpu: 4_000 },
			{ ts: 20_000, cpu: 5_000 }
		]);
		expect(tasks.get('1:2')).toEqual([{ ts: 1_000, cpu: 2_000 }]);
	});

	it('charges each main frame with the renderer’s and the display compositor’s work, not other processes’', () => {
		const events = [
			thread(10, 1, 'CrRendererMain'),
			thread(10, 2, 'ThreadPoolForegroundWorker'),
			thread(20, 1, 'VizCompositorThread'),
			thread(30, 1, 'CrBrowserMain'),
			thread(40, 1, 'CrRendererMain'), // another page's renderer, with one frame only
			// Three frames start at 0, 16.7 and 33.4 ms, a fourth at 50.1 closes the third.
			...[0, 16_700, 33_400, 50_100].map((ts) =>
				slice(10, 1, 'ProxyMain::BeginMainFrame', ts, 2_000, 2_000)
			),
			slice(40, 1, 'ProxyMain::BeginMainFrame', 1_000, 9_000, 9_000),
			slice(10, 2, 'RasterTask', 3_000, 12_000, 12_000), // frame 1
			slice(20, 1, 'DrawAndSwap', 17_000, 1_000, 1_000), // frame 2
			slice(30, 1, 'RunTask', 18_000, 5_000, 5_000), // the browser's: left out
			slice(10, 2, 'RasterTask', 60_000, 5_000, 5_000) // after the last frame start: left out
		];
		const cost = frameCosts(events);
		expect(cost).toMatchObject({ frames: 3, max: 14 });
		// Per frame: 2 + 12, 2 + 1, 2 ms.
		expect(cost?.median).toBeCloseTo(3);
		expect(cost?.mean).toBeCloseTo(19 / 3);
		expect(cost?.p95).toBeCloseTo(14);
	});

	it('has no figure without two main frames', () => {
		expect(frameCosts([])).toBeNull();
		expect(
			frameCosts([
				thread(10, 1, 'CrRendererMain'),
				slice(10, 1, 'ProxyMain::BeginMainFrame', 0, 1_000, 1_000)
			])
		).toBeNull();
	});
});
