import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportReply } from '$lib/import/protocol';

/** The import worker's own code, run here: `self` stands in for the worker's scope. */
const scope = {
	postMessage: vi.fn<(message: ImportReply) => void>(),
	onmessage: null as null | ((event: { data: unknown }) => void)
};

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	await import('$lib/import/import.worker');
});
afterAll(() => vi.unstubAllGlobals());

function open(name: string, text: string): ImportReply[] {
	scope.postMessage.mockClear();
	scope.onmessage!({ data: { files: [{ name, bytes: new TextEncoder().encode(text) }] } });
	return scope.postMessage.mock.calls.map(([message]) => message);
}

const gexf = (label: string, prolog = '') =>
	`<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="${label}"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;

const error = (replies: ImportReply[]) => replies.find((m) => m.type === 'error');

describe('the import worker reads XML as the page does', () => {
	it('opens a GEXF file with the predefined entities and character references', () => {
		const replies = open('ok.gexf', gexf('AT&amp;T &#x259; &lt;x&gt;'));
		expect(error(replies)).toBeUndefined();
		const nodes = replies.flatMap((m) => (m.type === 'nodes' ? m.items : []));
		expect(nodes.map((n) => n.label)).toEqual(['AT&T ə <x>', 'B']);
	});

	it('refuses a DOCTYPE that declares entities, as the page does, before xmldom reads it', () => {
		expect(error(open('bomb.gexf', gexf('&e;', '<!DOCTYPE gexf [<!ENTITY e "x">]>\n')))).toEqual({
			type: 'error',
			message: expect.stringMatching(
				/^bomb\.gexf is not valid \(1 problem\):\n {2}line 2, column 17: the DOCTYPE declares the entity "e"/
			)
		});
	});

	it('refuses a reference to an entity nothing declares, which the browser refuses too (xmldom kept it as text)', () => {
		expect(error(open('nbsp.gexf', gexf('a&nbsp;b')))).toEqual({
			type: 'error',
			message: expect.stringMatching(
				/^nbsp\.gexf is not valid \(1 problem\):\n {2}line 2, column \d+: not well-formed XML/
			)
		});
		expect(error(open('amp.gexf', gexf('AT&T')))).toEqual({
			type: 'error',
			message: expect.stringMatching(/line 2, column \d+: not well-formed XML/)
		});
	});
});
