import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileRefused, openInWorker } from '$lib/import/open-async';
import { dom } from './property-kit';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

/** The bomb, small: one entity referenced many times. The page's parser would expand it. */
const bomb = (size: number, refs: number) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE gexf [<!ENTITY big "${'x'.repeat(size)}">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="${'&big;'.repeat(refs)}"/></nodes></graph></gexf>`;

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="Bakı"/><node id="b" label="Gəncə"/></nodes><edges><edge id="0" source="a" target="b"/></edges></graph></gexf>`;

describe('openInWorker where no worker can start', () => {
	afterEach(() => vi.unstubAllGlobals());

	/** The page's own DOMParser, recording every text it is given. */
	function pageWithoutWorkers(): string[] {
		const parsed: string[] = [];
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new Error('workers are off');
				}
			}
		);
		vi.stubGlobal(
			'DOMParser',
			class extends dom.DOMParser {
				override parseFromString(text: string, type: DOMParserSupportedType) {
					parsed.push(text);
					return super.parseFromString(text, type);
				}
			}
		);
		vi.stubGlobal('Document', dom.Document);
		return parsed;
	}

	it('refuses a DOCTYPE with entities before the page’s parser sees it', async () => {
		const parsed = pageWithoutWorkers();
		const opening = openInWorker([file('bomb.gexf', bomb(500, 500))]);
		await expect(opening).rejects.toBeInstanceOf(FileRefused);
		await expect(opening).rejects.toThrow(
			/^bomb\.gexf is not valid \(1 problem\):\n {2}line 2, column 17: the DOCTYPE declares the entity "big"/
		);
		expect(parsed).toEqual([]);
	});

	it('still opens a GEXF file on the page', async () => {
		const parsed = pageWithoutWorkers();
		const opened = await openInWorker([file('cities.gexf', GEXF)]);
		expect(opened.dataset.nodes.map((n) => n.label)).toEqual(['Bakı', 'Gəncə']);
		expect(parsed).toHaveLength(1);
	});
});
