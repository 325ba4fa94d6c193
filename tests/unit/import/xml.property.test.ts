import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFiles } from '$lib/import/open';
import type { Opened } from '$lib/import/opened';
import { present } from '$lib/import/fields';
import { parseGraphXml } from '$lib/import/xml';
import { placeScale } from '$lib/import/places';
import type { Dom } from '$lib/import/xml';
import {
	dom,
	encode,
	expectValidDataset,
	mutatedArb,
	netArb,
	outcome,
	runs,
	toGexf,
	toGraphml
} from './property-kit';

const accept = (r: Opened) => expectValidDataset(r.dataset);
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

const gexfArb = fc
	.tuple(netArb(), fc.constantFrom('1.2' as const, '1.3' as const))
	.map(([net, v]) => ({ net, text: toGexf(net, v) }));
const graphmlArb = fc
	.tuple(netArb(), fc.constantFrom('networkx' as const, 'igraph' as const))
	.map(([net, tool]) => ({ net, tool, text: toGraphml(net, tool) }));

/** XML-ish text: tags of both formats, attributes, entities, in any order. */
const xmlishArb = fc
	.array(
		fc.constantFrom(
			'<gexf>',
			'</gexf>',
			'<graphml>',
			'</graphml>',
			'<graph>',
			'</graph>',
			'<graph edgedefault="directed">',
			'<nodes>',
			'<node id="a"/>',
			'<node id="b">',
			'</node>',
			'<node/>',
			'<edge source="a" target="b"/>',
			'<edge source="a" target="z"/>',
			'<edge/>',
			'<key id="d0" for="node" attr.name="x" attr.type="double"/>',
			'<key id="d1" for="node" attr.name="y" attr.type="float"/>',
			'<key id="d2" attr.type="bogus"/>',
			'<data key="d0">',
			'</data>',
			'<attvalue for="0" value="x"/>',
			'<attribute id="0" title="t" type="integer"/>',
			'<attributes class="node">',
			'</attributes>',
			'<viz:color hex="red"/>',
			'<viz:position x="NaN" y="1"/>',
			'&amp;',
			'&bogus;',
			'<![CDATA[x]]>',
			'<!-- c -->',
			'<?xml version="1.0"?>',
			'<!DOCTYPE x [<!ENTITY e "eee">]>',
			'&e;',
			'text',
			' '
		),
		{ maxLength: 14 }
	)
	.map((parts) => parts.join(''));

describe('parseGraphXml (property)', () => {
	it('returns a raw dataset or throws a DatasetError for any XML-ish text, as GEXF and as GraphML', () => {
		fc.assert(
			fc.property(fc.oneof(xmlishArb, fc.string({ maxLength: 40 })), (text) => {
				for (const kind of ['gexf', 'graphml'] as const)
					outcome(
						() => parseGraphXml(text, kind, `f.${kind}`, dom),
						(raw) => expect(Array.isArray(raw.nodes)).toBe(true)
					);
			}),
			runs(600)
		);
	});
});

describe('opening GEXF and GraphML files (property)', () => {
	it('opens every GEXF the generator writes as Gephi does: ids, labels, edges, viz colours and positions', () => {
		fc.assert(
			fc.property(gexfArb, ({ net, text }) => {
				const { dataset, warnings } = openFiles([file('g.gexf', text)], dom);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				expect(dataset.nodes.map((n) => n.id)).toEqual(net.nodes.map((n) => n.id));
				expect(dataset.edges).toHaveLength(net.edges.length);
				// A file that places every node is brought to our scale by one factor (import/places.ts).
				const all = net.nodes.every((n) => n.x !== undefined);
				const k = all ? placeScale(net.nodes.map((n) => ({ x: n.x!, y: n.y! }))) : 1;
				dataset.nodes.forEach((n, i) => {
					const given = net.nodes[i]!;
					// A "label" attribute is the label (the issue: attributes named like fields are used so).
					// (graphology-gexf lets a "label" attvalue replace the element's label, even a blank one.)
					const attr = given.attrs['label'];
					const label =
						attr !== undefined
							? present(attr)
								? String(attr)
								: given.id
							: (given.label ?? given.id).trim() || given.id;
					expect(n.label).toBe(label.trim());
					if (given.x !== undefined)
						expect([n.x, n.y]).toEqual([given.x * k + 0, given.y! * k + 0]);
					if (given.color) expect(n.attributes['color']).toBe(`rgb(${given.color.join(',')})`);
				});
			}),
			runs(200)
		);
	});

	it('opens every GraphML the generators write as networkx and igraph do', () => {
		fc.assert(
			fc.property(graphmlArb, ({ net, tool, text }) => {
				const { dataset, warnings } = openFiles([file('g.graphml', text)], dom);
				expectValidDataset(dataset);
				expect(warnings).toEqual([]);
				const ids =
					tool === 'igraph' ? net.nodes.map((_, i) => `n${i}`) : net.nodes.map((n) => n.id);
				expect(dataset.nodes.map((n) => n.id)).toEqual(ids);
				expect(dataset.edges).toHaveLength(net.edges.length);
				if (tool === 'igraph')
					dataset.nodes.forEach((n, i) => {
						const { id, attrs } = net.nodes[i]!;
						expect(n.label).toBe(present(attrs['label']) ? String(attrs['label']).trim() : id);
					});
			}),
			runs(200)
		);
	});

	it('mutated GEXF and GraphML give a valid dataset or a DatasetError', () => {
		fc.assert(
			fc.property(
				mutatedArb(fc.oneof(gexfArb, graphmlArb).map(({ text }) => text)),
				fc.constantFrom('g.gexf', 'g.graphml', 'g.xml'),
				({ text, bytes }, name) => {
					const result = outcome(
						() => openFiles([{ name, bytes: encode(text, bytes) }], dom),
						accept
					);
					// Places a reader of the XML file can find: a line, a byte, an element's id.
					if (!result.ok)
						for (const issue of result.error.issues)
							expect(issue.pointer).toMatch(
								/^(line \d+, column \d+|the XML|byte \d+|(node|edge) ".*"|)$/s
							);
				}
			),
			runs(400)
		);
	});
});

