// Seeded synthetic networks for the benchmark: planted communities, about 2.5 edges per node, most
// of them inside a community, in the project's JSON format (docs/data-format.md) and valid under the
// strict rules bundled datasets meet. Same size and seed, same bytes.
//
//   node bench/generate.mjs 5000 [--seed 1] [--out dir]   writes <dir>/synthetic-5000.json
//   node bench/generate.mjs 5000 --stdout                  prints it
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast, well-mixed 32-bit generator; the seed fixes the whole network. */
/** @param {number} seed */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const EDGES_PER_NODE = 2.5;
/** Share of the edges beyond each community's spanning tree that cross to another community. */
export const CROSS_SHARE = 0.2;

const TYPES = [
	{ id: 'person', label: 'Person', shape: 'circle', weight: 5 },
	{ id: 'organisation', label: 'Organisation', shape: 'hexagon', weight: 3 },
	{ id: 'place', label: 'Place', shape: 'square', weight: 1 },
	{ id: 'media', label: 'Media outlet', shape: 'triangle', weight: 1 },
	{ id: 'programme', label: 'Programme', shape: 'diamond', weight: 1 }
];
const RELATIONS = ['funds', 'works with', 'advises', 'founded', 'promotes', 'hosts', 'trains'];
const FIRST = [
	'Amber',
	'Birch',
	'Cedar',
	'Delta',
	'Ember',
	'Falcon',
	'Granite',
	'Harbour',
	'Indigo',
	'Juniper',
	'Kestrel',
	'Linden',
	'Meridian',
	'Northern',
	'Orchid',
	'Pioneer',
	'Quarry',
	'Riverside',
	'Summit',
	'Tidewater'
];
/** @type {Record<string, string[]>} */
const SECOND = {
	person: ['Aliyev', 'Bauer', 'Costa', 'Dimitrov', 'Evans', 'Farahani', 'Garcia', 'Huseynov'],
	organisation: ['Foundation', 'Society', 'Institute', 'Trust', 'Council', 'Association'],
	place: ['District', 'Quarter', 'Township', 'Province'],
	media: ['Gazette', 'Radio', 'Channel', 'Herald'],
	programme: ['Scholarship', 'Exchange', 'Grant Scheme', 'Summer School']
};

/**
 * Community count: big enough to look clustered, small enough for a readable legend.
 * @param {number} nodes
 */
export function communityCount(nodes) {
	return Math.min(24, Math.max(3, Math.round(Math.sqrt(nodes) / 2.5)));
}

/**
 * @template T
 * @param {readonly T[]} list
 * @param {number} i
 * @returns {T}
 */
function at(list, i) {
	const item = list[i];
	if (item === undefined) throw new RangeError(`index ${i} is outside a list of ${list.length}`);
	return item;
}

/**
 * @typedef {{ source: string, locator?: string }} Citation
 * @typedef {{ id: string, label: string, type: string, group: string, description: string,
 *   confidence: 'stated' | 'inferred', sources: Citation[], period?: { from: number, to?: number } }} SyntheticNode
 */

/**
 * A clustered network of `nodes` nodes. Each planted community (a group) is first joined by a random
 * spanning tree, so nothing floats alone; the remaining edges, up to 2.5 per node, join two members
 * of one community (80 %, half of the time to a member that already has links, for hubs) or of two
 * communities (20 %). No self-loops, no duplicate pairs.
 *
 * @param {{ nodes: number, seed?: number }} options
 */
