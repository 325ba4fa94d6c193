import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Force,
	type Simulation,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3-force';
import { seededRandom } from '../model/random';
import type { LayoutInput } from './input';
import { forceLabelRoom, LABEL_ROOM_MAX, type LabelRoom } from './label-room';
import { startPositions } from './start';

export interface LayoutOptions {
	seed?: number;
	/** Start cold: the positions given are the picture (a file saved with its layout). */
	settled?: boolean;
	/**
	 * Once first settled, make room for labels (label-room.ts) and settle again: the bundled
	 * network's layout, at build time and on "Reset layout". Not for a layout that starts settled
	 * (nor a relax), nor past LABEL_ROOM_MAX nodes.
	 */
	labels?: LabelRoom;
}

type SimNode = SimulationNodeDatum & { r: number };
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

const ALPHA_MIN = 0.001;
/** Networks past this size trade a little precision for speed: cheaper forces, fewer ticks. */
const LARGE = 1000;
const HUGE = 10_000;
/** How warm the label-room pass starts, and what share of an overlap it removes per tick. */
const LABEL_ROOM_ALPHA = 0.3;
const LABEL_ROOM_STRENGTH = 1;
/** A large network checks overlaps only below this alpha. */
const COLLIDE_BELOW = 0.05;

/** A force that acts only once the simulation has cooled below `alpha`. */
function whenCool<N extends SimulationNodeDatum>(force: Force<N, undefined>, below: number) {
	const cool = (alpha: number) => {
		if (alpha < below) force(alpha);
	};
	cool.initialize = (nodes: N[], random: () => number) => force.initialize?.(nodes, random);
	return cool;
}

/**
 * A seeded d3-force layout over node indices. It owns copies of the nodes (d3 mutates what it is
 * given) and exposes positions as one typed array, [x0, y0, x1, y1, …], so a renderer, a worker or an
 * exporter can read them without touching simulation objects. It never runs on a timer of its own:
 * callers tick it, which keeps it deterministic and lets the caller choose the pace.
 */
export class ForceLayout {
	readonly size: number;
	readonly positions: Float64Array;
	readonly #sim: Simulation<SimNode, SimLink>;
	readonly #nodes: SimNode[];
	#ticks = 0;
	/** The label room still to be made once the layout first settles. */
	#labels: LabelRoom | null;

