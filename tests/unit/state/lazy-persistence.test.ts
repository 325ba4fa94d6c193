import { describe, expect, it } from 'vitest';
import { LazyPersistence } from '$lib/state/lazy-persistence';
import type { Persistence } from '$lib/state/persistence';

describe('LazyPersistence', () => {
	it('loads its implementation once, on first use, and hands every call to it', async () => {
		let loads = 0;
		const calls: string[] = [];
		let heard: Parameters<Persistence['onChange']>[0] | null = null;
		const real = new Proxy({} as Persistence, {
			// Not a thenable: a promise resolved with it must not try to follow it.
			get: (_, name: string) =>
				name === 'then'
					? undefined
					: name === 'onChange'
						? (listener: typeof heard) => (heard = listener)
						: async (...args: unknown[]) => {
								calls.push(`${name}(${args.join(',')})`);
								return name === 'available' ? true : 'saved';
							}
		});
		const lazy = new LazyPersistence(
			async () => {
				loads += 1;
				return real;
			},
			async () => ['bundled']
		);
		expect(loads).toBe(0);
		lazy.onChange(() => {});
		expect(await lazy.available()).toBe(true);
		expect(await lazy.forgetLink('/d.json')).toBe('saved');
		expect(await lazy.forgetBundled()).toBe('saved');
		expect(loads).toBe(1);
		expect(calls).toEqual(['available()', 'forgetLink(/d.json)', 'forgetBundled()']);
		expect(heard).not.toBeNull();
	});

	it('answers "nothing kept" without loading while the store holds nothing, and loads to write', async () => {
		let loads = 0;
		const real = {
			then: undefined,
			loadBundled: async () => ({ positions: [0, 0], pinned: [], ids: ['a'] }),
			saveBundled: async () => 'saved'
		} as unknown as Persistence;
		const lazy = new LazyPersistence(
			async () => {
				loads += 1;
				return real;
			},
			async () => []
		);
		expect(await lazy.available()).toBe(true);
		expect(await lazy.loadBundled()).toBeUndefined();
		expect(await lazy.loadOpened()).toBeUndefined();
		expect(await lazy.loadLink('/d.json')).toBeUndefined();
		expect(await lazy.setAside()).toEqual([]);
		expect(loads).toBe(0);
		expect(await lazy.saveBundled({ positions: [0, 0], pinned: [], ids: ['a'] })).toBe('saved');
		expect(loads).toBe(1);
		// Once loaded, reads go to the implementation.
		expect(await lazy.loadBundled()).toEqual({ positions: [0, 0], pinned: [], ids: ['a'] });
	});

	it('loads to read where the store cannot be listed, so the implementation reports it', async () => {
		let loads = 0;
		const real = { then: undefined, available: async () => false } as unknown as Persistence;
		const lazy = new LazyPersistence(
			async () => {
				loads += 1;
				return real;
			},
			() => Promise.reject(new Error('blocked'))
		);
		expect(await lazy.available()).toBe(false);
		expect(loads).toBe(1);
	});
});
