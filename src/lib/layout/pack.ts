import type { LayoutInput } from './input';
import type { PackedLayoutInput } from './protocol';

export function unpackInput(p: PackedLayoutInput): LayoutInput {
	const links = [];
	for (let j = 0; j < p.links.length / 2; j++)
		links.push({ source: p.links[2 * j]!, target: p.links[2 * j + 1]!, weight: p.weights[j]! });
	const initial = Array.from(p.radii, (_, i) => {
		const x = p.initial[2 * i]!,
			y = p.initial[2 * i + 1]!;
		return Number.isNaN(x) || Number.isNaN(y) ? undefined : { x, y };
	});
	return { radii: p.radii, links, initial };
}

export function packInput(input: LayoutInput): PackedLayoutInput {
	const n = input.radii.length;
	const links = new Uint32Array(input.links.length * 2);
	const weights = new Float64Array(input.links.length);
	input.links.forEach((l, j) => {
		links[2 * j] = l.source;
		links[2 * j + 1] = l.target;
		weights[j] = l.weight ?? 1;
	});
	const initial = new Float64Array(n * 2).fill(NaN);
	input.initial?.forEach((p, i) => {
		if (!p) return;
		initial[2 * i] = p.x;
		initial[2 * i + 1] = p.y;
	});
	return { radii: Float64Array.from(input.radii), links, weights, initial };
}
