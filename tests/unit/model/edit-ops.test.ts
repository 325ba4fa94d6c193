import { describe, expect, it } from 'vitest';
import { applyEdit, idFor, rawOf, usersOf, type Edit, type EditResult } from '$lib/model/edit-ops';
import { loadDataset } from '$lib/model/load';
import type { Dataset } from '$lib/model/types';

const base = (): Dataset =>
	loadDataset({
		title: 'Test',
		sources: [{ id: 'rep', title: 'A report' }],
		groups: [{ id: 'g1', label: 'Group one' }],
		types: [{ id: 'org', label: 'Organisation' }],
		nodes: [
			{ id: 'a', label: 'Alpha', group: 'g1', sources: [{ source: 'rep', locator: '¶1' }] },
			{ id: 'b', label: 'Beta', type: 'org' },
			{ id: 'c', label: 'Gamma', extra: 'kept' }
		],
		edges: [
			{ id: 'ab', source: 'a', target: 'b', relation: 'funds' },
			{ id: 'bc', source: 'b', target: 'c' }
		],
		events: [{ date: '1992', label: 'Founding', nodes: ['a', 'c'] }]
	}).dataset;

function ok(result: EditResult) {
	if ('error' in result) throw new Error(`refused: ${result.error.place} ${result.error.message}`);
	return result;
}
function refused(result: EditResult) {
	if (!('error' in result)) throw new Error('expected the edit to be refused');
	return result.error;
}

describe('applyEdit: nodes', () => {
	it('adds a node with an id made from its label, and leaves the old network as it was', () => {
		const before = base();
		const copy = structuredClone(before);
		const r = ok(
			applyEdit(before, { kind: 'add-node', fields: { label: 'Baku Fund', group: 'g1' } })
		);
		expect(r.id).toBe('baku-fund');
		expect(r.dataset.nodes.at(-1)).toMatchObject({
			id: 'baku-fund',
			label: 'Baku Fund',
			group: 'g1'
		});
		expect(r.label).toBe('adding Baku Fund');
		expect(before).toEqual(copy);
	});

	it('gives a second node of the same label its own id', () => {
		const r = ok(applyEdit(base(), { kind: 'add-node', fields: { label: 'Alpha' } }));
		expect(r.id).toBe('alpha');
		const r2 = ok(applyEdit(r.dataset, { kind: 'add-node', fields: { label: 'Alpha' } }));
		expect(r2.id).toBe('alpha-2');
	});

	it('refuses an id that exists, naming the place', () => {
		const e = refused(applyEdit(base(), { kind: 'add-node', id: 'a', fields: { label: 'X' } }));
		expect(e.place).toBe('/nodes/3/id');
		expect(e.field).toBe('id');
	});

	it('refuses an empty label at its place', () => {
		const e = refused(applyEdit(base(), { kind: 'update-node', id: 'b', fields: { label: '  ' } }));
		expect(e.place).toBe('/nodes/1/label');
		expect(e.field).toBe('label');
		expect(e.message).toMatch(/must not be empty/);
	});

	it('updates fields and removes the ones set to undefined; unknown fields stay', () => {
		const r = ok(
			applyEdit(base(), {
				kind: 'update-node',
				id: 'c',
				fields: {
					description: 'New words',
					aliases: ['G'],
					period: { from: 1990, to: 1995 },
					confidence: 'inferred'
				}
			})
		);
		const c = r.dataset.nodes[2]!;
		expect(c).toMatchObject({ description: 'New words', aliases: ['G'], confidence: 'inferred' });
		expect(c.period).toEqual({ from: 1990, to: 1995 });
		expect(c.attributes).toEqual({ extra: 'kept' });
		const r2 = ok(
			applyEdit(r.dataset, { kind: 'update-node', id: 'c', fields: { description: undefined } })
		);
		expect(r2.dataset.nodes[2]!.description).toBeUndefined();
	});

	it('refuses a period whose end is before its start', () => {
		const e = refused(
			applyEdit(base(), {
				kind: 'update-node',
				id: 'a',
				fields: { period: { from: 2000, to: 1990 } }
			})
		);
		expect(e.place).toBe('/nodes/0/period');
		expect(e.field).toBe('period');
		expect(e.message).toMatch(/later than/);
	});

	it('refuses a citation of a source that does not exist', () => {
		const e = refused(
			applyEdit(base(), {
				kind: 'update-node',
				id: 'b',
				fields: { sources: [{ source: 'nope', locator: '¶2' }] }
			})
		);
		expect(e.place).toBe('/nodes/1/sources/0/source');
		expect(e.field).toBe('sources');
		expect(e.message).toMatch(/"nope" is not the id of any entry/);
	});

	it('refuses a confidence the format does not know', () => {
		const e = refused(
			applyEdit(base(), {
				kind: 'update-node',
				id: 'b',
				fields: { confidence: 'maybe' as never }
			})
		);
		expect(e.field).toBe('confidence');
	});

	it('declares a new group or type, as opening a file does', () => {
		const r = ok(
			applyEdit(base(), { kind: 'update-node', id: 'c', fields: { group: 'new', type: 'person' } })
		);
		expect(r.dataset.groups.map((g) => g.id)).toEqual(['g1', 'new']);
		expect(r.dataset.types.map((t) => t.id)).toEqual(['org', 'person']);
	});

	it('deletes a node with its edges and takes it out of events', () => {
		const r = ok(applyEdit(base(), { kind: 'delete-node', id: 'b' }));
		expect(r.dataset.nodes.map((n) => n.id)).toEqual(['a', 'c']);
		expect(r.dataset.edges).toEqual([]);
		expect(r.label).toBe('deleting Beta and 2 edges');
		const r2 = ok(applyEdit(base(), { kind: 'delete-node', id: 'c' }));
		expect(r2.dataset.events[0]!.nodes).toEqual(['a']);
		expect(r2.dataset.edges.map((e) => e.id)).toEqual(['ab']);
	});

	it('refuses to change or delete a node that is not there', () => {
		expect(refused(applyEdit(base(), { kind: 'delete-node', id: 'zz' })).message).toMatch(
			/no node "zz"/
		);
		expect(refused(applyEdit(base(), { kind: 'update-node', id: 'zz', fields: {} })).field).toBe(
			'id'
		);
	});
});

