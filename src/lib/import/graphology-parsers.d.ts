// The parser factories of graphology-gexf and graphology-graphml take the DOM to use, so the same code
// runs in the browser (its DOMParser) and in unit tests (xmldom's). Their packages type only the
// browser and Node entry points; these declarations cover the factories.
declare module 'graphology-gexf/common/parser.js' {
	import type Graph from 'graphology';
	type Parse = (
		graph: typeof Graph,
		source: string | Document,
		options?: Record<string, unknown>
	) => Graph;
	export default function createParserFunction(dom: typeof DOMParser, doc: typeof Document): Parse;
}

declare module 'graphology-graphml/common/parser.js' {
	import type Graph from 'graphology';
	type Parse = (
		graph: typeof Graph,
		source: string | Document,
		options?: Record<string, unknown>
	) => Graph;
	export default function createParserFunction(dom: typeof DOMParser, doc: typeof Document): Parse;
}

declare module 'graphology-gexf/browser/writer.js' {
	import type Graph from 'graphology';
	export default function write(
		graph: Graph,
		options?: {
			version?: '1.2' | '1.3';
			pretty?: boolean;
			formatNode?: (key: string, attributes: Record<string, unknown>) => Record<string, unknown>;
			formatEdge?: (key: string, attributes: Record<string, unknown>) => Record<string, unknown>;
		}
	): string;
}
