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
		const lazy = new LazyPersistence(async () => {
			loads += 1;
			return real;
		});
		expect(loads).toBe(0);
		lazy.onChange(() => {});
		expect(await lazy.available()).toBe(true);
		expect(await lazy.forgetLink('/d.json')).toBe('saved');
		expect(await lazy.forgetBundled()).toBe('saved');
		expect(loads).toBe(1);
		expect(calls).toEqual(['available()', 'forgetLink(/d.json)', 'forgetBundled()']);
		expect(heard).not.toBeNull();
	});
});
