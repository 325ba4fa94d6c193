import { describe, expect, it } from 'vitest';
import { drawConfidenceMarks } from '$lib/render/canvas/confidence-marks';
import type { ShapePaths } from '$lib/render/canvas/shape-paths';
import { CONFIDENCE_RING, MEMBERSHIP_MARK, nodeConfidenceDash } from '$lib/scene/confidence';
import type { NodeStyle } from '$lib/scene/style';

/** A 2D context that records what is drawn, in order, with the state at the time. */
function recorder() {
	const calls: string[] = [];
	const g = {
		strokeStyle: '',
		fillStyle: '',
		lineWidth: 0,
		dash: [] as number[],
		setLineDash(d: number[]) {
			this.dash = d;
		},
		stroke(path?: unknown) {
			calls.push(
				`stroke ${String(path ?? '')} ${this.strokeStyle} ${this.lineWidth} [${this.dash}]`
			);
		},
		fill() {
			calls.push(`fill ${this.fillStyle}`);
		},
		beginPath() {},
		arc(x: number, y: number, r: number) {
			calls.push(`arc ${r}`);
		}
	};
	return { g: g as unknown as CanvasRenderingContext2D, calls };
}
const shapes = {
	outline: (_s: NodeStyle, grow: number) => `outline+${grow}`
} as unknown as ShapePaths;
const style = (over: Partial<NodeStyle>): NodeStyle => ({
	shape: 'circle',
	fill: '#123456',
	outlineDash: null,
	radius: 8,
	opacity: 1,
	ring: false,
	forceLabel: false,
	emphasised: false,
	...over
});
const colours = { foreground: '#000000', background: '#ffffff' };

describe('confidence marks on a canvas', () => {
	it('rings a reported node in its dash, in the foreground, and leaves the dash off after', () => {
		const { g, calls } = recorder();
		const dash = nodeConfidenceDash({ confidence: 'reported' })!;
		drawConfidenceMarks(g, style({ confidenceDash: dash }), shapes, colours);
		expect(calls).toEqual([
			`stroke outline+${CONFIDENCE_RING.grow} #000000 ${CONFIDENCE_RING.width} [${dash.split(' ').join(',')}]`
		]);
		expect((g as unknown as { dash: number[] }).dash).toEqual([]);
	});

	it('dots an inferred membership in the group colour on the background, and nothing for a stated node', () => {
		const { g, calls } = recorder();
		drawConfidenceMarks(g, style({ membershipMark: true }), shapes, colours);
		expect(calls).toEqual([
			`arc ${MEMBERSHIP_MARK.radius}`,
			'fill #ffffff',
			`stroke  #123456 ${MEMBERSHIP_MARK.width} []`
		]);
		const plain = recorder();
		drawConfidenceMarks(plain.g, style({ confidenceDash: null }), shapes, colours);
		expect(plain.calls).toEqual([]);
	});
});
