import { describe, expect, it } from 'vitest';
import { isLinked, linkOf, linkTarget } from '$lib/state/link';

const here = 'https://im.test/app/?data=x';

describe('a ?data= link', () => {
	it('names a file of this site, kept under its path and query', () => {
		const target = linkTarget('datasets/n%C9%99t.json?v=2', here);
		if ('refused' in target) throw new Error(target.refused);
		expect(target.url.href).toBe('https://im.test/app/datasets/n%C9%99t.json?v=2');
		expect(target.name).toBe('nət.json');
		expect(target.key).toBe('/app/datasets/n%C9%99t.json?v=2');
		expect(linkTarget('/', here)).toMatchObject({ name: 'dataset', key: '/' });
	});

	it('is refused on another site, or when it is no address', () => {
		expect(linkTarget('https://elsewhere.test/n.json', here)).toEqual({
			refused:
				'data=https://elsewhere.test/n.json was refused: it is on another site (https://elsewhere.test), and only files from this site open by link. Download the file and use "Open file" instead.'
		});
		expect(linkTarget('http://[bad', here)).toEqual({
			refused: 'The link\'s data= value "http://[bad" is not a path or address.'
		});
	});

	it('is found in the address as app.html finds it', () => {
		expect(isLinked('https://im.test/?node=a&data=n.json')).toBe(true);
		expect(isLinked('https://im.test/?metadata=1')).toBe(false);
		expect(linkOf('https://im.test/?data=a%2Fb.json')).toBe('a/b.json');
		expect(linkOf('https://im.test/')).toBeNull();
	});
});
