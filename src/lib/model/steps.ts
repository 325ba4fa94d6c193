/**
 * Work over a large network written once as a generator that yields now and then, and run either
 * at once or in slices: a 100,000-node file is indexed without holding the page for a second.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many items a loop handles between yields: small enough to slice finely, cheap to check. */
export const STEP = 2048;

/** Runs every step now. */
export function runAll<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** Lets the page draw and handle input before the work goes on. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs the steps in slices of about `sliceMs`, handing the thread back between slices, so no
 * slice is a long task; `pause` is the hand-back (a fresh task in the page, anything in tests).
 */
export async function runSliced<T>(
	steps: Steps<T>,
	sliceMs = 30,
	pause: () => Promise<void> = nextTask,
	now: () => number = () => performance.now()
): Promise<T> {
	let start = now();
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (now() - start >= sliceMs) {
			await pause();
			start = now();
		}
	}
}
