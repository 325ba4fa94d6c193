import { describe, expect, it } from 'vitest';
import { ForceLayout, staticLayout } from '$lib/layout/force-layout';
import type { LayoutInput } from '$lib/layout/input';
import { LABEL_ROOM_MAX, type LabelRoom } from '$lib/layout/label-room';

/** A hub with `n` leaves, each node drawn at radius 8. */
function star(n: number): LayoutInput {
	return {
		radii: new Float64Array(n + 1).fill(8),
		links: Array.from({ length: n }, (_, k) => ({ source: 0, target: k + 1 }))
	};
}

/** Each node's box with its label under it, as the label-room force sees it. */
function boxes(p: Float64Array, input: LayoutInput, room: LabelRoom) {
	return Array.from({ length: input.radii.length }, (_, i) => {
		const x = p[2 * i]!,
			y = p[2 * i + 1]!,
			r = input.radii[i]!;
		const hw = Math.max(r, room.halfWidth[i]!);
		return [x - hw, y - r, x + hw, y + r + room.below] as const;
	});
}

/** The summed area where two boxes overlap, over every pair. */
function overlapArea(b: ReturnType<typeof boxes>): number {
	let area = 0;
	for (let i = 0; i < b.length; i++)
		for (let j = i + 1; j < b.length; j++) {
			const w = Math.min(b[i]![2], b[j]![2]) - Math.max(b[i]![0], b[j]![0]);
			const h = Math.min(b[i]![3], b[j]![3]) - Math.max(b[i]![1], b[j]![1]);
			if (w > 0 && h > 0) area += w * h;
		}
	return area;
}

describe('label room (a label-aware pass after the layout settles)', () => {
	const input = star(8);
	// Labels about 160 units wide and 20 tall: far wider than the links are long.
	const room: LabelRoom = { halfWidth: new Float64Array(9).fill(80), below: 20 };

	it('pulls wide labels apart while the star keeps its hub in the middle', () => {
		const plain = staticLayout(input, { seed: 1 });
		const roomy = staticLayout(input, { seed: 1, labels: room });
		const before = overlapArea(boxes(plain, input, room));
		const after = overlapArea(boxes(roomy, input, room));
		expect(before).toBeGreaterThan(5000);
		expect(after).toBeLessThan(before / 100);
		// Still a star: the hub is nearer the leaves' centre than any leaf is.
		const cx = (p: Float64Array) => Array.from({ length: 8 }, (_, k) => p[2 * k + 2]!);
		const cy = (p: Float64Array) => Array.from({ length: 8 }, (_, k) => p[2 * k + 3]!);
		const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
		const [mx, my] = [mean(cx(roomy)), mean(cy(roomy))];
		const hub = Math.hypot(roomy[0]! - mx, roomy[1]! - my);
		for (let k = 0; k < 8; k++)
			expect(hub).toBeLessThan(Math.hypot(cx(roomy)[k]! - mx, cy(roomy)[k]! - my));
	});

	it('is deterministic, however the ticks are split across frames', () => {
		const a = staticLayout(input, { seed: 1, labels: room });
		expect(Array.from(staticLayout(input, { seed: 1, labels: room }))).toEqual(Array.from(a));
		const frames = new ForceLayout(input, { seed: 1, labels: room });
		while (!frames.settled) frames.tick(7);
		expect(Array.from(frames.positions)).toEqual(Array.from(a));
	});

	it('leaves a picture that starts settled where it is', () => {
		const plain = staticLayout(input, { seed: 1 });
		const initial = Array.from({ length: 9 }, (_, i) => ({
			x: plain[2 * i]!,
			y: plain[2 * i + 1]!
		}));
		const cold = new ForceLayout({ ...input, initial }, { seed: 1, settled: true, labels: room });
		cold.tick(50);
		expect(Array.from(cold.positions)).toEqual(Array.from(plain));
	});

	it('leaves a network past LABEL_ROOM_MAX nodes as the plain layout has it', () => {
		const big = star(LABEL_ROOM_MAX);
		const wide: LabelRoom = {
			halfWidth: new Float64Array(LABEL_ROOM_MAX + 1).fill(80),
			below: 20
		};
		expect(Array.from(staticLayout(big, { seed: 1, labels: wide }))).toEqual(
			Array.from(staticLayout(big, { seed: 1 }))
		);
	});
});
