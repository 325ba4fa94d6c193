import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '$lib/state/view-snapshot';
import { ViewState } from '$lib/state/view-state.svelte';

describe('ViewState.apply', () => {
	it('leaves a field that would not change as it is, so nothing derived from it is redone', () => {
		const view = new ViewState();
		view.apply({ ...DEFAULT_VIEW, hiddenTypes: ['school'], years: [1991, 2000] });
		const hidden = view.hiddenTypes;
		const years = view.years;
		const relations = view.hiddenRelations;
		view.apply({ ...DEFAULT_VIEW, hiddenTypes: ['school'], years: [1991, 2000] });
		expect(view.hiddenTypes).toBe(hidden);
		expect(view.years).toBe(years);
		expect(view.hiddenRelations).toBe(relations);
	});

	it('writes a field that differs', () => {
		const view = new ViewState();
		view.apply({ ...DEFAULT_VIEW, hiddenTypes: ['school'] });
		view.apply({ ...DEFAULT_VIEW, hiddenTypes: ['mosque'], highlighted: ['g1'] });
		expect([...view.hiddenTypes]).toEqual(['mosque']);
		expect([...view.highlighted]).toEqual(['g1']);
		view.apply({ ...DEFAULT_VIEW });
		expect([...view.hiddenTypes]).toEqual([]);
		expect(view.years).toBeNull();
	});
});

describe('ViewState theme', () => {
	const store = (saved: 'dark' | 'light' | null, dark: boolean) => {
		const writes: string[] = [];
		return {
			writes,
			themes: { saved: () => saved, prefersDark: () => dark, save: (t: string) => writes.push(t) }
		};
	};

	it('comes back as chosen in this browser, whatever the system prefers', () => {
		const { themes } = store('light', true);
		const view = new ViewState(themes);
		view.restoreTheme();
		expect(view.theme).toBe('light');
	});

	it('follows the system until one is chosen, and remembers the choice', () => {
		const { themes, writes } = store(null, true);
		const view = new ViewState(themes);
		view.restoreTheme();
		expect(view.theme).toBe('dark');
		view.toggleTheme();
		expect(view.theme).toBe('light');
		expect(writes).toEqual(['light']);
	});
});
