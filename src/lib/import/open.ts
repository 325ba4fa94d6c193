import { DatasetError, type DatasetIssue } from '../model/issues';
import { loadDataset } from '../model/load';
import { parseJson } from '../model/parse-json';
import type { Dataset } from '../model/types';
import { csvEdges, csvNodes, looksLikeEdges, nodesOfEdges } from './csv';
import { decodeText } from './decode';
import { parseGraphXml, type Dom } from './xml';
import { MAX_BYTES, tooLarge, type ImportStage } from './protocol';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

export interface Opened {
	dataset: Dataset;
	/** Problems that were repaired or skipped, e.g. edges to nodes that do not exist. */
	warnings: DatasetIssue[];
}

export { MAX_BYTES };

const ext = (name: string) => name.toLowerCase().split('.').pop() ?? '';

function refuse(name: string, message: string, fix: string): never {
	throw new DatasetError([{ pointer: '', message, fix }], name);
}

/**
 * Opens one file (the project's JSON, d3 node-link JSON, networkx node_link_data, GEXF, GraphML or a
 * CSV edge list) or two CSV files (nodes and edges) chosen together. XML needs a DOM (`dom`): the
 * browser's, or xmldom's in tests. Everything happens in the browser. Throws a
 * DatasetError naming the file, the place (line and column, JSON pointer, row or byte) and the fix.
 */
export function openFiles(
	files: InputFile[],
	dom?: Dom,
	onStage: (stage: ImportStage) => void = () => {}
): Opened {
	if (files.length === 0) refuse('No file', 'nothing was chosen', 'Choose a .json or .csv file.');
	if (files.length > 2)
		refuse(
			files.map((f) => f.name).join(', '),
			'too many files',
			'Choose one file, or a nodes file and an edges file.'
		);
	for (const f of files)
		if (f.bytes.length > MAX_BYTES)
			refuse(f.name, tooLarge(f.bytes.length), 'Open a smaller extract of the network.');
	onStage('Decoding');
	const texts = files.map((f) => ({ name: f.name, text: decodeText(f.bytes, f.name) }));
	onStage('Parsing');
	const check: typeof loadDataset = (raw, options) => {
		onStage('Checking');
		return loadDataset(raw, options);
	};
	const name = texts.map((t) => t.name).join(' + ');

	if (texts.length === 2) {
		if (!texts.every((t) => ext(t.name) === 'csv'))
			refuse(
				name,
				'two files can only be a nodes CSV and an edges CSV',
				'Choose the two CSV files together, or one file.'
			);
		const edgeFile = texts.find((t) => looksLikeEdges(t.text));
		const nodeFile = texts.find((t) => t !== edgeFile);
		if (!edgeFile || !nodeFile)
			refuse(
				name,
				'neither file has source and target columns',
				'One of the two files must list edges with source and target columns.'
			);
		const edges = csvEdges(edgeFile.text, edgeFile.name);
		const nodes = csvNodes(nodeFile.text, nodeFile.name);
		return check({ title: stem(nodeFile.name), nodes, edges }, { name });
	}

	const [{ text, name: file }] = texts as [{ name: string; text: string }];
	const kind = ext(file);
	if (kind === 'csv' || (kind !== 'json' && looksLikeEdges(text))) {
		const edges = csvEdges(text, file);
		return check({ title: stem(file), nodes: nodesOfEdges(edges), edges }, { name: file });
	}
	if (kind === 'gexf' || kind === 'graphml' || kind === 'xml' || text.trimStart().startsWith('<')) {
		if (!dom) refuse(file, 'XML files need a browser to open', 'Open the file in the dashboard.');
		const xmlKind = kind === 'gexf' || /<gexf[\s>]/.test(text.slice(0, 2000)) ? 'gexf' : 'graphml';
		const raw = parseGraphXml(text, xmlKind, file, dom);
		return check({ ...raw, title: raw.title ?? stem(file) }, { name: file });
	}
	const json = parseJson(text, file);
	const result = check(json, { name: file });
	if (result.dataset.title === 'Untitled network') result.dataset.title = stem(file);
	return result;
}

function stem(name: string): string {
	return name.replace(/\.[^.]+$/, '');
}
