import { ForceLayout } from './force-layout';
import type { LayoutFrame, ToLayout } from './protocol';
import { unpackInput } from './pack';

/** Milliseconds of ticking between two frames sent to the page. */
const SLICE_MS = 12;

export interface HostEnvironment {
	post(frame: LayoutFrame): void;
	/** Runs `fn` soon, after pending messages have been handled (setTimeout in a worker). */
	schedule(fn: () => void): void;
	now(): number;
}

/**
 * The worker's side of the layout: owns a ForceLayout, ticks it in short slices between messages
 * and sends a frame of positions after each slice. Free of worker globals so tests drive it directly.
 */
export class LayoutHost {
	#layout: ForceLayout | null = null;
	#running = false;
	#seen = 0;
	readonly #env: HostEnvironment;

	constructor(env: HostEnvironment) {
		this.#env = env;
	}

	handle(message: ToLayout): void {
		this.#seen++;
		if (message.type === 'init') {
			this.#layout = new ForceLayout(unpackInput(message.input), {
				seed: message.seed,
				settled: message.settled || message.alpha !== undefined,
				labels: message.labels
			});
			for (const i of message.pinned)
				this.#layout.pin(i, this.#layout.positions[2 * i]!, this.#layout.positions[2 * i + 1]!);
			if (message.alpha !== undefined) this.#layout.reheat(message.alpha);
			this.#send();
			this.#wake();
			return;
		}
		const layout = this.#layout;
		if (!layout) return;
		if (message.type === 'pin') layout.pin(message.i, message.x, message.y);
		else if (message.type === 'unpin') layout.unpin(message.i);
		else if (message.type === 'pinMany')
			for (let k = 0; k + 2 < message.pins.length; k += 3)
				layout.pin(message.pins[k]!, message.pins[k + 1]!, message.pins[k + 2]!);
		else if (message.active) layout.reheat(0.3, true);
		else layout.release();
		// A settled layout still answers, so the page learns its message was seen.
		if (layout.settled && !this.#running) this.#send();
		else this.#wake();
	}

	#wake(): void {
		if (this.#running || !this.#layout || this.#layout.settled) return;
		this.#running = true;
		this.#env.schedule(this.#slice);
	}

	#slice = (): void => {
		const layout = this.#layout!;
		const start = this.#env.now();
		do layout.tick(1);
		while (!layout.settled && this.#env.now() - start < SLICE_MS);
		this.#send();
		this.#running = false;
		this.#wake();
	};

	#send(): void {
		const layout = this.#layout!;
		this.#env.post({
			type: 'frame',
			positions: layout.positions.slice(),
			progress: layout.progress,
			settled: layout.settled,
			ticks: layout.ticks,
			seen: this.#seen
		});
	}
}
