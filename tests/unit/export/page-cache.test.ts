import { describe, expect, it } from 'vitest';
import { PageCache, renderSvg } from '$lib/export/svg';
import { bundled, pageInput } from './page-fixture';

/** A cache that counts what it had to work out. */
class Counted extends PageCache {
	made: string[] = [];
	override get<T>(kind: string, key: string, make: () => T): T {
		return super.get(kind, key, () => (this.made.push(kind), make()));
	}
}

describe('the page cache belongs to its owner', () => {
	it('keeps one entry per kind, replaced by the next key', () => {
		const c = new PageCache();
		expect(c.get('labels', 'a', () => 1)).toBe(1);
		expect(c.get('labels', 'a', () => 2)).toBe(1);
		expect(c.get('labels', 'b', () => 3)).toBe(3);
		expect(c.get('labels', 'a', () => 4)).toBe(4);
		expect(c.get('spread', 'a', () => 5)).toBe(5);
	});

	it('lets two dialogs keep their own pages: neither sees, nor replaces, the other’s', () => {
		const one = new Counted(),
			two = new Counted();
		const wide = { labels: 'all', size: '16:9' } as const;
		const a4 = { labels: 'all', size: 'a4' } as const;
		const first = renderSvg({ ...pageInput(bundled, wide), cache: one });
		expect(one.made).toEqual(['spread', 'labels']);
		// The second dialog works its own page out, even the same one, and then another.
		const same = renderSvg({ ...pageInput(bundled, wide), cache: two });
		expect(two.made).toEqual(['spread', 'labels']);
		expect(same.svg).toBe(first.svg);
		renderSvg({ ...pageInput(bundled, a4), cache: two });
		expect(two.made).toHaveLength(4);
		// The first dialog's page is still its own: a new caption places nothing again.
		const again = renderSvg({
			...pageInput(bundled, { ...wide, caption: 'Another caption' }),
			cache: one
		});
		expect(one.made).toEqual(['spread', 'labels']);
		expect(again.stats.labels).toBe(first.stats.labels);
		// And a page without a cache keeps nothing anywhere.
		renderSvg(pageInput(bundled, wide));
		renderSvg({ ...pageInput(bundled, wide), cache: one });
		expect(one.made).toHaveLength(2);
	});
});
