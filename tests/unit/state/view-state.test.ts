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

describe('ViewState legend', () => {
	const store = (saved: boolean | null, narrow: boolean) => {
		const writes: boolean[] = [];
		return {
			writes,
			legends: { saved: () => saved, narrow: () => narrow, save: (o: boolean) => writes.push(o) }
		};
	};

	it('starts open on a wide screen and folded on a phone when never chosen', () => {
		const wide = new ViewState(null, store(null, false).legends);
		wide.restoreLegend();
		expect(wide.legendOpen).toBe(true);
		const phone = new ViewState(null, store(null, true).legends);
		phone.restoreLegend();
		expect(phone.legendOpen).toBe(false);
	});

	it('comes back as the user left it, whatever the screen', () => {
		const view = new ViewState(null, store(true, true).legends);
		view.restoreLegend();
		expect(view.legendOpen).toBe(true);
		const folded = new ViewState(null, store(false, false).legends);
		folded.restoreLegend();
		expect(folded.legendOpen).toBe(false);
	});

	it('keeps each toggle', () => {
		const { writes, legends } = store(null, false);
		const view = new ViewState(null, legends);
		view.restoreLegend();
		view.toggleLegend();
		view.toggleLegend();
		expect(writes).toEqual([false, true]);
		expect(view.legendOpen).toBe(true);
	});
});
