import type { Theme } from '../clusters/palette';

/** Where the user's choice of theme is kept, and what the system prefers when there is none. */
export interface ThemeStore {
	/** The theme the user chose on an earlier visit, if any. */
	saved(): Theme | null;
	prefersDark(): boolean;
	save(theme: Theme): void;
}
