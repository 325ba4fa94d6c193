import { isolate } from './bidi';
/**
 * Text as it is shown: a label on the picture, a value in the side panel. A file may hold a label of
 * a hundred million characters; laying out that much text stalls a browser for seconds, so what is
 * shown is cut to a length that draws at once. The full text stays in the data.
 */

/** The most characters of a node's label drawn on the picture (screen, canvas, exports), '…' included. */
export const LABEL_MAX = 80;

/**
 * The most characters of one text the side panel shows: a heading, a description, an attribute's
 * value. Some 2,000 words, laid out in a few milliseconds; a file may hold millions.
 */
export const PANEL_MAX = 10_000;

const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/**
 * `text` cut to at most `max` code units (at least 1), the ellipsis that ends it included; never
 * half a character.
 */
export function clipText(text: string, max: number): string {
	if (text.length <= max) return text;
	let head = text.slice(0, Math.max(max - 1, 0));
	if (HIGH_SURROGATE.test(head)) head = head.slice(0, -1);
	return head.trimEnd() + '…';
}

/** A node's label as the picture draws it. */
export function drawnLabel(label: string): string {
	return clipText(label, LABEL_MAX);
}

/** What the panel shows of a text or value: cut if need be, and then a note that says so. */
export interface ShownValue {
	text: string;
	note?: string;
}

/**
 * A value of an attribute as the side panel shows it: text as it is, anything else as JSON; past
 * `max` characters cut, with the length in all for text. Only the part shown is ever written, so a
 * list of millions of items costs no more than a short one.
 */
export function shownValue(value: unknown, max = PANEL_MAX): ShownValue {
	if (typeof value === 'string')
		return value.length <= max
			? { text: value }
			: {
					text: clipText(value, max),
					note: `(${value.length.toLocaleString('en-US')} characters in all)`
				};
	const head = jsonHead(value, max);
	return head.length <= max ? { text: head } : { text: clipText(head, max), note: '(shortened)' };
}

/** `value` as JSON.stringify writes it, stopping once it is longer than `max`. */
function jsonHead(value: unknown, max: number): string {
	let out = '';
	/** Writes `v`; false once the text is long enough, to stop every loop above it. */
	const write = (v: unknown): boolean => {
		if (typeof v === 'string') out += JSON.stringify(v.length > max ? v.slice(0, max) : v);
		else if (Array.isArray(v)) {
			out += '[';
			for (let i = 0; i < v.length; i++) {
				if (i > 0) out += ',';
				if (!write(v[i])) return false;
			}
			out += ']';
		} else if (v !== null && typeof v === 'object') {
			out += '{';
			let first = true;
			for (const [k, item] of Object.entries(v)) {
				if (item === undefined || typeof item === 'function') continue;
				out += (first ? '' : ',') + JSON.stringify(k.length > max ? k.slice(0, max) : k) + ':';
				first = false;
				if (!write(item)) return false;
			}
			out += '}';
		} else out += JSON.stringify(v) ?? 'null';
		return out.length <= max;
	};
	write(value);
	return out;
}

/**
 * An edge named as text (an accessible name): "source → relation → target", each user string cut
 * as the picture cuts it and isolated, so the arrows keep their order whatever the labels hold.
 */
export function edgeHeading(source: string, relation: string | undefined, target: string): string {
	const rel = relation === undefined ? 'linked to' : isolate(drawnLabel(relation));
	return `${isolate(drawnLabel(source))} → ${rel} → ${isolate(drawnLabel(target))}`;
}
