import type { NodeStyle } from '../../scene/style';
import type { Transform } from '../../scene/transform';

/**
 * What every part of the writer shares: the lines written so far, the page's colours, and how the
 * layout maps onto the picture's area of the page.
 */
export interface SvgFrame {
	out: string[];
	fg: string;
	bg: string;
	muted: string;
	/** Layout → page coordinates, the scale between them, and the transform that does both. */
	X(x: number): number;
	Y(y: number): number;
	k: number;
	t: Transform;
	/** A node's layout position, by id. */
	pos(id: string): { x: number; y: number };
	/** The style of every node drawn, by id. */
	styles: Map<string, NodeStyle>;
}
