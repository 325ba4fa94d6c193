// The benchmark's reference page: a force-directed graph written the canonical d3 way, as in d3's
// own examples. SVG <line> and <circle> elements, updated with d3-selection on every simulation tick;
// d3-zoom on the <svg>, d3-drag on the circles, d3's default forces. No worker, no canvas, no tricks:
// this is the baseline Influence Map is measured against.
//
// Opens `?data=<same-site path>` (the project's JSON format; `edges` or `links`). While the
// simulation runs, #network has aria-busy="true"; its 'end' event sets "false". The status shows
// the node count ("5,000 nodes"). performance.mark('im:first-frame') follows the first drawn tick.

/**
 * @typedef {{ id: string, label?: string, group?: string | number } & import('d3-force').SimulationNodeDatum} SimNode
 * @typedef {import('d3-force').SimulationLinkDatum<SimNode>} Link
 */

const statusText = /** @type {HTMLElement} */ (document.getElementById('status'));
const network = /** @type {HTMLElement} */ (document.getElementById('network'));
const fmt = new Intl.NumberFormat('en');
const PALETTE = [
	'#4e79a7',
	'#f28e2c',
	'#e15759',
	'#76b7b2',
	'#59a14f',
	'#edc949',
	'#af7aa1',
	'#ff9da7',
	'#9c755f',
	'#bab0ab'
];

main().catch((error) => {
	statusText.textContent = `Failed: ${error instanceof Error ? error.message : error}`;
	network.setAttribute('aria-busy', 'false');
	throw error;
});

async function main() {
	const param = new URLSearchParams(location.search).get('data');
	if (!param) throw new Error('add ?data=<path of a network JSON file> to the address');
	const url = new URL(param, location.href);
	if (url.origin !== location.origin) throw new Error('data= must be on this site');
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
	const data = await response.json();

	// The simulation mutates what it is given: copies, as d3's examples do.
	/** @type {SimNode[]} */
	const nodes = data.nodes.map((/** @type {SimNode} */ d) => ({
		id: String(d.id),
		label: d.label,
		group: d.group
	}));
	/** @type {Link[]} */
	const links = (data.edges ?? data.links ?? []).map(
		(/** @type {{ source: string, target: string }} */ d) => ({
			source: String(d.source),
			target: String(d.target)
		})
	);
	/** @type {Map<string | number | undefined, string>} */
	const colours = new Map();
	const colour = (/** @type {SimNode} */ d) => {
		if (!colours.has(d.group))
			colours.set(d.group, PALETTE[colours.size % PALETTE.length] ?? '#999');
		return colours.get(d.group) ?? '#999';
	};

	const width = network.clientWidth;
	const height = network.clientHeight;
	statusText.textContent = `${fmt.format(nodes.length)} nodes · ${fmt.format(links.length)} edges · laying out…`;

	const simulation = d3
		.forceSimulation(nodes)
		.force(
			'link',
			d3.forceLink(links).id((d) => /** @type {SimNode} */ (d).id)
		)
		.force('charge', d3.forceManyBody())
		.force('center', d3.forceCenter(width / 2, height / 2));

	const svg = d3
		.select(network)
		.append('svg')
		.attr('width', width)
		.attr('height', height)
		.attr('viewBox', [0, 0, width, height].join(' '))
		.attr('role', 'img')
		.attr('aria-label', 'Network graph');
	svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#fff');
	const g = svg.append('g');

	const link = g
		.append('g')
		.attr('stroke', '#999')
		.attr('stroke-opacity', 0.6)
		.selectAll('line')
		.data(links)
		.join('line')
		.attr('stroke-width', 1);

	/** @typedef {import('d3-selection').Selection<SVGCircleElement, SimNode, SVGGElement, unknown>} Circles */
	const node = /** @type {Circles} */ (
		g
			.append('g')
			.attr('stroke', '#fff')
			.attr('stroke-width', 1.5)
			.selectAll('circle')
			.data(nodes)
			.join('circle')
	)
		.attr('r', 5)
		.attr('fill', colour);
	node.append('title').text((d) => d.label ?? d.id);

	// d3.drag<SVGCircleElement, SimNode>() and d3.zoom<SVGSVGElement, unknown>() in TypeScript.
	/** @typedef {import('d3-drag').DragBehavior<SVGCircleElement, SimNode, SimNode | import('d3-drag').SubjectPosition>} NodeDrag */
	/** @typedef {import('d3-zoom').ZoomBehavior<SVGSVGElement, unknown>} SvgZoom */
	const drag = /** @type {NodeDrag} */ (d3.drag())
		.on('start', (event, d) => {
			if (!event.active) simulation.alphaTarget(0.3).restart();
			network.setAttribute('aria-busy', 'true');
			d.fx = d.x;
			d.fy = d.y;
		})
		.on('drag', (event, d) => {
			d.fx = event.x;
			d.fy = event.y;
		})
		.on('end', (event, d) => {
			if (!event.active) simulation.alphaTarget(0);
			d.fx = null;
			d.fy = null;
		});
	node.call(drag);

	svg.call(
		/** @type {SvgZoom} */ (d3.zoom())
			.scaleExtent([0.05, 20])
			.on('zoom', (event) => g.attr('transform', event.transform))
	);

	let drawn = false;
	simulation.on('tick', () => {
		link
			.attr('x1', (d) => /** @type {SimNode} */ (d.source).x ?? 0)
			.attr('y1', (d) => /** @type {SimNode} */ (d.source).y ?? 0)
			.attr('x2', (d) => /** @type {SimNode} */ (d.target).x ?? 0)
			.attr('y2', (d) => /** @type {SimNode} */ (d.target).y ?? 0);
		node.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
		if (!drawn) {
			drawn = true;
			performance.mark('im:first-frame');
		}
	});
	simulation.on('end', () => {
		network.setAttribute('aria-busy', 'false');
		statusText.textContent = `${fmt.format(nodes.length)} nodes · ${fmt.format(links.length)} edges · settled`;
	});
}