describe('applyEdit: edges and sources', () => {
	it('adds an edge between two nodes', () => {
		const r = ok(
			applyEdit(base(), {
				kind: 'add-edge',
				fields: { source: 'c', target: 'a', relation: 'advises' }
			})
		);
		expect(r.dataset.edges.at(-1)).toMatchObject({
			id: 'c-a',
			source: 'c',
			target: 'a',
			relation: 'advises',
			weight: 1
		});
		expect(r.label).toBe('adding the edge Gamma → Alpha');
	});

	it('refuses an edge to a node that does not exist, instead of leaving it out', () => {
		const e = refused(
			applyEdit(base(), { kind: 'add-edge', fields: { source: 'a', target: 'ghost' } })
		);
		expect(e.place).toBe('/edges/2/target');
		expect(e.field).toBe('target');
	});

	it('edits and deletes an edge; refuses a negative weight', () => {
		const r = ok(
			applyEdit(base(), {
				kind: 'update-edge',
				id: 'ab',
				fields: { relation: undefined, sources: [{ source: 'rep', locator: '¶4' }] }
			})
		);
		expect(r.dataset.edges[0]!.relation).toBeUndefined();
		expect(r.dataset.edges[0]!.sources).toEqual([{ source: 'rep', locator: '¶4' }]);
		const e = refused(applyEdit(base(), { kind: 'update-edge', id: 'bc', fields: { weight: -1 } }));
		expect(e.place).toBe('/edges/1/weight');
		const d = ok(applyEdit(base(), { kind: 'delete-edge', id: 'ab' }));
		expect(d.dataset.edges.map((x) => x.id)).toEqual(['bc']);
	});

	it('adds a source and refuses a second with the same id', () => {
		const edit: Edit = { kind: 'add-source', source: { id: 'new', title: 'A new report' } };
		const r = ok(applyEdit(base(), edit));
		expect(r.dataset.sources.map((s) => s.id)).toEqual(['rep', 'new']);
		const e = refused(applyEdit(r.dataset, edit));
		expect(e.place).toBe('/sources/2/id');
		const u = ok(
			applyEdit(base(), { kind: 'update-source', id: 'rep', fields: { publisher: 'Desk' } })
		);
		expect(u.dataset.sources[0]!.publisher).toBe('Desk');
	});
});

describe('applyEdit: groups and types', () => {
	it('changes a group and a type; refuses a colour or a shape the format does not take', () => {
		const g = ok(
			applyEdit(base(), {
				kind: 'update-group',
				id: 'g1',
				fields: { label: 'One', color: '#112233' }
			})
		);
		expect(g.dataset.groups[0]).toEqual({ id: 'g1', label: 'One', color: '#112233' });
		const bad = refused(
			applyEdit(base(), { kind: 'update-group', id: 'g1', fields: { color: 'red' } })
		);
		expect(bad).toMatchObject({ place: '/groups/0/color', field: 'color' });
		const t = ok(applyEdit(base(), { kind: 'update-type', id: 'org', fields: { shape: 'star' } }));
		expect(t.dataset.types[0]!.shape).toBe('star');
		const shape = refused(
			applyEdit(base(), { kind: 'update-type', id: 'org', fields: { shape: 'blob' as never } })
		);
		expect(shape).toMatchObject({ place: '/types/0/shape', field: 'shape' });
		expect(
			refused(applyEdit(base(), { kind: 'update-type', id: 'zz', fields: {} })).message
		).toMatch(/no type "zz"/);
	});
});

