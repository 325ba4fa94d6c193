/** Where the user's choice to show or fold the legend is kept, and whether the screen is a phone's. */
export interface LegendStore {
	/** Whether the legend was left open on an earlier visit; null if never chosen. */
	saved(): boolean | null;
	/** A narrow screen, where the legend starts folded so the picture has the room. */
	narrow(): boolean;
	save(open: boolean): void;
}
