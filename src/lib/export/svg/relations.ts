import type { GraphEdge, GraphNode } from '../../model/types';
import { isLoop, nodeEdge } from '../../scene/edges';
import type { Box } from '../../scene/labels';
import { oneDecimal as n } from '../../scene/numbers';
import { placeRelationLabels, type RelationPlacement } from '../../scene/relation-labels';
import { edgeStyle } from '../../scene/style';
import { drawnLabel } from '../../scene/text';
import type { RelationLabels } from '../options';
import type { SvgFrame } from './frame';
import { areaBox, textPair, type PageLabels } from './labels';
import { onPage } from './edges';
import type { PageLayout } from './page';
import type { Emphasis } from '../../clusters/emphasis';
import type { StyleContext } from '../../scene/style';

export interface PageRelations extends RelationPlacement {
	size: number;
	/** Edges whose label is faded with them. */
	faded: Set<string>;
}

/** The boxes a relation label must keep clear of: every node drawn and every node label placed. */
export function nodeAndLabelBoxes(f: SvgFrame, drawn: GraphNode[], labels: PageLabels): Box[] {
	const boxes: Box[] = [];
	for (const c of labels.candidates) {
		const e = c.extent ?? [-c.r, -c.r, c.r, c.r];
		boxes.push([c.x + e[0], c.y + e[1], c.x + e[2], c.y + e[3]]);
	}
	if (!labels.candidates.length)
		for (const x of drawn) {
			const p = f.pos(x.id);
			const r = f.styles.get(x.id)!.radius * f.k;
			boxes.push([f.X(p.x) - r, f.Y(p.y) - r, f.X(p.x) + r, f.Y(p.y) + r]);
		}
	for (const at of labels.placement.values()) boxes.push(at.box);
	return boxes;
}

/**
 * The relation labels on the page: none, those of the links the view lights, or all, placed along
 * their links by the scene's rule (scene/relation-labels.ts) at the page's relation size.
 */
export function pageRelations(
	f: SvgFrame,
	edges: GraphEdge[],
	drawn: GraphNode[],
	labels: PageLabels,
	which: RelationLabels,
	page: PageLayout,
	ctx?: StyleContext,
	emphasis?: Emphasis
): PageRelations {
	const size = page.type.units.relation;
	const faded = new Set<string>();
	if (which === 'none') return { placed: [], dropped: 0, size, faded };
	const chosen = edges.filter(
		(e) => e.relation && (which === 'all' || (emphasis?.litEdges?.has(e.id) ?? false))
	);
	const candidates = chosen.flatMap((e) => {
		if (e.source === e.target) return [];
		const a = f.pos(e.source),
			b = f.pos(e.target);
		const lit = emphasis?.litEdges?.has(e.id) ?? false;
		if (ctx && emphasis && edgeStyle(e, ctx, emphasis).opacity < 0.5) faded.add(e.id);
		const g = onPage(
			f,
			nodeEdge(a.x, a.y, f.styles.get(e.source)!, b.x, b.y, f.styles.get(e.target)!, false, lit)
		);
		if (isLoop(g)) return [];
		return [
			{
				id: e.id,
				text: drawnLabel(e.relation!),
				x1: g.x1,
				y1: g.y1,
				x2: g.x2,
				y2: g.y2,
				priority: (lit ? 1e6 : 0) + e.weight
			}
		];
	});
	const placed = placeRelationLabels(
		candidates,
		nodeAndLabelBoxes(f, drawn, labels),
		size,
		areaBox(page.area)
	);
	return { ...placed, size, faded };
}

/** Each relation label in a group named after its edge: a halo and a text turned along the link. */
export function writeRelations(
	f: SvgFrame,
	r: PageRelations,
	ids: (kind: string, id: string) => string
): void {
	for (const p of r.placed) {
		const rotate =
			Math.abs(p.angle) < 0.05 ? undefined : `rotate(${n(p.angle)} ${n(p.x)} ${n(p.y)})`;
		f.out.push(
			`<g id="${ids('relation', p.id)}">`,
			textPair(f, [p.text], p.x, p.y, r.size, 400, r.faded.has(p.id), rotate),
			'</g>'
		);
	}
}
