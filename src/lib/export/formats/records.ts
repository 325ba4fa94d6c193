import { fileColourOf } from '../../clusters/assign';
import type { StyleContext } from '../../scene/style';
import type { GraphEdge, GraphNode } from '../../model/types';

/**
 * What every "Download as" writer shares: the network as flat records (one value per field, as
 * GEXF, GraphML and CSV need) and the picture's place, colour and size of each node.
 */

export type Scalar = string | number | boolean;

/** Characters XML 1.0 cannot hold (C0 controls but tab, newline, return; lone surrogates). */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text an XML file can hold: what XML 1.0 forbids becomes U+FFFD. */
export const xmlText = (s: string) => s.replace(NOT_XML, '\ufffd');

/** A field's value as one cell: text, numbers and booleans as they are; lists and records as JSON. */
export function scalar(v: unknown): Scalar {
	return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
		? v
		: JSON.stringify(v);
}

/**
 * Every field of a node or edge but its id, ends and place, then its attributes: empty lists are
 * left out; a period, aliases or citations are written as JSON text. Fields the model gains later
 * are written the same way, without a change here.
 */
export function record(
	item: GraphNode | GraphEdge,
	skip: readonly string[]
): Record<string, Scalar> {
	const out: Record<string, Scalar> = {};
	for (const [k, v] of Object.entries(item)) {
		if (skip.includes(k) || k === 'attributes' || v === undefined || v === null) continue;
		if (Array.isArray(v) && v.length === 0) continue;
		out[k] = scalar(v);
	}
	for (const [k, v] of Object.entries(item.attributes))
		if (v !== undefined && v !== null)
			Object.defineProperty(out, k, {
				value: scalar(v),
				enumerable: true,
				writable: true,
				configurable: true
			});
	return out;
}

export const NODE_SKIP = ['id', 'x', 'y'] as const;
export const EDGE_SKIP = ['id', 'source', 'target'] as const;

/** Where each node is and how it is drawn, as the writers put it in the file. */
export interface Picture {
	x(i: number): number;
	y(i: number): number;
	/** "#rrggbb": the node's own colour from its file, else the colour it is drawn with. */
	colour(node: GraphNode): string;
	/** The node's `size` attribute when it has a numeric one, else its drawn radius. */
	size(node: GraphNode): number;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The picture on screen: the layout's positions and the style's colours and radii. */
export function pictureOf(positions: ArrayLike<number>, ctx: StyleContext): Picture {
	const { clustering } = ctx;
	return {
		x: (i) => round(positions[2 * i] ?? 0),
		y: (i) => round(positions[2 * i + 1] ?? 0),
		colour: (n) =>
			fileColourOf(n) ?? clustering.byId.get(clustering.of.get(n.id) ?? '')?.colour ?? ctx.neutral,
		size: (n) => {
			const s = n.attributes['size'];
			return typeof s === 'number' && Number.isFinite(s) && s > 0
				? s
				: round(ctx.radius.get(n.id) ?? 5);
		}
	};
}
