import { describe, expect, it } from 'vitest';
import { History, historyKey, type Command } from '$lib/state/history.svelte';

/** A command over a list of numbers: appends `n`, and takes it away again. */
function appending(log: number[], n: number): Command {
	log.push(n);
	return { label: `add ${n}`, undo: () => void log.pop(), redo: () => void log.push(n) };
}

describe('History', () => {
	it('undoes and redoes in order, and says what it did', () => {
		const log: number[] = [];
		const h = new History();
		expect(h.next).toBeNull();
		expect(h.undo()).toBe(false);
		h.push(appending(log, 1));
		h.push(appending(log, 2));
		expect(h.next?.label).toBe('add 2');
		expect(h.undo()).toBe(true);
		expect(log).toEqual([1]);
		expect(h.message).toBe('Undid: add 2');
		expect(h.redoable?.label).toBe('add 2');
		h.undo();
		expect(log).toEqual([]);
		expect(h.next).toBeNull();
		expect(h.redo()).toBe(true);
		expect(log).toEqual([1]);
		expect(h.message).toBe('Redid: add 1');
		h.redo();
		expect(log).toEqual([1, 2]);
		expect(h.redo()).toBe(false);
	});

	it('a new step clears what could be redone, and the message', () => {
		const log: number[] = [];
		const h = new History();
		h.push(appending(log, 1));
		h.undo();
		h.push(appending(log, 3));
		expect(h.redoable).toBeNull();
		expect(h.message).toBe('');
		h.undo();
		expect(log).toEqual([]);
	});

	it('keeps at most `limit` steps, dropping the oldest', () => {
		const log: number[] = [];
		const h = new History(3);
		for (let n = 1; n <= 5; n++) h.push(appending(log, n));
		expect(h.size).toBe(3);
		while (h.undo());
		expect(log).toEqual([1, 2]);
	});

	it('clear forgets both ways', () => {
		const log: number[] = [];
		const h = new History();
		h.push(appending(log, 1));
		h.push(appending(log, 2));
		h.undo();
		h.clear();
		expect(h.next).toBeNull();
		expect(h.redoable).toBeNull();
		expect(h.message).toBe('');
	});
});

describe('historyKey', () => {
	const key = (
		key: string,
		mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>,
		code?: string
	) =>
		historyKey({
			key,
			code,
			ctrlKey: !!mods.ctrl,
			metaKey: !!mods.meta,
			shiftKey: !!mods.shift,
			altKey: !!mods.alt
		});

	it('reads Ctrl or Cmd with Z, Shift+Z and Y', () => {
		expect(key('z', { ctrl: true })).toBe('undo');
		expect(key('z', { meta: true })).toBe('undo');
		expect(key('Z', { ctrl: true, shift: true })).toBe('redo');
		expect(key('Z', { meta: true, shift: true })).toBe('redo');
		expect(key('y', { ctrl: true })).toBe('redo');
	});

	it('ignores plain letters, other shortcuts and AltGr', () => {
		expect(key('z', {})).toBeNull();
		expect(key('z', { shift: true })).toBeNull();
		expect(key('c', { ctrl: true })).toBeNull();
		expect(key('z', { ctrl: true, alt: true })).toBeNull();
		expect(key('Y', { ctrl: true, shift: true })).toBeNull();
	});

	it('finds the Z key on a layout without Latin letters, but not a Latin letter elsewhere', () => {
		expect(key('я', { ctrl: true }, 'KeyZ')).toBe('undo');
		// On a French keyboard the key marked W sits where Z is: W is not undo.
		expect(key('w', { ctrl: true }, 'KeyZ')).toBeNull();
	});
});
