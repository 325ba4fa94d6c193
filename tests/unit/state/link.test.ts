import { describe, expect, it } from 'vitest';
import { isLinked, linkOf } from '$lib/state/link';
import { linkCopiedText, linkTarget } from '$lib/state/link-target';

const here = 'https://im.test/app/?data=x';

describe('what Copy link says', () => {
	it('warns, naming what the link shows, when the network came from files', () => {
		expect(linkCopiedText('https://im.test/?node=a', false)).toBe('Link copied');
		expect(linkCopiedText('https://im.test/?node=a', true)).toBe(
			'Link copied — elsewhere it opens the bundled network, not this file: send the file, or Download JSON'
		);
		expect(linkCopiedText('https://im.test/?data=d.json&node=a', true)).toMatch(
			/^Link copied — elsewhere it opens the network the link names, not this file/
		);
	});
});

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

	it('refuses blob:, data:, javascript: and file: addresses, saying why, though blob: carries this origin', () => {
		// A blob: address of this page has this page's origin, so the origin check let it through
		// and the fetch failed with only "Failed to fetch".
		const blob = linkTarget('blob:https://im.test/0b5e2c1a-7d4e-4f7a-9c1e-3a2b1c0d9e8f', here);
		expect(blob).toEqual({
			refused:
				'data=blob:https://im.test/0b5e2c1a-7d4e-4f7a-9c1e-3a2b1c0d9e8f was refused: a blob: address names data that one page made in this browser, not a file this site serves, so it cannot be opened by link. Put the file on this site and link to its path, or use "Open file".'
		});
		expect(linkTarget('data:application/json,{"nodes":[]}', here)).toEqual({
			refused:
				'data=data:application/json,{"nodes":[]} was refused: a data: address carries the file in the link itself, not a file this site serves. Save it as a file and use "Open file".'
		});
		expect(linkTarget('javascript:alert(1)', here)).toEqual({
			refused:
				'data=javascript:alert(1) was refused: a javascript: address is a script, not a file this site serves. Only a file of this site opens by link.'
		});
		expect(linkTarget('file:///home/me/net.json', here)).toEqual({
			refused:
				'data=file:///home/me/net.json was refused: a file: address names a file on one computer, which a web page may not read. Use "Open file" to choose it.'
		});
		// Case and other schemes: only this site's http(s) files open.
		expect(linkTarget('BLOB:https://im.test/x', here)).toMatchObject({
			refused: expect.stringContaining('a blob: address')
		});
		expect(linkTarget('ftp://im.test/n.json', here)).toEqual({
			refused:
				'data=ftp://im.test/n.json was refused: its scheme, ftp:, is not http(s), so it names no file this site serves. Only a file of this site opens by link.'
		});
	});

	it('shows at most the start of a long refused link', () => {
		const long = `data:application/json,${'x'.repeat(100_000)}`;
		const target = linkTarget(long, here);
		if (!('refused' in target)) throw new Error('expected a refusal');
		expect(target.refused.length).toBeLessThan(400);
		expect(target.refused).toMatch(
			/^data=data:application\/json,x{20,}… was refused: a data: address/
		);
	});

	it('is found in the address as app.html finds it', () => {
		expect(isLinked('https://im.test/?node=a&data=n.json')).toBe(true);
		expect(isLinked('https://im.test/?metadata=1')).toBe(false);
		expect(linkOf('https://im.test/?data=a%2Fb.json')).toBe('a/b.json');
		expect(linkOf('https://im.test/')).toBeNull();
	});
});