/** What an entity declared in the generated DOCTYPEs stands for: never seen in what opens. */
const MARK = 'ENTITYTEXT';

/** Pieces of a DOCTYPE's internal subset: declarations, references, and what hides their ends. */
const subsetPieceArb = fc.oneof(
	fc.constantFrom(
		`<!ENTITY e "${MARK}">`,
		`<!ENTITY e '${MARK}&e;'>`,
		`<!ENTITY % p "<!ENTITY e '${MARK}'>">`,
		'%p;',
		`<!ENTITY % p '&#60;!ENTITY e "${MARK}">'>`,
		'<!ENTITY x SYSTEM "file:///etc/passwd">',
		`<!ENTITY\te\n"${MARK}">`,
		'<!ELEMENT node ANY>',
		'<!ELEMENT gexf (meta?, graph)>',
		`<!ATTLIST node label CDATA "${MARK}">`,
		'<!NOTATION n SYSTEM "]>">',
		'<!-- ]> <!ENTITY e "no"> -->',
		'<?pi ]>?>',
		'<![INCLUDE[',
		']]>',
		']',
		'>',
		'"',
		' ',
		'\n'
	),
	fc.string({ maxLength: 6 })
);

/** A DOCTYPE as anyone might write it: a name, perhaps an external id, perhaps an internal subset. */
const doctypeArb = fc
	.tuple(
		fc.constantFrom('', '<!-- before -->', '<?pi?>\r\n', ' '),
		fc.constantFrom('gexf', 'graphml', 'x'),
		fc.constantFrom('', ' SYSTEM "g.dtd"', ' PUBLIC "-//A//B" "a[b>.dtd"', " SYSTEM 'x'"),
		fc.option(fc.array(subsetPieceArb, { maxLength: 6 }), { nil: undefined }),
		fc.constantFrom('>', '', ']>')
	)
	.map(
		([before, name, id, subset, end]) =>
			`${before}<!DOCTYPE ${name}${id}${subset ? ` [${subset.join('')}]` : ''}${end}`
	);

/**
 * The declarations a parser read from a DOCTYPE (xmldom keeps its internal subset as text):
 * whether any is an entity or an attribute list, once comments, instructions and literals are gone.
 */
function declaresEntities(doc: Document): boolean {
	const subset = (doc.doctype as (DocumentType & { internalSubset?: string }) | null)
		?.internalSubset;
	if (!subset) return false;
	const bare = subset
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\?[\s\S]*?\?>/g, '')
		.replace(/"[^"]*"|'[^']*'/g, '');
	return /<!(ENTITY|ATTLIST)/.test(bare);
}

describe('DOCTYPEs and entities (property)', () => {
	it('never expand: the text opens without what an entity stands for, or is refused with a place, and no parser reads a DOCTYPE that declares one', () => {
		const read: Document[] = [];
		/** The parser, keeping what it read so the property can look at its DOCTYPE. */
		class Watched extends dom.DOMParser {
			override parseFromString(text: string, type: DOMParserSupportedType) {
				const doc = super.parseFromString(text, type);
				read.push(doc);
				return doc;
			}
		}
		const watched: Dom = { ...dom, DOMParser: Watched };
		const netArbs = fc.oneof(
			gexfArb.map(({ text }) => ({ text, kind: 'gexf' as const })),
			graphmlArb.map(({ text }) => ({ text, kind: 'graphml' as const }))
		);
		fc.assert(
			fc.property(
				netArbs,
				doctypeArb,
				fc.constantFrom('', '&e;', '&x;', '%p;', '&amp;&e;'),
				({ text, kind }, doctype, reference) => {
					// After the XML declaration, where a DOCTYPE goes; references in every label.
					const cut = text.indexOf('\n') + 1;
					const file =
						text.slice(0, cut) +
						doctype +
						'\n' +
						text.slice(cut).replaceAll('label="', `label="${reference}`);
					read.length = 0;
					const result = outcome(
						() => parseGraphXml(file, kind, `f.${kind}`, watched),
						(raw) => expect(JSON.stringify(raw)).not.toContain(MARK)
					);
					if (!result.ok)
						for (const issue of result.error.issues)
							expect(issue.pointer).toMatch(/^(line \d+, column \d+|the XML|)$/);
					for (const doc of read) expect(declaresEntities(doc)).toBe(false);
				}
			),
			runs(500)
		);
	});
});
