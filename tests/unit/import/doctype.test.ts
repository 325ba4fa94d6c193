import { describe, expect, it } from 'vitest';
import { checkDoctype } from '$lib/import/doctype';
import { openFiles } from '$lib/import/open';
import { DatasetError, formatIssue } from '$lib/model';
import { dom } from './property-kit';
import { charactersRead } from '../work-meter';

/** The one problem the check reports, as the user reads it; null when the text may be parsed. */
function refusal(text: string, name = 'f.gexf'): string | null {
	try {
		checkDoctype(text, name);
		return null;
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		expect(error.message.split('\n')[0]).toBe(`${name} is not valid (1 problem):`);
		expect(error.issues).toHaveLength(1);
		return formatIssue(error.issues[0]!);
	}
}

const GEXF_BODY = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;

describe('checkDoctype: a DOCTYPE may not declare entities', () => {
	it('lets XML without a DOCTYPE through, whatever its text holds', () => {
		expect(refusal(GEXF_BODY)).toBeNull();
		expect(refusal('')).toBeNull();
		// Declarations in a comment or a CDATA section of the body declare nothing.
		expect(refusal('<g><!-- <!DOCTYPE g [<!ENTITY e "x">]> --></g>')).toBeNull();
		expect(refusal('<g><![CDATA[<!DOCTYPE g [<!ENTITY e "x">]>]]></g>')).toBeNull();
		expect(refusal('<?xml version="1.0"?>\n<!-- a <!ENTITY comment -->\n<g/>')).toBeNull();
	});

	it('lets a DOCTYPE without entity declarations through', () => {
		expect(refusal(`<!DOCTYPE gexf>${GEXF_BODY}`)).toBeNull();
		expect(
			refusal(
				'<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">\n<graphml/>'
			)
		).toBeNull();
		expect(refusal('<!DOCTYPE g PUBLIC "-//A//DTD B//EN" "b.dtd"><g/>')).toBeNull();
		// An internal subset of element and notation declarations, comments and instructions only.
		expect(
			refusal(
				`<!DOCTYPE g [\n  <!ELEMENT g (#PCDATA)>\n  <!-- no <!ENTITY here -->\n  <?pi x?>\n  <!NOTATION n SYSTEM "]>">\n  %external;\n]>\n<g/>`
			)
		).toBeNull();
	});

	it('refuses a general entity, naming it, its line and column, and what to do', () => {
		expect(
			refusal('<?xml version="1.0"?>\n<!DOCTYPE gexf [\n  <!ENTITY e "eee">\n]>\n<gexf/>')
		).toBe(
			'line 3, column 3: the DOCTYPE declares the entity "e", and entities are never expanded here. Remove the DOCTYPE\'s entity declarations (and the references to them) and open the file again: Gephi, yEd and networkx never write them.'
		);
	});

	it('refuses parameter entities and external entities', () => {
		expect(refusal('<!DOCTYPE g [<!ENTITY % p "<!ENTITY e \'Z\'>"> %p;]><g>&e;</g>')).toMatch(
			/^line 1, column 14: the DOCTYPE declares the parameter entity "%p", and entities are never expanded here\./
		);
		expect(refusal('<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]><g>&x;</g>')).toMatch(
			/^line 1, column 14: the DOCTYPE declares the entity "x"/
		);
		// Found however the DOCTYPE is written: after a byte-order mark, comments and instructions,
		// with an external id holding "[" and ">", with a comment holding "]>", on CRLF lines.
		expect(
			refusal('\ufeff<?xml version="1.0"?><!-- c --><?pi?>\r\n<!DOCTYPE g [<!ENTITY e "x">]><g/>')
		).toMatch(/^line 2, column 14: /);
		expect(refusal('<!DOCTYPE g SYSTEM "a[b>.dtd" [<!ENTITY e "x">]><g/>')).toMatch(
			/^line 1, column 32: .* "e"/
		);
		expect(refusal('<!DOCTYPE g [<!-- ]> --><!ENTITY e "x">]><g/>')).toMatch(
			/^line 1, column 25: .* "e"/
		);
		expect(refusal('<!DOCTYPE g[<!ENTITY\te\n"x">]><g/>')).toMatch(/^line 1, column 13: .* "e"/);
	});

	it('finds a DOCTYPE wherever a parser that recovers from a bad prolog might read one', () => {
		// Junk or a broken XML declaration before the DOCTYPE: malformed, but nothing is left to chance.
		expect(refusal('x <!DOCTYPE g [<!ENTITY e "x">]><g/>')).toMatch(/^line 1, column 16: .* "e"/);
		expect(refusal('<?xml version="1.0?>"?><!DOCTYPE g [<!ENTITY e "x">]><g/>')).toMatch(
			/^line 1, column 37: .* "e"/
		);
		// An element declaration holds no literal: a quote in one does not hide what follows it.
		expect(refusal('<!DOCTYPE g [<!ELEMENT g \'><!ENTITY e "x">\'>]><g/>')).toMatch(
			/^line 1, column 28: .* "e"/
		);
	});

	it('refuses attribute defaults, which the browser applies and xmldom does not', () => {
		expect(refusal('<!DOCTYPE g [<!ATTLIST node label CDATA "x">]><g/>')).toBe(
			"line 1, column 14: the DOCTYPE declares default attributes (ATTLIST), which only some XML readers apply. Remove the DOCTYPE's declarations and open the file again: Gephi, yEd and networkx never write them."
		);
	});

	it('refuses an internal subset it cannot read rather than let a parser decide', () => {
		expect(refusal('<!DOCTYPE g [<![INCLUDE[<!ENTITY e "x">]]>]><g/>')).toMatch(
			/^line 1, column 14: the DOCTYPE holds something other than declarations\. Remove the DOCTYPE/
		);
		expect(refusal('<!DOCTYPE g [ junk ]><g/>')).toMatch(/^line 1, column 15: /);
	});

	it('names the file in GraphML too, before any parser sees the text', () => {
		const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE graphml [<!ENTITY lol "lol">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"><data key="d0">&lol;</data></node></graph></graphml>`;
		const parsed: string[] = [];
		class Spy extends dom.DOMParser {
			override parseFromString(text: string, type: DOMParserSupportedType) {
				parsed.push(text);
				return super.parseFromString(text, type);
			}
		}
		const bytes = new TextEncoder().encode(graphml);
		expect(() => openFiles([{ name: 'lol.graphml', bytes }], { ...dom, DOMParser: Spy })).toThrow(
			/^lol\.graphml is not valid \(1 problem\):\n {2}line 2, column 20: the DOCTYPE declares the entity "lol"/
		);
		expect(parsed).toEqual([]);
	});

	it('scans a long prolog in linear time', () => {
		const prolog = (n: number) =>
			`<!--${'-x'.repeat(n)}-->` + `<!DOCTYPE g [${'<!ELEMENT g ANY>'.repeat(n / 40)}]><g/>`;
		// Counted, not timed: a scan that went back over the text, or handed the rest of it to a
		// regular expression at each declaration, would read quadratically many characters.
		const read = (text: string) => {
			let result: string | null = 'not run';
			const chars = charactersRead(() => (result = refusal(text)));
			expect(result).toBeNull();
			return chars;
		};
		const small = prolog(1_000_000);
		const large = prolog(2_000_000);
		const [once, twice] = [read(small), read(large)];
		// Twice the text, twice the reading (each declaration is read through a window of a few
		// hundred characters, so the count is a few times the text, but no more per character).
		expect(once).toBeGreaterThan(small.length);
		expect(twice / once).toBeLessThan(2.05);
	});
});
