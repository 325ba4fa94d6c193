import { describe, expect, it } from 'vitest';
import type { InputFile } from '$lib/import/input-file';
import { openFiles, placeAsSaved } from '$lib/import/open';
import { OpenedReceiver, openedMessages, type ImportReply } from '$lib/import/protocol';

const file = (name: string, text: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(text)
});

/** A CSV edge list of a chain of n nodes, with one edge to nowhere for a warning. */
function chain(n: number) {
	const rows = ['source,target,relation'];
	for (let i = 1; i < n; i++) rows.push(`n${i - 1},n${i},next`);
	return openFiles([file('chain.csv', rows.join('\n'))]);
}

type Piece = Extract<ImportReply, { type: 'head' | 'nodes' | 'edges' | 'done' }>;
const pieces = (messages: Iterable<ImportReply>) => [...messages] as Piece[];

describe('an opened network sent in pieces', () => {
	it('goes as a head, nodes and edges a chunk at a time, then done with the files', () => {
		const opened = chain(23);
		const files = [file('chain.csv', 'x')];
		const messages = pieces(openedMessages(opened, files, 5));
		expect(messages.map((m) => `${m.type}${'items' in m ? m.items.length : ''}`)).toEqual([
			'head',
			...['nodes5', 'nodes5', 'nodes5', 'nodes5', 'nodes3'],
			...['edges5', 'edges5', 'edges5', 'edges5', 'edges2'],
			'done'
		]);
		expect(messages.at(-1)).toEqual({ type: 'done', files });
	});

	it('is put back together exactly, structured-cloned as a worker would send it', () => {
		const opened = chain(12_345);
		const receiver = new OpenedReceiver();
		let result = null;
		for (const m of openedMessages(opened, [], 1000)) {
			expect(result).toBeNull();
			result = receiver.receive(structuredClone(m) as Piece);
		}
		expect(result).toEqual(opened);
	});

	it('refuses pieces out of order or missing, rather than showing part of a network', () => {
		const messages = pieces(openedMessages(chain(10), [], 4));
		expect(() => new OpenedReceiver().receive(messages[1]!)).toThrow(
			'the import worker sent nodes before the network'
		);
		const receiver = new OpenedReceiver();
		for (const m of messages.filter((_, i) => i !== 2).slice(0, -1))
			expect(receiver.receive(m)).toBeNull();
		expect(() => receiver.receive(messages.at(-1)!)).toThrow(
			'the import worker sent 6 of 10 nodes and 9 of 9 edges'
		);
	});
});

describe('placeAsSaved', () => {
	it('places every node and pins those that were pinned, as a Download JSON would', () => {
		const { dataset } = chain(3);
		placeAsSaved(dataset, { positions: Float64Array.of(1, 2, 3, 4, 5, 6), pinned: [1] });
		expect(dataset.nodes.map((n) => [n.x, n.y, n.attributes['pinned']])).toEqual([
			[1, 2, undefined],
			[3, 4, true],
			[5, 6, undefined]
		]);
		// Unpinned since: the attribute goes.
		placeAsSaved(dataset, { positions: Float64Array.of(1, 2, 3, 4, 5, 6), pinned: [] });
		expect(dataset.nodes.map((n) => 'pinned' in n.attributes)).toEqual([false, false, false]);
	});

	it('ignores a layout that does not fit the network', () => {
		const { dataset } = chain(3);
		placeAsSaved(dataset, { positions: Float64Array.of(1, 2, 3, 4), pinned: [0] });
		// A link's file changed since: same count, other ids.
		placeAsSaved(dataset, {
			positions: Float64Array.of(1, 2, 3, 4, 5, 6),
			pinned: [0],
			ids: ['n0', 'n2', 'n1']
		});
		placeAsSaved(dataset, { positions: Float64Array.of(1, 2, 3, 4, 5, NaN), pinned: [0] });
		expect(dataset.nodes.map((n) => [n.x, n.y, n.attributes['pinned']])).toEqual([
			[undefined, undefined, undefined],
			[undefined, undefined, undefined],
			[undefined, undefined, undefined]
		]);
	});
});
