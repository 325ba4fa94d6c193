import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { assignClusters } from '$lib/clusters/assign';
import { computeEmphasis, NO_INPUT } from '$lib/clusters/emphasis';
import { NO_FILTERS, visibleElements } from '$lib/clusters/filters';
import type { Theme } from '$lib/clusters/palette';
import { defaultOptions, type ExportOptions } from '$lib/export/options';
import type { SvgInput } from '$lib/export/svg';
import { staticLayout } from '$lib/layout/force-layout';
import { loadDataset, type Dataset } from '$lib/model';
import { hullPath } from '$lib/scene/hull';
import { ASCENT, DESCENT, type Box } from '$lib/scene/labels';
import { createStyleContext } from '$lib/scene/style';
import { textWidth } from '$lib/scene/text-width';
import { buildGraphModel } from '$lib/state/graph-model';

export const bundled = loadDataset(
	JSON.parse(readFileSync('data/azerbaijan-iran.json', 'utf8'))
).dataset;

/** The export's input for `dataset` laid out with seed 1, with `highlighted` clusters lit. */
export function pageInput(
	dataset: Dataset,
	over: Partial<ExportOptions> = {},
	highlighted: string[] = []
): SvgInput {
	const model = buildGraphModel(dataset);
	const theme: Theme = over.theme ?? 'light';
	const clustering = assignClusters(dataset, model.index, 'group', theme);
	const emphasis = computeEmphasis({ ...NO_INPUT, highlighted }, dataset, model.index, clustering);
	return {
		dataset,
		index: model.index,
		positions: staticLayout(model.layoutInput, { seed: 1 }),
		ctx: createStyleContext(dataset, model.index, theme, clustering),
		emphasis,
		visible: visibleElements(dataset, NO_FILTERS),
		hulls: highlighted.flatMap((id) => clustering.byId.get(id) ?? []),
		options: { ...defaultOptions(dataset, theme), ...over },
		hullPath
	};
}

export function parseSvg(svg: string): Document {
	return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

export const elements = (root: Document | Element, tag: string) =>
	Array.from(root.getElementsByTagName(tag));

export const byId = (doc: Document, id: string) =>
	elements(doc, 'g').find((g) => g.getAttribute('id') === id);

/**
 * A <text>'s box as written in the file, measured with Arial's advance widths: each line (tspan)
 * at its own x and y, the anchor honoured, ascent and descent as the placement counts them.
 */
export function textBox(t: Element): Box {
	const size = Number(t.getAttribute('font-size'));
	const bold = t.getAttribute('font-weight') === '700';
	const anchor = t.getAttribute('text-anchor');
	const spans = elements(t, 'tspan');
	const lines = spans.length
		? spans.map((s) => ({
				x: Number(s.getAttribute('x')),
				y: Number(s.getAttribute('y')),
				text: s.textContent ?? ''
			}))
		: [
				{
					x: Number(t.getAttribute('x')),
					y: Number(t.getAttribute('y')),
					text: t.textContent ?? ''
				}
			];
	let box: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const l of lines) {
		const w = textWidth(l.text.replace(/[\u2068\u2069]/g, ''), size, bold);
		const left = anchor === 'middle' ? l.x - w / 2 : anchor === 'end' ? l.x - w : l.x;
		box = [
			Math.min(box[0], left),
			Math.min(box[1], l.y - ASCENT * size),
			Math.max(box[2], left + w),
			Math.max(box[3], l.y + DESCENT * size)
		];
	}
	return box;
}

/** The box round a path's absolute coordinates (a node's shape: polygons and circles' arcs). */
export function pathBox(d: string): Box {
	const nums = [...d.matchAll(/([MLA])([^MLAZ]+)/g)].flatMap(([, cmd, args]) => {
		const v = args!.split(/[ ,]+/).filter(Boolean).map(Number);
		// An arc's end point; its radius widens the box round the circle's two end points.
		if (cmd === 'A') return [[v[5]!, v[6]!, v[0]!]];
		return [[v[0]!, v[1]!, 0]];
	});
	const r = Math.max(...nums.map((n) => n[2]!));
	const xs = nums.map((n) => n[0]!),
		ys = nums.map((n) => n[1]!);
	if (r > 0) {
		// A circle is written as two arcs between opposite points: its centre is their middle.
		const cx = (Math.min(...xs) + Math.max(...xs)) / 2,
			cy = (Math.min(...ys) + Math.max(...ys)) / 2;
		return [cx - r, cy - r, cx + r, cy + r];
	}
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
