import type { Slide } from '$lib/model/story';
import type { Explorer } from '$lib/state/explorer.svelte';
import { slideSvg, type DeckSource } from '$lib/export/deck/slide-svg';
import { deckPages, type DeckPage } from '$lib/export/deck/pages';

export type DeckFormat = 'pptx' | 'pdf' | 'zip';

export const DECK_FORMATS: Record<DeckFormat, { label: string; type: string; ext: string }> = {
	pptx: {
		label: 'PowerPoint',
		type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		ext: 'pptx'
	},
	pdf: { label: 'PDF', type: 'application/pdf', ext: 'pdf' },
	zip: { label: 'SVGs (ZIP)', type: 'application/zip', ext: 'zip' }
};

/**
 * What the deck is drawn from: the network on screen with its positions, in the light theme (a
 * deck is printed and projected). Communities, betweenness, paths and search load only when a
 * slide needs them.
 */
export async function deckSource(
	explorer: Explorer,
	positions: Float64Array,
	slides: readonly Slide[]
): Promise<DeckSource> {
	const { dataset, index } = explorer.model;
	const views = slides.map((s) => s.view);
	const needs = views.some((v) => v.colour === 'community' || v.size === 'betweenness' || v.path);
	const [hull, search, analysis] = await Promise.all([
		import('$lib/scene/hull'),
		views.some((v) => v.query.trim()) ? import('$lib/model/search') : null,
		needs ? import('$lib/clusters/analysis') : null,
		needs ? explorer.ensureAnalysis() : null
	]);
	const source: DeckSource = {
		dataset,
		index,
		positions,
		theme: 'light',
		analysis: explorer.analysis,
		hullPath: hull.hullPath
	};
	if (search) source.search = (q) => search.searchNodes(dataset.nodes, q).map((h) => h.id);
	const graph = explorer.analysis?.graph;
	if (analysis && graph)
		source.paths = (part, from, to) =>
			analysis.shortestPaths(part ? analysis.toGraphology(part) : graph, from, to);
	return source;
}

/** Every slide as a page. */
export async function deckPagesOf(
	explorer: Explorer,
	positions: Float64Array,
	slides: readonly Slide[]
): Promise<DeckPage[]> {
	const source = await deckSource(explorer, positions, slides);
	return deckPages(slides, (s) => slideSvg(source, s));
}

/** The deck in one format, as a file's bytes. */
export async function writeDeck(
	format: DeckFormat,
	pages: readonly DeckPage[],
	title: string
): Promise<Blob> {
	const meta = { title, subject: 'Briefing made with Influence Map' };
	let bytes: Uint8Array;
	if (format === 'pptx') {
		const xml = {
			parse: (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml'),
			serialize: (doc: Document) => new XMLSerializer().serializeToString(doc)
		};
		bytes = await (await import('$lib/export/deck/pptx')).writePptx(pages, meta, xml);
	} else if (format === 'pdf')
		bytes = await (await import('$lib/export/deck/pdf')).writePdf(pages, meta);
	else bytes = (await import('$lib/export/deck/zip')).writeSvgZip(pages);
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DECK_FORMATS[format].type });
}
