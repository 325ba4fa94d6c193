import { saveBlob } from '$lib/export/download';
import { pictureOf } from '$lib/export/formats/records';
import { fileName } from '$lib/export/options';
import type { DatasetSession } from '$lib/state/session.svelte';

export type DownloadFormat = 'gexf' | 'graphml' | 'gml' | 'zip';

/**
 * Writes the network on screen (its fields, the layout's positions, the drawn colours and sizes)
 * in another tool's format and saves it. Loaded on the first "Download …" click, with the writer.
 */
export async function downloadAs(session: DatasetSession, format: DownloadFormat): Promise<void> {
	const { model, runner, explorer } = session;
	const picture = pictureOf(runner.positions, explorer.ctx);
	const name = fileName(model.dataset.title, 'network', new Date(), format);
	if (format === 'gexf') {
		const { toGexf } = await import('$lib/export/formats/gexf');
		saveBlob(new Blob([toGexf(model.dataset, picture)], { type: 'application/xml' }), name);
	} else if (format === 'graphml') {
		const { toGraphml } = await import('$lib/export/formats/graphml');
		saveBlob(new Blob([toGraphml(model.dataset, picture)], { type: 'application/xml' }), name);
	} else if (format === 'gml') {
		const { toGml } = await import('$lib/export/formats/gml');
		saveBlob(new Blob([toGml(model.dataset, picture)], { type: 'text/plain' }), name);
	} else {
		const { toCsvZip } = await import('$lib/export/formats/csv-zip');
		const bytes = toCsvZip(model.dataset, picture);
		saveBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), name);
	}
}
