import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '$lib/clusters/analysis';
import { assignClusters, type ColourBy } from '$lib/clusters/assign';
import { loadDataset } from '$lib/model';
import { hullPath, type HullCircle } from '$lib/scene/hull';
import { inRing, MAX_CELLS, outlineRings } from '$lib/scene/outline';
import { HULL_PADDING } from '$lib/scene/paint';
import { createStyleContext } from '$lib/scene/style';
import { buildGraphModel } from '$lib/state/graph-model';
import { bundledPage } from '../../../src/routes/bundled.json/bundled-page';
import { flattenPath, insidePath, lcg, type Point } from './path-geometry';

/** Which centres the drawn outline wrongly takes in or leaves out. */
function mistakes(members: HullCircle[], others: HullCircle[], padding = HULL_PADDING) {
	const rings = flattenPath(hullPath(members, padding, others));
	const at = (c: HullCircle): Point => [c.x, c.y];
	return {
		membersOutside: members.filter((c) => !insidePath(at(c), rings)),
		othersInside: others.filter((c) => insidePath(at(c), rings))
	};
}

describe('outlines of the bundled network', () => {
	const raw = JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'));
	const { dataset } = loadDataset(raw, { strict: true, name: 'data/azerbaijan-iran.json' });
	const model = buildGraphModel(dataset);
	// The layout the page is built with, label room and all.
	const positions = bundledPage().layout.positions;
	const analysis = analyse(dataset);
	const modes: ColourBy[] = ['group', 'type', 'community'];
	const cases = modes.flatMap((mode) => {
		const clustering = assignClusters(dataset, model.index, mode, 'light', analysis.communities);
		const ctx = createStyleContext(dataset, model.index, 'light', clustering);
		const circle = (id: string): HullCircle => {
			const i = model.index.indexOf.get(id)!;
			return { x: positions[2 * i]!, y: positions[2 * i + 1]!, r: ctx.radius.get(id)! };
		};
		return clustering.clusters.map((c) => ({
			name: `${mode} ${c.label}`,
			members: c.members.map(circle),
			others: dataset.nodes.filter((n) => clustering.of.get(n.id) !== c.id).map((n) => circle(n.id))
		}));
	});

	it('has the nine groups, nine types and some communities to check', () => {
		expect(cases.filter((c) => c.name.startsWith('group'))).toHaveLength(9);
		expect(cases.filter((c) => c.name.startsWith('type'))).toHaveLength(9);
		expect(cases.filter((c) => c.name.startsWith('community')).length).toBeGreaterThan(1);
	});

	it.each(cases)('$name: every member inside, no other node inside', ({ members, others }) => {
		const { membersOutside, othersInside } = mistakes(members, others);
		expect(membersOutside).toEqual([]);
		expect(othersInside).toEqual([]);
	});
});

describe('outline of random clusters', () => {
	function scatter(seed: number, n: number, spread: number): HullCircle[] {
		const rnd = lcg(seed);
		const out: HullCircle[] = [];
		// Nodes no closer than a layout leaves them: a collision force keeps them apart.
		while (out.length < n) {
			const c = { x: (rnd() - 0.5) * spread, y: (rnd() - 0.5) * spread, r: 5 + rnd() * 10 };
			if (out.every((o) => Math.hypot(o.x - c.x, o.y - c.y) > o.r + c.r + 2)) out.push(c);
		}
		return out;
	}

	it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: members in, the rest out', (seed) => {
		const nodes = scatter(seed, 60, 600);
		const rnd = lcg(seed * 31);
		const share = 0.1 + 0.4 * rnd();
		const member = nodes.map(() => rnd() < share);
		const members = nodes.filter((_, i) => member[i]);
		const others = nodes.filter((_, i) => !member[i]);
		const { membersOutside, othersInside } = mistakes(members, others);
		expect(membersOutside).toEqual([]);
		expect(othersInside).toEqual([]);
	});
});

describe('outlineRings', () => {
	const a = { x: 0, y: 0, r: 8 },
		b = { x: 120, y: 0, r: 8 };

	it('joins two members around a node between them in one piece', () => {
		const between = { x: 60, y: 0, r: 8 };
		const rings = outlineRings([a, b], [between], HULL_PADDING);
		expect(rings).toHaveLength(1);
		// One outer ring with no hole: the corridor went round, not on both sides of it.
		expect(rings[0]).toHaveLength(1);
		const d = hullPath([a, b], HULL_PADDING, [between]);
		const flat = flattenPath(d);
		expect(insidePath([60, 0], flat)).toBe(false);
		expect(insidePath([0, 0], flat) && insidePath([120, 0], flat)).toBe(true);
	});

	it('joins two members with a straight corridor when nothing is in the way', () => {
		const flat = flattenPath(hullPath([a, b], HULL_PADDING, []));
		for (let x = 0; x <= 120; x += 5) expect(insidePath([x, 0], flat), `x=${x}`).toBe(true);
		// A corridor, not the capsule of a convex hull: thinner than the members' disks.
		expect(insidePath([60, 14], flat)).toBe(false);
	});

	it('cuts out a non-member ringed by members, as a hole', () => {
		const ring = Array.from({ length: 8 }, (_, k) => ({
			x: 50 * Math.cos((k * Math.PI) / 4),
			y: 50 * Math.sin((k * Math.PI) / 4),
			r: 8
		}));
		const centre = { x: 0, y: 0, r: 8 };
		const { membersOutside, othersInside } = mistakes(ring, [centre]);
		expect(membersOutside).toEqual([]);
		expect(othersInside).toEqual([]);
	});

	it('keeps a member and a non-member that nearly touch on their own sides', () => {
		const m = { x: 0, y: 0, r: 6 },
			o = { x: 11, y: 0, r: 6 };
		const { membersOutside, othersInside } = mistakes([m, { x: -40, y: 0, r: 6 }], [o]);
		expect(membersOutside).toEqual([]);
		expect(othersInside).toEqual([]);
	});

	it('stays within its grid budget for a huge cluster, and still holds every member', () => {
		const rnd = lcg(99);
		const members = Array.from({ length: 3000 }, () => ({
			x: rnd() * 20000,
			y: rnd() * 20000,
			r: 5
		}));
		const rings = outlineRings(members, [], HULL_PADDING);
		const cells = rings.flat().reduce((s, r) => s + r.length, 0);
		// Each ring vertex lies on a grid edge: far fewer than the grid has.
		expect(cells).toBeLessThan(4 * MAX_CELLS);
		const flat = rings.flat();
		const inside = (p: Point) =>
			flat.reduce((n, ring) => n + (inRing(p[0], p[1], ring) ? 1 : 0), 0) % 2 === 1;
		for (const m of members.slice(0, 200)) expect(inside([m.x, m.y])).toBe(true);
	});

	it('is empty for no members and skips unplaced ones', () => {
		expect(outlineRings([], [a], HULL_PADDING)).toEqual([]);
		expect(hullPath([{ x: NaN, y: 0, r: 5 }], HULL_PADDING, [])).toBe('');
	});
});
