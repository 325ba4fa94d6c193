import type { Analysis } from '../../clusters/analysis';
import { assignClusters } from '../../clusters/assign';
import { computeEmphasis } from '../../clusters/emphasis';
import { visibleElements, weighedPart, weighs } from '../../clusters/filters';
import type { Theme } from '../../clusters/palette';
import type { GraphIndex } from '../../model/graph-index';
import type { Slide } from '../../model/story';
import type { Dataset } from '../../model/types';
import { createStyleContext } from '../../scene/style';
import { defaultOptions, type ExportOptions } from '../options';
import { writeSvg, type SvgInput } from '../svg';

/** What every slide of a deck is drawn from: the network, where its nodes are, the page's theme. */
export interface DeckSource {
	dataset: Dataset;
	index: GraphIndex;
	positions: ArrayLike<number>;
	theme: Theme;
	/** Communities and betweenness, when a slide colours or sizes by them. */
	analysis?: Analysis | null;
	/**
	 * Shortest paths between two nodes, when a slide shows a path: over the whole network (`part`
	 * null), or over the part that passes the slide's "stated only" and grade floor.
	 */
	paths?: (
		part: Pick<Dataset, 'nodes' | 'edges'> | null,
		from: string,
		to: string
	) => string[][] | null;
	/** Node ids a slide's search finds. */
	search?: (query: string) => string[];
	hullPath?: SvgInput['hullPath'];
	/** Overrides every slide's export options (text size, banners…). */
	options?: Partial<ExportOptions>;
}

/**
 * One slide as the SVG page writer's input: the slide's view turned into what the screen would
 * derive from it (clusters, styles, filters, emphasis), its title and caption on the page. A slide
 * with a frame is the "current view" of that frame; one with highlighted clusters, those clusters
 * and their context; any other, the whole network.
 */
export function slideInput(src: DeckSource, slide: Slide): SvgInput {
	const { dataset, index } = src;
	const v = slide.view;
	const communities = src.analysis?.communities;
	const mode = v.colour === 'community' && !communities ? 'group' : v.colour;
	const clustering = assignClusters(dataset, index, mode, src.theme, communities);
	const hulls = v.highlighted.flatMap((id) => clustering.byId.get(id) ?? []);
	const emphasis = computeEmphasis(
		{
			active: null,
			selectedNode: v.selected,
			selectedEdge: v.edge,
			highlighted: v.highlighted,
			focus: v.selected && v.focus > 0 ? { node: v.selected, hops: v.focus } : null,
			paths: v.path ? slidePaths(src, slide, v.path) : null,
			matches: v.query.trim() ? (src.search?.(v.query) ?? null) : null
		},
		dataset,
		index,
		clustering
	);
	const options: ExportOptions = {
		...defaultOptions(dataset, src.theme, hulls),
		...src.options,
		title: slide.title,
		subtitle: '',
		caption: slide.caption,
		// A briefing page names every node it can set clear of the rest; "auto" is the screen's
		// sparser rule, made for a picture the reader can hover.
		labels: 'all',
		relationLabels: v.relationLabels,
		// A slide about some clusters and no frame of its own shows them with their neighbours,
		// the rest of the network left out: a pillar drawn large enough to read, not a corner of
		// the whole picture.
		scope: v.frame ? 'view' : hulls.length ? 'context' : 'all'
	};
	const input: SvgInput = {
		dataset,
		index,
		positions: src.positions,
		ctx: createStyleContext(
			dataset,
			index,
			src.theme,
			clustering,
			v.size === 'betweenness' && src.analysis ? 'betweenness' : 'degree',
			src.analysis?.betweenness
		),
		emphasis,
		visible: visibleElements(dataset, {
			hiddenTypes: v.hiddenTypes,
			hiddenRelations: v.hiddenRelations,
			years: v.years,
			statedOnly: v.stated,
			grade: v.grade
		}),
		hulls,
		options
	};
	if (v.frame)
		input.view = {
			minX: v.frame.x,
			minY: v.frame.y,
			maxX: v.frame.x + v.frame.width,
			maxY: v.frame.y + v.frame.height
		};
	if (src.hullPath) input.hullPath = src.hullPath;
	return input;
}

/**
 * The paths a slide shows, found as the screen finds them: over only what passes the slide's own
 * "stated by the source only" and grade floor, so a path never steps through a link the slide hides.
 */
export function slidePaths(
	src: DeckSource,
	slide: Slide,
	[from, to]: readonly [string, string]
): string[][] | null {
	const weighing = { statedOnly: slide.view.stated, grade: slide.view.grade };
	return (
		src.paths?.(weighs(weighing) ? weighedPart(src.dataset, weighing) : null, from, to) ?? null
	);
}

/** The slide's page, written by the export's SVG writer. */
export function slideSvg(src: DeckSource, slide: Slide): string {
	return writeSvg(slideInput(src, slide));
}
