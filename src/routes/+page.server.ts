import { loadDataset } from '$lib/model';
import raw from '../../data/azerbaijan-iran.json';
import type { PageServerLoad } from './$types';

// Runs at build time only (the page is prerendered): an invalid bundled dataset fails the build
// with a message naming the file, the JSON pointer of each problem and the fix.
export const load: PageServerLoad = () => {
	const { dataset } = loadDataset(raw, { strict: true, name: 'data/azerbaijan-iran.json' });
	return { dataset };
};
