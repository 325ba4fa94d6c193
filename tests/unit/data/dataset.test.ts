import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Citation } from '$lib/model';
import {
	FIXTURE_PATH,
	RUN,
	SEED_PATH,
	runHashes,
	seedHashes,
	words
} from '../../../scripts/shingles.mjs';

const files = readdirSync('data').filter((f) => f.endsWith('.json'));

describe.each(files)('bundled dataset data/%s', (file) => {
	const raw = JSON.parse(readFileSync(`data/${file}`, 'utf8'));
	const { dataset, warnings } = loadDataset(raw, { strict: true, name: `data/${file}` });

	it('is valid in strict mode, with no warnings', () => {
		expect(warnings).toEqual([]);
	});

	it('names the nodes of every event that concerns them, each a node of the network', () => {
		const nodeIds = new Set(dataset.nodes.map((n) => n.id));
		for (const ev of dataset.events) {
			expect(ev.nodes.length, ev.label).toBeGreaterThan(0);
			for (const id of ev.nodes) expect(nodeIds.has(id), `${ev.label}: ${id}`).toBe(true);
		}
	});

	it('is referentially intact', () => {
		const nodeIds = new Set(dataset.nodes.map((n) => n.id));
		const groupIds = new Set(raw.groups.map((g: { id: string }) => g.id));
		const typeIds = new Set(raw.types.map((t: { id: string }) => t.id));
		const sourceIds = new Set(dataset.sources.map((s) => s.id));
		expect(nodeIds.size).toBe(raw.nodes.length);
		expect(new Set(dataset.edges.map((e) => e.id)).size).toBe(raw.edges.length);
		for (const e of dataset.edges) {
			expect(nodeIds, `edge ${e.id} source`).toContain(e.source);
			expect(nodeIds, `edge ${e.id} target`).toContain(e.target);
		}
		for (const n of dataset.nodes) {
			expect(groupIds, `node ${n.id} group`).toContain(n.group);
			expect(typeIds, `node ${n.id} type`).toContain(n.type);
		}
		const all: Citation[] = [...dataset.nodes, ...dataset.edges, ...dataset.events].flatMap(
			(x) => x.sources
		);
		for (const c of all) expect(sourceIds).toContain(c.source);
		// Every declared group and type is used, and nothing is isolated.
		for (const g of groupIds)
			expect(
				dataset.nodes.some((n) => n.group === g),
				`group ${g}`
			).toBe(true);
		for (const t of typeIds)
			expect(
				dataset.nodes.some((n) => n.type === t),
				`type ${t}`
			).toBe(true);
		const linked = new Set(dataset.edges.flatMap((e) => [e.source, e.target]));
		expect(dataset.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id)).toEqual([]);
	});

	it('describes, cites and rates every node and edge', () => {
		for (const x of [...dataset.nodes, ...dataset.edges]) {
			expect(x.description?.trim().length ?? 0, `${x.id} description`).toBeGreaterThan(20);
			expect(['stated', 'reported', 'inferred'], `${x.id} confidence`).toContain(x.confidence);
			expect(x.sources.length, `${x.id} sources`).toBeGreaterThan(0);
			for (const c of x.sources) expect(c.locator, `${x.id} locator`).toMatch(/^¶[1-9]$/);
		}
		for (const ev of dataset.events) {
			expect(ev.sources.length, `event ${ev.label}`).toBeGreaterThan(0);
			for (const c of ev.sources) expect(c.locator).toMatch(/^¶[1-9]$/);
		}
	});
});

describe('the Azerbaijan dataset', () => {
	const { dataset } = loadDataset(JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8')));
	const ids = new Set(dataset.nodes.map((n) => n.id));

	it('has the expected size', () => {
		expect(dataset.nodes.length).toBeGreaterThanOrEqual(35);
		expect(dataset.nodes.length).toBeLessThanOrEqual(60);
		expect(dataset.edges.length).toBeGreaterThan(dataset.nodes.length);
	});

	it('holds the tripod of ¶9 as groups and as nodes', () => {
		expect(dataset.groups.map((g) => g.id)).toEqual(expect.arrayContaining(['ias', 'ich', 'irc']));
		for (const g of dataset.groups) expect(g.description?.length ?? 0).toBeGreaterThan(20);
		for (const id of ['iran-assistance-society', 'iranian-culture-house', 'iranian-red-crescent'])
			expect(ids).toContain(id);
	});

	it('finds Mashad under its other spelling', () => {
		const withMashad = dataset.nodes.filter((n) => /mashad/i.test(n.label));
		expect(withMashad.length).toBeGreaterThan(0);
		for (const n of withMashad) expect(n.aliases.join(' ')).toMatch(/Mashhad/);
	});

	it('turns the bilateral history of ¶1–¶6 into dated events', () => {
		expect(dataset.events.length).toBeGreaterThanOrEqual(6);
		const cited = new Set(dataset.events.flatMap((e) => e.sources.map((c) => c.locator)));
		expect([...cited].some((l) => /^¶[1-6]$/.test(l ?? ''))).toBe(true);
	});

	it('marks the inferred parts and cites ¶7–¶9 for the networks and countermeasures', () => {
		const inferred = [...dataset.nodes, ...dataset.edges].filter(
			(x) => x.confidence === 'inferred'
		);
		expect(inferred.length).toBeGreaterThan(0);
		const networks = dataset.nodes.filter((n) => n.group === 'networks-1990s');
		expect(networks.length).toBeGreaterThan(0);
		for (const n of networks) expect(n.sources.map((c) => c.locator)).toContain('¶8');
	});
});

describe('no copied sentences', () => {
	const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as {
		run: number;
		hashes: string[];
	};

	it.runIf(existsSync(SEED_PATH))('the fixture matches the current seed document', () => {
		expect(fixture.hashes).toEqual(seedHashes(readFileSync(SEED_PATH, 'utf8')));
	});

	it.runIf(existsSync(SEED_PATH))('the check catches a run copied from the seed', () => {
		const paragraph = readFileSync(SEED_PATH, 'utf8')
			.split('\n')
			.find((l) => l.startsWith('¶9.'))!;
		const copied = `Our own words, then: ${words(paragraph)
			.slice(5, 5 + RUN)
			.join(' ')
			.toUpperCase()}!`;
		expect(runHashes(copied).some((h: string) => fixture.hashes.includes(h))).toBe(true);
	});

	it('the check passes text of our own', () => {
		expect(fixture.hashes.length).toBeGreaterThan(500);
		const sample = 'the quick brown fox jumps over the lazy dog again and again';
		const hashes = runHashes(sample);
		expect(hashes).toHaveLength(words(sample).length - RUN + 1);
		expect(hashes.some((h: string) => fixture.hashes.includes(h))).toBe(false);
	});

	it.each(files)('data/%s shares no run of 10 words with ¶1–¶9', (file) => {
		const seed = new Set(fixture.hashes);
		const strings: string[] = [];
		const walk = (value: unknown) => {
			if (typeof value === 'string') strings.push(value);
			else if (Array.isArray(value)) value.forEach(walk);
			else if (value && typeof value === 'object') Object.values(value).forEach(walk);
		};
		walk(JSON.parse(readFileSync(`data/${file}`, 'utf8')));
		const copied = strings.filter((s) => runHashes(s).some((h: string) => seed.has(h)));
		expect(copied).toEqual([]);
	});
});