describe('applyEdit: events', () => {
	it('adds, changes and deletes an event; refuses a date the format does not take', () => {
		const a = ok(
			applyEdit(base(), { kind: 'add-event', event: { date: '1990-05', label: 'Earlier' } })
		);
		expect(a.dataset.events.map((e) => e.label)).toEqual(['Earlier', 'Founding']);
		const bad = refused(
			applyEdit(base(), { kind: 'add-event', event: { date: 'May 1990', label: 'X' } })
		);
		expect(bad).toMatchObject({ place: '/events/1/date', field: 'date' });
		const u = ok(
			applyEdit(base(), { kind: 'update-event', index: 0, fields: { description: 'Set up.' } })
		);
		expect(u.dataset.events[0]).toMatchObject({ label: 'Founding', description: 'Set up.' });
		const empty = refused(
			applyEdit(base(), { kind: 'update-event', index: 0, fields: { label: ' ' } })
		);
		expect(empty).toMatchObject({ place: '/events/0/label', field: 'label' });
		const d = ok(applyEdit(base(), { kind: 'delete-event', index: 0 }));
		expect(d.dataset.events).toEqual([]);
		expect(refused(applyEdit(base(), { kind: 'delete-event', index: 5 })).message).toMatch(
			/no event 6/
		);
	});
});

describe('rawOf and idFor', () => {
	it('writes a network that loads back the same', () => {
		const d = base();
		expect(loadDataset(rawOf(d)).dataset).toEqual(d);
	});
	it('makes ids from labels, folding accents', () => {
		expect(idFor('Ünal Çelik Fund!', new Set())).toBe('unal-celik-fund');
		expect(idFor('***', new Set(['node']))).toBe('node-2');
	});
});

describe('applyEdit: deleting a source, a group or a type', () => {
	it('refuses while nodes use a group or a type, saying how many and the fix', () => {
		const g = refused(applyEdit(base(), { kind: 'delete-group', id: 'g1' }));
		expect(g).toMatchObject({ place: '/groups/0', field: 'id' });
		expect(g.message).toBe('1 node is in this group: move it to another group first.');
		const t = refused(applyEdit(base(), { kind: 'delete-type', id: 'org' }));
		expect(t.message).toBe('1 node is of this type: give it another type first.');
		expect(usersOf(base(), 'group', 'g1')).not.toBeNull();
	});
	it('deletes a group or a type nobody uses, and says so in the change', () => {
		const moved = ok(
			applyEdit(base(), { kind: 'update-node', id: 'a', fields: { group: undefined } })
		);
		const g = ok(applyEdit(moved.dataset, { kind: 'delete-group', id: 'g1' }));
		expect(g.dataset.groups).toEqual([]);
		expect(g.label).toBe('deleting the group Group one');
		const retyped = ok(
			applyEdit(base(), { kind: 'update-node', id: 'b', fields: { type: undefined } })
		);
		const t = ok(applyEdit(retyped.dataset, { kind: 'delete-type', id: 'org' }));
		expect(t.dataset.types).toEqual([]);
	});
	it('refuses to delete a cited source, counting nodes, edges and events that cite it', () => {
		const cited = ok(
			applyEdit(base(), {
				kind: 'update-event',
				index: 0,
				fields: { sources: [{ source: 'rep' }] }
			})
		);
		const both = ok(
			applyEdit(cited.dataset, {
				kind: 'update-edge',
				id: 'ab',
				fields: { sources: [{ source: 'rep' }] }
			})
		);
		const e = refused(applyEdit(both.dataset, { kind: 'delete-source', id: 'rep' }));
		expect(e.message).toBe(
			'Cited by 1 node, 1 edge and 1 event: change or remove those citations of this source first.'
		);
		expect(e.place).toBe('/sources/0');
		const added = ok(
			applyEdit(base(), { kind: 'add-source', source: { id: 'free', title: 'Unused' } })
		);
		const d = ok(applyEdit(added.dataset, { kind: 'delete-source', id: 'free' }));
		expect(d.dataset.sources.map((s) => s.id)).toEqual(['rep']);
		expect(refused(applyEdit(base(), { kind: 'delete-source', id: 'zz' })).message).toMatch(
			/no source "zz"/
		);
	});
});

describe('applyEdit: an event’s citations and nodes', () => {
	it('sets the nodes an event concerns; refuses an unknown node at its place', () => {
		const r = ok(applyEdit(base(), { kind: 'update-event', index: 0, fields: { nodes: ['b'] } }));
		expect(r.dataset.events[0]!.nodes).toEqual(['b']);
		const e = refused(
			applyEdit(base(), { kind: 'update-event', index: 0, fields: { nodes: ['a', 'ghost'] } })
		);
		expect(e).toMatchObject({ place: '/events/0/nodes/1', field: 'nodes' });
		expect(e.message).toMatch(/"ghost" is not the id of any node/);
	});
	it('sets an event’s citations; refuses an unknown source at its place', () => {
		const r = ok(
			applyEdit(base(), {
				kind: 'update-event',
				index: 0,
				fields: { sources: [{ source: 'rep', locator: 'p. 4' }] }
			})
		);
		expect(r.dataset.events[0]!.sources).toEqual([{ source: 'rep', locator: 'p. 4' }]);
		const e = refused(
			applyEdit(base(), { kind: 'update-event', index: 0, fields: { sources: [{ source: 'no' }] } })
		);
		expect(e).toMatchObject({ field: 'sources' });
		expect(e.place).toMatch(/^\/events\/0\/sources\/0/);
		expect(e.message).toMatch(/"no" is not the id of any entry/);
	});
});