export function generateNetwork({ nodes: n, seed = 1 }) {
	if (!Number.isInteger(n) || n < 2) throw new Error(`nodes must be a whole number ≥ 2, not ${n}`);
	const random = mulberry32(seed);
	/** @type {<T>(list: readonly T[]) => T} */
	const pick = (list) => at(list, Math.floor(random() * list.length));
	const cite = () => [{ source: 'synthetic', locator: `¶${1 + Math.floor(random() * 9)}` }];
	const k = communityCount(n);

	// Community sizes vary (weights 0.5–1.5), every community gets at least two members.
	const weights = Array.from({ length: k }, () => 0.5 + random());
	const total = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(2, Math.floor((w / total) * n)));
	let excess = sizes.reduce((a, b) => a + b, 0) - n;
	for (let c = 0; excess !== 0; c = (c + 1) % k) {
		const size = at(sizes, c);
		if (excess > 0 && size > 2) {
			sizes[c] = size - 1;
			excess--;
		} else if (excess < 0) {
			sizes[c] = size + 1;
			excess++;
		}
	}

	const typeWeight = TYPES.reduce((a, t) => a + t.weight, 0);
	const pickType = () => {
		let r = random() * typeWeight;
		for (const t of TYPES) if ((r -= t.weight) < 0) return t;
		return at(TYPES, 0);
	};

	/** @type {number[][]} node indices per community */
	const members = sizes.map(() => []);
	/** @type {number[]} community of each node */
	const communityOf = [];
	/** @type {SyntheticNode[]} */
	const nodeList = [];
	for (let c = 0; c < k; c++) {
		for (let m = 0; m < at(sizes, c); m++) {
			const i = nodeList.length;
			const type = pickType();
			/** @type {SyntheticNode} */
			const node = {
				id: `n${i + 1}`,
				label: `${pick(FIRST)} ${pick(SECOND[type.id] ?? ['Actor'])} ${i + 1}`,
				type: type.id,
				group: `c${c + 1}`,
				description: `A synthetic ${type.label.toLowerCase()} in community ${c + 1}.`,
				confidence: random() < 0.8 ? 'stated' : 'inferred',
				sources: cite()
			};
			if (random() < 0.3) {
				const from = 1990 + Math.floor(random() * 30);
				node.period = random() < 0.5 ? { from } : { from, to: from + Math.floor(random() * 5) };
			}
			nodeList.push(node);
			at(members, c).push(i);
			communityOf.push(c);
		}
	}

	const seen = new Set();
	/** @type {[number, number][]} */
	const pairs = [];
	/** @type {number[][]} endpoints of edges so far, per community: picking one favours hubs */
	const ends = members.map(() => []);
	const add = (/** @type {number} */ a, /** @type {number} */ b) => {
		if (a === b) return;
		const key = a < b ? `${a},${b}` : `${b},${a}`;
		if (seen.has(key)) return;
		seen.add(key);
		pairs.push([a, b]);
		at(ends, at(communityOf, a)).push(a);
		at(ends, at(communityOf, b)).push(b);
	};
	for (const list of members)
		for (let m = 1; m < list.length; m++) add(at(list, m), at(list, Math.floor(random() * m)));

	const target = Math.round(n * EDGES_PER_NODE);
	for (let attempts = 0; pairs.length < target && attempts < target * 20; attempts++) {
		const a = Math.floor(random() * n);
		const c = at(communityOf, a);
		if (random() < CROSS_SHARE) {
			let d = Math.floor(random() * (k - 1));
			if (d >= c) d++;
			add(a, pick(at(members, d)));
		} else {
			const hubs = at(ends, c);
			add(a, random() < 0.5 && hubs.length > 0 ? pick(hubs) : pick(at(members, c)));
		}
	}

	const edges = pairs.map(([a, b]) => ({
		source: at(nodeList, a).id,
		target: at(nodeList, b).id,
		relation: pick(RELATIONS),
		confidence: random() < 0.75 ? 'stated' : 'inferred',
		sources: cite()
	}));

	return {
		title: `Synthetic network, ${new Intl.NumberFormat('en').format(n)} nodes`,
		summary: `A seeded synthetic network (seed ${seed}) for the benchmark: ${k} planted communities, about ${EDGES_PER_NODE} edges per node, most of them inside a community.`,
		sources: [
			{
				id: 'synthetic',
				title: 'Synthetic benchmark network',
				publisher: 'Influence Map benchmark (bench/generate.mjs)'
			}
		],
		groups: members.map((list, c) => ({
			id: `c${c + 1}`,
			label: `Community ${c + 1}`,
			description: `Planted community ${c + 1} of ${k}, ${list.length} nodes.`
		})),
		types: TYPES.map(({ id, label, shape }) => ({ id, label, shape })),
		nodes: nodeList,
		edges,
		events: [
			{ date: '1992', label: 'Synthetic event one', sources: [{ source: 'synthetic' }] },
			{ date: '2005-06', label: 'Synthetic event two', sources: [{ source: 'synthetic' }] }
		]
	};
}

/**
 * The network with each node's description lengthened by seeded filler words until the file is
 * about `megabytes` MB (10^6 bytes): real files this large carry text, not just ids.
 * @param {{ nodes: number, megabytes: number, seed?: number }} options
 */
export function paddedNetworkJson({ nodes, megabytes, seed = 1 }) {
	const network = generateNetwork({ nodes, seed });
	const base = JSON.stringify(network).length;
	const per = Math.max(0, Math.floor((megabytes * 1e6 - base) / nodes));
	const random = mulberry32(seed + 6);
	const words = ['outreach', 'charity', 'scholarship', 'clinic', 'mosque', 'broadcast', 'grant'];
	for (const node of network.nodes) {
		const length = node.description.length + per;
		let text = node.description;
		while (text.length < length)
			text += ` ${words[Math.floor(random() * words.length)]} ${Math.floor(random() * 1e4)}`;
		node.description = text.slice(0, length);
	}
	return JSON.stringify(network) + '\n';
}

/** The file's text: compact JSON (the big files stay small), one trailing newline. */
export function networkJson(/** @type {{ nodes: number, seed?: number }} */ options) {
	return JSON.stringify(generateNetwork(options)) + '\n';
}

export const fileName = (/** @type {number} */ nodes) => `synthetic-${nodes}.json`;

/** Writes synthetic-<n>.json for each size into `dir`; returns the paths. */
export function writeNetworks(/** @type {string} */ dir, /** @type {number[]} */ sizes, seed = 1) {
	mkdirSync(dir, { recursive: true });
	return sizes.map((nodes) => {
		const file = join(dir, fileName(nodes));
		writeFileSync(file, networkJson({ nodes, seed }));
		return file;
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const value = (/** @type {string} */ flag) => {
		const at = args.indexOf(flag);
		return at >= 0 ? args.splice(at, 2)[1] : undefined;
	};
	const seed = Number(value('--seed') ?? 1);
	const out = value('--out') ?? '.';
	const stdout = args.includes('--stdout');
	const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
	if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 2)) {
		console.error('usage: node bench/generate.mjs <nodes>… [--seed 1] [--out dir | --stdout]');
		process.exit(2);
	}
	if (stdout) for (const nodes of sizes) process.stdout.write(networkJson({ nodes, seed }));
	else for (const file of writeNetworks(out, sizes, seed)) console.log(`wrote ${file}`);
}
