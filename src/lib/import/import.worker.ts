/// <reference lib="webworker" />
import { DOMParser } from '@xmldom/xmldom';
import { openFiles, placeAsSaved } from './open';
import { openedMessages, type ImportReply, type ImportRequest } from './protocol';

// Files are parsed here so a large one never stalls the page. Workers have no DOMParser: GEXF
// and GraphML go through xmldom, which the unit tests use too.
const scope = self as unknown as DedicatedWorkerGlobalScope;
/**
 * xmldom logs recoverable problems to the console; a bad file is reported once, as an error. An
 * entity it does not know (`&nbsp;`, a bare `&`) it would keep as text, where the browser refuses
 * the file: it is refused here too, at its line and column, so both read XML by the same rules.
 */
class QuietDOMParser extends DOMParser {
	constructor() {
		super({
			onError: (level, message) => {
				if (level === 'error' && /entit/i.test(message)) throw new Error(message);
			}
		});
	}
}
const dom = {
	DOMParser: QuietDOMParser as unknown as typeof globalThis.DOMParser,
	Document: new DOMParser().parseFromString('<t/>', 'application/xml')
		.constructor as unknown as typeof Document
};
const reply = (message: ImportReply) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
	try {
		const { files, layout } = event.data;
		const result = openFiles(files, dom, (stage) => reply({ type: 'progress', stage }));
		if (layout) placeAsSaved(result.dataset, layout);
		for (const message of openedMessages(result, files))
			if (message.type === 'done')
				scope.postMessage(
					message,
					files.map((f) => f.bytes.buffer as ArrayBuffer)
				);
			else reply(message);
	} catch (error) {
		reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
