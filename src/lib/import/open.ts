import { DatasetError, type DatasetIssue } from '../model/issues';
import { loadDataset } from '../model/load';
import { parseJson } from '../model/parse-json';
import type { Dataset } from '../model/types';
import {
	csvEdges,
	csvNodes,
	looksLikeEdges,
	nodesOfEdges,
	SEPARATOR_NAMES,
	type CsvRecords
} from './csv';
import { detectKind, isZip } from './detect';
import { parseGml } from './gml';
import { isCytoscapeJson, isGraphologyJson, readCytoscape, readGraphology } from './json-graphs';
import { parsePajek } from './pajek';
import { fitPlaces } from './places';
import { csvFilesOfZip } from './zip';
import { decodeText } from './decode';
import { withPythonIds } from './networkx';
import { parseGraphXml, type Dom } from './xml';
import { MAX_BYTES, tooLarge, type ImportStage } from './protocol';
import { fits, type LayoutSnapshot } from '../model/layout-snapshot';
import type { InputFile } from './input-file';
import type { Opened } from './opened';

export { MAX_BYTES };

const ext = (name: string) => name.toLowerCase().split('.').pop() ?? '';

function refuse(name: string, message: string, fix: string): never {
	throw new DatasetError([{ pointer: '', message, fix }], name);
}

/**
 * Opens one file (the project's JSON, d3 node-link JSON, networkx node_link_data, graphology or
 * Cytoscape.js JSON, GEXF, GraphML, GML, Pajek .net, a CSV edge list, or a ZIP of CSVs) or two CSV
 * files (nodes and edges) chosen together. XML needs a DOM (`dom`): the
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
	if (files.length === 1 && isZip(files[0]!.bytes))
		return openFiles(csvFilesOfZip(files[0]!), dom, onStage);
	onStage('Decoding');
	const texts = files.map((f) => ({ name: f.name, text: decodeText(f.bytes, f.name) }));
	onStage('Parsing');
	const name = texts.map((t) => t.name).join(' + ');

	if (texts.length === 2) {
		if (!texts.every((t) => ext(t.name) === 'csv' || ext(t.name) === 'tsv'))
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
		const edges = csvEdges(edgeFile.text, edgeFile.name, true);
		const nodes = csvNodes(nodeFile.text, nodeFile.name);
		onStage('Checking');
		const opened = loadTables(stem(nodeFile.name), name, {
			nodes: { ...nodes, file: nodeFile.name },
			edges: { ...edges, file: edgeFile.name }
		});
		note(opened, separatorNote(nodeFile.name, nodes), separatorNote(edgeFile.name, edges));
		return opened;
	}

	const [{ text, name: file }] = texts as [{ name: string; text: string }];
	const kind = detectKind(file, text);
	if (kind === 'csv') {
		const edges = csvEdges(text, file);
		onStage('Checking');
		const opened = loadTables(stem(file), file, { nodes: nodesOfEdges(edges), edges });
		note(opened, separatorNote(file, edges));
		return opened;
	}
	if (kind === 'xml') {
		if (!dom) refuse(file, 'XML files need a browser to open', 'Open the file in the dashboard.');
		const xmlKind =
			ext(file) === 'gexf' || /<gexf[\s>]/.test(text.slice(0, 2000)) ? 'gexf' : 'graphml';
		const raw = parseGraphXml(text, xmlKind, file, dom);
		onStage('Checking');
		// XML elements are found by their id: 'node "n3"', 'edge "e7"'.
		return placed(
			loadPlaced({ ...raw, title: raw.title ?? stem(file) }, file, (list, index) => {
				const id = raw[list][index]?.['id'];
				return id === undefined
					? undefined
					: `${list === 'nodes' ? 'node' : 'edge'} "${String(id)}"`;
			})
		);
	}
	if (kind === 'gml' || kind === 'pajek') {
		const read = (kind === 'gml' ? parseGml : parsePajek)(text, file);
		onStage('Checking');
		return placed(
			loadPlaced({ ...read.raw, title: read.raw.title ?? stem(file) }, file, read.place)
		);
	}
	const json = withPythonIds(parseJson(text, file));
	const other = isCytoscapeJson(json)
		? readCytoscape(json, file)
		: isGraphologyJson(json)
			? readGraphology(json, file)
			: null;
	onStage('Checking');
	if (other)
		return placed(
			loadPlaced({ ...other.raw, title: other.raw['title'] ?? stem(file) }, file, other.place)
		);
	const result = loadDataset(json, { name: file });
	if (result.dataset.title === 'Untitled network') result.dataset.title = stem(file);
	return result;
}

/** Adds paragraphs to the summary of a network opened from another tool's file. */
function note(opened: Opened, ...lines: string[]): void {
	const d = opened.dataset;
	d.summary = [d.summary, ...lines].filter((l) => l.trim() !== '').join('\n\n');
}

