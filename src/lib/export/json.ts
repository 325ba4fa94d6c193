import { writeStory, type Slide } from '../model/story';
import type { Dataset } from '../model/types';

/**
 * The dataset in the project's JSON format, with every node's position and `"pinned": true` on the
 * pinned ones, so opening the file again draws the same picture, and its story. Unknown fields go
 * back where they came from.
 */
export function toProjectJson(
	dataset: Dataset,
	positions: ArrayLike<number>,
	pinned: ReadonlySet<number>,
	/** The story as it stands (the browser's copy); the file's own when left out. */
	story: readonly Slide[] = dataset.story ?? []
): string {
	const round = (v: number) => Math.round(v * 100) / 100;
	const out = {
		...dataset.attributes,
		title: dataset.title,
		summary: dataset.summary,
		sources: dataset.sources,
		groups: dataset.groups,
		types: dataset.types,
		...(dataset.relations.length ? { relations: dataset.relations } : {}),
		nodes: dataset.nodes.map((n, i) => {
			const { attributes, ...rest } = n;
			const node: Record<string, unknown> = { ...rest, ...attributes };
			if (node['aliases'] && (node['aliases'] as string[]).length === 0) delete node['aliases'];
			delete node['pinned'];
			node['x'] = round(positions[2 * i]!);
			node['y'] = round(positions[2 * i + 1]!);
			if (pinned.has(i)) node['pinned'] = true;
			return node;
		}),
		edges: dataset.edges.map((e) => {
			const { attributes, ...rest } = e;
			return { ...rest, ...attributes };
		}),
		// An event that names no nodes is written as the format had it before nodes existed.
		events: dataset.events.map(({ nodes, ...rest }) => (nodes.length ? { ...rest, nodes } : rest)),
		...(story.length ? { story: writeStory(story) } : {})
	};
	return JSON.stringify(out, null, 2) + '\n';
}
