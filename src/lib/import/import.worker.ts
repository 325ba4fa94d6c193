/// <reference lib="webworker" />
import { DOMParser } from '@xmldom/xmldom';
import { openFiles } from './open';
import type { ImportReply, ImportRequest } from './protocol';

// Files are parsed here so a large one never stalls the page. Workers have no DOMParser: GEXF
// and GraphML go through xmldom, which the unit tests use too.
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** xmldom logs recoverable problems to the console; a bad file is reported once, as an error. */
class QuietDOMParser extends DOMParser {
	constructor() {
		super({ onError: () => {} });
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
		const result = openFiles(event.data.files, dom, (stage) => reply({ type: 'progress', stage }));
		reply({ type: 'done', result });
	} catch (error) {
		reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