const separatorNote = (file: string, table: CsvRecords) =>
	table.separator ? `${file}: columns separated by ${SEPARATOR_NAMES[table.separator]}.` : '';

/** A network from another tool, its positions brought to our scale (see places.ts), saying so. */
function placed(opened: Opened): Opened {
	const k = fitPlaces(opened.dataset);
	if (k !== 1)
		note(
			opened,
			`The file's positions were scaled by ${Number(k.toPrecision(3))} to suit the picture's node sizes.`
		);
	return opened;
}

type Table = CsvRecords & { file?: string };

/** Where a record of a file is, for a user reading that file: "row 5 of edges.csv", 'node "n3"'. */
type Place = (list: 'nodes' | 'edges', index: number) => string | undefined;

/**
 * loadDataset, naming each problem by its place in the file rather than in the dataset: a pointer
 * such as "/edges/3/weight" means nothing to someone holding a CSV or GEXF file.
 */
function loadPlaced(raw: Record<string, unknown>, name: string, where: Place): Opened {
	const place = (issue: DatasetIssue): DatasetIssue => {
		const m = /^\/(nodes|edges)\/(\d+)(?:\/|$)/.exec(issue.pointer);
		const found = m ? where(m[1] as 'nodes' | 'edges', Number(m[2])) : undefined;
		return found === undefined ? issue : { ...issue, pointer: found };
	};
	try {
		const { dataset, warnings } = loadDataset(raw, { name });
		return { dataset, warnings: warnings.map(place) };
	} catch (error) {
		if (error instanceof DatasetError) throw new DatasetError(error.issues.map(place), name);
		throw error;
	}
}

/** CSV tables: problems are named by row (and file, when there are two). */
function loadTables(title: string, name: string, tables: { nodes: Table; edges: Table }): Opened {
	const raw = { title, nodes: tables.nodes.records, edges: tables.edges.records };
	return loadPlaced(raw, name, (list, index) => {
		const table = tables[list];
		const row = table.rows[index];
		if (row === undefined) return undefined;
		return table.file ? `row ${row} of ${table.file}` : `row ${row}`;
	});
}

function stem(name: string): string {
	return name.replace(/\.[^.]+$/, '');
}

/**
 * Places and pins the nodes of a reopened network where they were left, as a Download JSON of it
 * would: positions as x and y, pins as a `pinned` attribute. A layout that does not fit the
 * network (another node count, or other ids where it names them) is ignored and the network is
 * laid out afresh.
 */
export function placeAsSaved(dataset: Dataset, layout: LayoutSnapshot): void {
	const { positions, pinned } = layout;
	if (
		!fits(
			layout,
			dataset.nodes.map((n) => n.id)
		)
	)
		return;
	dataset.nodes.forEach((n, i) => {
		n.x = positions[2 * i]!;
		n.y = positions[2 * i + 1]!;
		if ('pinned' in n.attributes) {
			const attributes = { ...n.attributes };
			delete attributes['pinned'];
			n.attributes = attributes;
		}
	});
	for (const i of pinned) {
		const n = dataset.nodes[i];
		if (n) n.attributes = { ...n.attributes, pinned: true };
	}
}
