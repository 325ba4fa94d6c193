import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignClusters } from '$lib/clusters/assign';
import { NO_EMPHASIS } from '$lib/clusters/emphasis';
import { loadDataset } from '$lib/model';
import {
	CONFIDENCE_DASH,
	confidenceDash,
	levelsUsed,
	membershipInferred,
	membershipMarkAt,
	nodeConfidenceDash,
	scaleDash
} from '$lib/scene/confidence';
import { createStyleContext, edgeStyle, INFERRED_DASH, nodeStyle } from '$lib/scene/style';
import { buildGraphModel } from '$lib/state/graph-model';

const fixture = loadDataset(
	JSON.parse(readFileSync('tests/fixtures/rigour-small.json', 'utf8'))
).dataset;
const model = buildGraphModel(fixture);
const byGroup = assignClusters(fixture, model.index, 'group', 'light');
const ctx = createStyleContext(fixture, model.index, 'light', byGroup);
const edge = (id: string) => fixture.edges.find((e) => e.id === id)!;
const node = (id: string) => fixture.nodes.find((n) => n.id === id)!;
const parts = (dash: string | null) => (dash ?? '').split(' ').map(Number);

describe('the dash language of confidence', () => {
	it('draws stated solid, reported in long dashes, inferred in short ones', () => {
		expect(confidenceDash('stated', 1.25)).toBeNull();
		expect(confidenceDash(undefined, 1.25)).toBeNull();
		const [rOn, rOff] = parts(confidenceDash('reported', 1.25));
		const [iOn, iOff] = parts(confidenceDash('inferred', 1.25));
		// The long dash is clearly longer than the short one: apart in greyscale and when blurred.
		expect(rOn! / iOn!).toBeGreaterThanOrEqual(3);
		// Every dash and gap at least as long as the line is wide: no sub-width specks on a projector.
		for (const v of [rOn!, rOff!, iOn!, iOff!]) expect(v).toBeGreaterThanOrEqual(1.25);
		// Ink share differs too: a reported line is darker than an inferred one at a distance.
		expect(rOn! / (rOn! + rOff!)).toBeGreaterThan(iOn! / (iOn! + iOff!) + 0.2);
	});

	it('scales with the stroke, so a thick line keeps a thin one’s look', () => {
		for (const level of ['reported', 'inferred'] as const) {
			const thin = parts(confidenceDash(level, 1));
			const thick = parts(confidenceDash(level, 3));
			expect(thick[0]! / thin[0]!).toBeCloseTo(3, 1);
			expect(thin).toEqual([...CONFIDENCE_DASH[level]!]);
		}
		expect(scaleDash('7.5 3.13', 2)).toBe('15 6.26');
		expect(scaleDash(null, 2)).toBeNull();
	});

	it('keeps the exported INFERRED_DASH as the unweighted inferred edge’s', () => {
		expect(INFERRED_DASH).toBe(confidenceDash('inferred', 1.25));
	});

	it('lists the levels in use, a missing one read as stated', () => {
		expect(levelsUsed([{}, { confidence: 'inferred' }])).toEqual(['stated', 'inferred']);
		expect(levelsUsed(fixture.edges)).toEqual(['stated', 'reported', 'inferred']);
		expect(levelsUsed([])).toEqual([]);
	});
});

describe('styles by confidence', () => {
	it('gives each edge its level’s dash at its own width', () => {
		const stated = edgeStyle(edge('gov-foundation'), ctx, NO_EMPHASIS);
		const reported = edgeStyle(edge('gov-campaign'), ctx, NO_EMPHASIS);
		const inferred = edgeStyle(edge('foundation-school'), ctx, NO_EMPHASIS);
		expect(stated.dash).toBeNull();
		expect(reported.dash).toBe(confidenceDash('reported', reported.width));
		expect(inferred.dash).toBe(confidenceDash('inferred', inferred.width));
		expect(new Set([stated.dash, reported.dash, inferred.dash]).size).toBe(3);
	});

	it('rings reported and inferred nodes, not stated ones', () => {
		expect(nodeStyle(node('gov'), ctx, NO_EMPHASIS).confidenceDash).toBeNull();
		expect(nodeStyle(node('campaign'), ctx, NO_EMPHASIS).confidenceDash).toBe(
			nodeConfidenceDash({ confidence: 'reported' })
		);
		expect(nodeStyle(node('school'), ctx, NO_EMPHASIS).confidenceDash).toBe(
			nodeConfidenceDash({ confidence: 'inferred' })
		);
	});

	it('marks an inferred group membership only where colour shows the group', () => {
		expect(membershipInferred(node('foundation'))).toBe(true);
		expect(membershipInferred(node('school'))).toBe(false);
		expect(membershipInferred({ groupConfidence: 'inferred' })).toBe(false);
		expect(nodeStyle(node('foundation'), ctx, NO_EMPHASIS).membershipMark).toBe(true);
		expect(nodeStyle(node('gov'), ctx, NO_EMPHASIS).membershipMark).toBe(false);
		const byType = assignClusters(fixture, model.index, 'type', 'light');
		const typeCtx = createStyleContext(fixture, model.index, 'light', byType);
		expect(nodeStyle(node('foundation'), typeCtx, NO_EMPHASIS).membershipMark).toBe(false);
	});

	it('puts the membership dot on the upper left, just outside the node', () => {
		const at = membershipMarkAt(10);
		expect(at.x).toBeLessThan(0);
		expect(at.y).toBeLessThan(0);
		expect(Math.hypot(at.x, at.y)).toBeGreaterThan(10);
	});
});