	constructor(input: LayoutInput, options: LayoutOptions = {}) {
		this.size = input.radii.length;
		const start = startPositions(input);
		this.#nodes = Array.from({ length: this.size }, (_, i) => ({
			index: i,
			r: input.radii[i] ?? 8,
			x: start[2 * i]!,
			y: start[2 * i + 1]!
		}));
		const large = this.size > LARGE;
		const links: SimLink[] = input.links.map((l) => ({
			source: l.source,
			target: l.target,
			weight: l.weight ?? 1
		}));
		this.#sim = forceSimulation<SimNode, SimLink>(this.#nodes)
			.randomSource(seededRandom(options.seed ?? 1))
			.alphaMin(ALPHA_MIN)
			// About 300 ticks to settle, or 150 for a large network.
			.alphaDecay(1 - Math.pow(ALPHA_MIN, 1 / (large ? 150 : 300)))
			.force(
				'link',
				// d3's default strength, 1 / the smaller degree of the two ends, lets hubs pull less on
				// each neighbour, so stars spread instead of collapsing.
				forceLink<SimNode, SimLink>(links).distance(
					(l) => 50 + (l.source as SimNode).r + (l.target as SimNode).r
				)
			)
			.force(
				'charge',
				// distanceMax keeps a small network's loose parts near; on a large one it costs more
				// than the whole force (d3 then opens far cells instead of approximating them).
				large
					? forceManyBody<SimNode>().strength(-320).theta(1.2)
					: forceManyBody<SimNode>().strength(-320).distanceMax(700)
			)
			// Past HUGE nodes the overlap check costs more than a few overlaps at that scale.
			.force(
				'collide',
				this.size > HUGE
					? null
					: large
						? // A large network's overlaps are only worth removing once it has spread out: the
							// first 40 % of its ticks go without the check, a sixth less work in all.
							whenCool(forceCollide<SimNode>((n) => n.r + 12).iterations(1), COLLIDE_BELOW)
						: forceCollide<SimNode>((n) => n.r + 12).iterations(2)
			)
			// Weak centring forces instead of forceCenter keep disconnected parts on screen.
			.force('x', forceX<SimNode>(0).strength(0.05))
			.force('y', forceY<SimNode>(0).strength(0.05))
			.stop();
		if (options.settled) this.#sim.alpha(0);
		this.#labels = options.settled || this.size > LABEL_ROOM_MAX ? null : (options.labels ?? null);
		this.positions = new Float64Array(this.size * 2);
		this.#copy();
	}

	get alpha(): number {
		return this.#sim.alpha();
	}

	get ticks(): number {
		return this.#ticks;
	}

	/** True once the simulation has cooled below its minimum and nobody is dragging. */
	get settled(): boolean {
		return this.#cool && !this.#labels;
	}

	/** The simulation has cooled (it may still have label room to make). */
	get #cool(): boolean {
		return this.#sim.alpha() < ALPHA_MIN && this.#sim.alphaTarget() < ALPHA_MIN;
	}

	/** 0 when the layout starts, 1 when it has settled; follows alpha's geometric decay. */
	get progress(): number {
		if (this.settled) return 1;
		const a = Math.max(this.#sim.alpha(), ALPHA_MIN);
		return Math.min(0.99, Math.max(0, Math.log(a) / Math.log(ALPHA_MIN)));
	}

	/** Advances the simulation by up to `n` ticks, stopping early once it has settled. */
	tick(n = 1): void {
		for (let i = 0; i < n; i++) {
			if (this.#cool) {
				if (!this.#labels) break;
				// Settled once: now the label room, on the same ticks however they are split.
				this.#makeLabelRoom(this.#labels);
				this.#labels = null;
			}
			this.#sim.tick();
			this.#ticks++;
		}
		this.#copy();
	}

	/** Ticks until settled (or `maxTicks`), for static layouts and tests. */
	settle(maxTicks = 1000): void {
		this.tick(maxTicks);
	}

	isPinned(i: number): boolean {
		const n = this.#nodes[i];
		return n !== undefined && n.fx != null;
	}

	/** Fixes node `i` at (x, y); it stays there until unpinned. */
	pin(i: number, x: number, y: number): void {
		const n = this.#nodes[i];
		if (!n) return;
		n.fx = n.x = x;
		n.fy = n.y = y;
		this.positions[2 * i] = x;
		this.positions[2 * i + 1] = y;
	}

	unpin(i: number): void {
		const n = this.#nodes[i];
		if (!n) return;
		n.fx = null;
		n.fy = null;
		this.reheat(0.3);
	}

	/** Wakes the simulation, e.g. after a pin moved; `hold` keeps it warm while a drag lasts. */
	reheat(alpha = 0.3, hold = false): void {
		this.#sim.alpha(Math.max(this.#sim.alpha(), alpha));
		this.#sim.alphaTarget(hold ? alpha : 0);
	}

	/** Adds the label-room force and wakes the simulation: links, charge and collisions keep the shape. */
	#makeLabelRoom(room: LabelRoom): void {
		this.#sim.force('labels', forceLabelRoom(room, LABEL_ROOM_STRENGTH));
		this.reheat(LABEL_ROOM_ALPHA);
	}

	/** Lets a held simulation cool down again (the end of a drag). */
	release(): void {
		this.#sim.alphaTarget(0);
	}

	#copy(): void {
		const p = this.positions;
		this.#nodes.forEach((n, i) => {
			p[2 * i] = n.x ?? 0;
			p[2 * i + 1] = n.y ?? 0;
		});
	}
}

/** Lays a graph out to the end, synchronously. */
export function staticLayout(input: LayoutInput, options: LayoutOptions = {}): Float64Array {
	const layout = new ForceLayout(input, options);
	layout.settle();
	return layout.positions;
}
