/// <reference lib="webworker" />
import { LayoutHost } from './layout-host';
import type { ToLayout } from './protocol';

// The force simulation runs here, so the page's main thread only draws.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = new LayoutHost({
	post: (frame) => scope.postMessage(frame, [frame.positions.buffer]),
	schedule: (fn) => setTimeout(fn, 0),
	now: () => performance.now()
});
scope.onmessage = (event: MessageEvent<ToLayout>) => host.handle(event.data);
