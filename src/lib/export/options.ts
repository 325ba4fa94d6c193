import type { Theme } from '../clusters/palette';
import { describeSource } from '../model/format';
import { consultedSources } from '../model/grades';
import type { Dataset } from '../model/types';
import { sourceGradeNote } from './source-grade';
import type { TextSize } from './svg/typography';
import type { RelationLabelMode } from '../scene/relation-labels';

export const SIZE_PRESETS = {
	'16:9': { label: '16:9 slide (13.33 × 7.5 in)', width: 1920, height: 1080 },
	'4:3': { label: '4:3 slide (10 × 7.5 in)', width: 1600, height: 1200 },
	a4: { label: 'A4 landscape (297 × 210 mm)', width: 1123, height: 794 },
	fit: { label: 'Fit to graph', width: 0, height: 0 }
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;
/** "context": the highlighted clusters and their one-hop neighbours, the neighbours faded. */
export type Scope = 'all' | 'view' | 'highlighted' | 'context';
export type LabelDensity = 'all' | 'auto' | 'none';
/** Which links carry their relation as a label: none, those lit by the current emphasis, or all. */
export type RelationLabels = RelationLabelMode;
export type LegendPlace = 'right' | 'bottom';
export type { TextSize } from './svg/typography';

export interface ExportOptions {
	title: string;
	subtitle: string;
	caption: string;
	sourceLine: string;
	legend: boolean;
	/** A handling or classification marking, drawn as a band at the top and at the bottom. */
	bannerTop: string;
	bannerBottom: string;
	size: SizePreset;
	theme: Theme;
	scope: Scope;
	labels: LabelDensity;
	/** Scales every text from its floor in points (see svg/typography.ts); "medium" when absent. */
	textSize?: TextSize;
	/** Where the legend goes when `legend` is on; "right" when absent. */
	legendAt?: LegendPlace;
	/** Relation labels on links; "none" when absent. */
	relationLabels?: RelationLabels;
}

/** "Source: GlobalSecurity.org, 'Azerbaijan - Iran Relations' (2013)"; several sources joined by "; ". */
export function defaultSourceLine(dataset: Dataset): string {
	// A report known only through another source's quotation is in that source's chain, not here.
	const sources = consultedSources(dataset);
	if (sources.length === 0) return '';
	// Straight quotes: the line goes into slide decks and plain-text captions.
	const parts = sources.map((s) => describeSource(s, "'", "'") + sourceGradeNote(s));
	return `Source${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}`;
}

/** A dataset may declare its handling marking as a top-level "marking" text; banners default to it. */
export function datasetMarking(dataset: Dataset): string {
	const m = dataset.attributes['marking'];
	return typeof m === 'string' ? m.trim() : '';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A first caption that says what the picture shows; the analyst will usually rewrite it. */
export function defaultCaption(
	dataset: Dataset,
	highlighted: { label: string; members: string[] }[] = []
): string {
	const total = dataset.nodes.length;
	if (highlighted.length === 0)
		return `${plural(total, 'node')} and ${plural(dataset.edges.length, 'link')}, each cited to its source.`;
	const names = highlighted.map((c) => c.label).join(' and ');
	const count = new Set(highlighted.flatMap((c) => c.members)).size;
	return `${names}: ${count} of ${total} nodes, with the links inside ${highlighted.length > 1 ? 'each' : 'it'} drawn at full strength.`;
}

export function defaultOptions(
	dataset: Dataset,
	theme: Theme,
	highlighted: { label: string; members: string[] }[] = []
): ExportOptions {
	const marking = datasetMarking(dataset);
	return {
		title: dataset.title,
		subtitle: '',
		caption: defaultCaption(dataset, highlighted),
		sourceLine: defaultSourceLine(dataset),
		legend: true,
		bannerTop: marking,
		bannerBottom: marking,
		size: '16:9',
		theme,
		scope: 'all',
		labels: 'auto',
		textSize: 'medium',
		legendAt: 'right',
		relationLabels: 'none'
	};
}

/** Lower-case words joined by hyphens, for file names. */
export function slug(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/['’]/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'network'
	);
}

/** "irans-influence-networks-in-azerbaijan_iranian-culture-house_2026-11-27.svg". */
export function fileName(datasetTitle: string, view: string, date: Date, ext: string): string {
	const day = date.toISOString().slice(0, 10);
	return `${slug(datasetTitle)}_${slug(view)}_${day}.${ext}`;
}
