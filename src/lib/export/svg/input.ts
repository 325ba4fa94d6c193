import type { Cluster } from '../../clusters/assign';
import type { Emphasis } from '../../clusters/emphasis';
import type { Visibility } from '../../clusters/filters';
import type { GraphIndex } from '../../model/graph-index';
import type { Dataset } from '../../model/types';
import type { StyleContext } from '../../scene/style';
import type { Bounds } from '../../scene/transform';
import type { ExportOptions } from '../options';
import type { PageCache } from './cache';

/** Everything an export is written from: the graph, its positions, the view and the options. */
export interface SvgInput {
	dataset: Dataset;
	index: GraphIndex;
	positions: ArrayLike<number>;
	/** Styles built for the export's theme. */
	ctx: StyleContext;
	emphasis: Emphasis;
	visible: Visibility;
	/** Highlighted clusters, each drawn with a hull. */
	hulls: Cluster[];
	options: ExportOptions;
	/** The part of the layout on screen, for the "current view" scope. */
	view?: Bounds;
	/** Keeps the page's slow parts for the next page with the same input: the dialog's own. */
	cache?: PageCache;
	/**
	 * Draws a cluster's outline around its members' circles, clear of the other circles drawn;
	 * passed in so the writer stays free of the contour code (scene/hull's hullPath).
	 */
	hullPath?: (
		members: { x: number; y: number; r: number }[],
		padding: number,
		others: { x: number; y: number; r: number }[]
	) => string;
}
