import { textWidth } from '../../scene/text-width';

/**
 * Type on a page is set in points, for the page and not the screen: a 16:9 slide is 13.33 × 7.5 in,
 * whatever its width in user units, so a 12 pt label is as large on it as on a 4:3 slide or A4.
 * Pure maths, shared by the page layout, the writer and its tests.
 */

/** The page's physical width in inches, for each fixed size (a 4:3 slide is PowerPoint's 10 × 7.5 in). */
export const PAGE_INCHES = {
	'16:9': { w: 13.333, h: 7.5 },
	'4:3': { w: 10, h: 7.5 },
	a4: { w: 11.69, h: 8.27 }
} as const;

/** "Fit to graph" has no paper: it is drawn at the 16:9 slide's scale, so it pastes onto one at the same sizes. */
export const FIT_UNITS_PER_INCH = 1920 / PAGE_INCHES['16:9'].w;

export type TextSize = 'small' | 'medium' | 'large';
export type TextRole =
	'label' | 'relation' | 'title' | 'subtitle' | 'caption' | 'source' | 'legend' | 'banner';

/** The smallest size of each kind of text, in points: what reads from the back of a briefing room. */
export const FLOOR_PT: Record<TextRole, number> = {
	label: 12,
	relation: 10,
	title: 28,
	subtitle: 18,
	caption: 14,
	source: 10,
	legend: 10,
	banner: 10
};

/** How much each "Text size" choice scales the floors; small is the floors themselves. */
export const TEXT_SCALE: Record<TextSize, number> = { small: 1, medium: 1.05, large: 1.2 };

/** Viewbox units per point on a page `widthUnits` wide, of size `size` ("fit" or a fixed one). */
export function unitsPerPoint(size: keyof typeof PAGE_INCHES | 'fit', widthUnits: number): number {
	const perInch = size === 'fit' ? FIT_UNITS_PER_INCH : widthUnits / PAGE_INCHES[size].w;
	return perInch / 72;
}

export const toUnits = (pt: number, upp: number) => pt * upp;
export const toPoints = (units: number, upp: number) => units / upp;

/** Each kind of text's size in points (to the half point) and in the page's units. */
export interface PageType {
	pt: Record<TextRole, number>;
	units: Record<TextRole, number>;
	/** Units per point on this page. */
	upp: number;
}

export function pageType(
	size: keyof typeof PAGE_INCHES | 'fit',
	widthUnits: number,
	textSize: TextSize = 'medium'
): PageType {
	const upp = unitsPerPoint(size, widthUnits);
	const pt = {} as Record<TextRole, number>;
	const units = {} as Record<TextRole, number>;
	for (const role of Object.keys(FLOOR_PT) as TextRole[]) {
		// To the half point, never under the floor.
		pt[role] = Math.max(FLOOR_PT[role], Math.round(FLOOR_PT[role] * TEXT_SCALE[textSize] * 2) / 2);
		// Up to the tenth of a unit the file writes, so the written size is never under its points.
		units[role] = Math.ceil(toUnits(pt[role], upp) * 10 - 1e-9) / 10;
	}
	return { pt, units, upp };
}

/** Greedy word wrap by estimated width; a paragraph break in `text` starts a new line. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
	const out: string[] = [];
	for (const para of text.split(/\n/)) {
		let line = '';
		for (const word of para.split(/\s+/).filter(Boolean)) {
			const next = line ? `${line} ${word}` : word;
			if (line && textWidth(next, size, bold) > width) {
				out.push(line);
				line = word;
			} else line = next;
		}
		if (line) out.push(line);
	}
	return out;
}
