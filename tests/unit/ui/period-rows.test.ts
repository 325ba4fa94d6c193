import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/model';
import { periodRows } from '$lib/ui/period-rows';

const fixture = loadDataset(
	JSON.parse(readFileSync('tests/fixtures/rigour-small.json', 'utf8'))
).dataset;

describe('the period chart', () => {
	const { span, rows } = periodRows(fixture);
	const row = (id: string) => rows.find((r) => r.id === id)!;

	it('spans the years the network names, asOf included', () => {
		expect(span).toEqual([1999, 2020]);
		expect(rows.map((r) => r.id).sort()).toEqual(['campaign', 'gov-strategy', 'strategy']);
	});

	it('ends an open period at asOf, known up to then, not on to the axis’ end', () => {
		const s = row('strategy');
		expect(s.ending).toBe('as-of');
		expect(s.text).toBe('from 1999, as of 2013');
		expect(s.start).toBe(0);
		// 1999 to the end of 2013 is 15 of the axis' 22 years (to 2020): it stops short of the end.
		expect(s.end).toBeCloseTo(15 / 22);
	});

	it('draws a closed period between its years, and labels an edge by its relation', () => {
		const c = row('campaign');
		expect(c.ending).toBe('closed');
		expect(c.start).toBeCloseTo(8 / 22);
		expect(c.end).toBeCloseTo(9 / 22);
		expect(row('gov-strategy').label).toBe('Government → runs → Quiet Strategy');
	});

	it('runs an open period without asOf on, as open', () => {
		const open = periodRows({
			...fixture,
			nodes: fixture.nodes.map((n) => (n.id === 'strategy' ? { ...n, asOf: undefined } : n))
		});
		expect(open.rows.find((r) => r.id === 'strategy')!.ending).toBe('open');
	});
});
