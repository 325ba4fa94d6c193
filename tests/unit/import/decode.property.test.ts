import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidUtf8Offset } from '$lib/import/decode';
import { outcome, runs } from './property-kit';

/** Bytes rich in the boundaries of UTF-8: lead bytes, continuation bytes and their edges. */
const bytesArb = fc
	.array(
		fc.oneof(
			fc.nat(255),
			fc.constantFrom(0x00, 0x61, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2),
			fc.constantFrom(0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff)
		),
		{ maxLength: 48 }
	)
	.map((a) => Uint8Array.from(a));

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const isUtf8 = (bytes: Uint8Array) => {
	try {
		strict.decode(bytes);
		return true;
	} catch {
		return false;
	}
};

describe('decodeText (property)', () => {
	it('agrees with a strict UTF-8 decoder: the same text, or "not UTF-8" at the first bad byte', () => {
		fc.assert(
			fc.property(bytesArb, (bytes) => {
				const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
				const utf16 =
					(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
				const body = bom ? bytes.subarray(3) : bytes;
				const result = outcome(
					() => decodeText(bytes, 'f.json'),
					(text) => expect(typeof text).toBe('string')
				);
				if (utf16) {
					expect(result.ok).toBe(true);
					return;
				}
				expect(result.ok).toBe(isUtf8(body));
				if (result.ok) expect(result.value).toBe(strict.decode(body));
				else {
					const at = invalidUtf8Offset(body);
					// Everything before the named byte is valid UTF-8, and it is not; the file's own offset
					// counts the BOM.
					expect(at).toBeGreaterThanOrEqual(0);
					expect(isUtf8(body.subarray(0, at))).toBe(true);
					expect(isUtf8(body.subarray(0, at + 1))).toBe(false);
					expect(result.error.issues[0]!.pointer).toBe(`byte ${at + (bom ? 3 : 0)}`);
				}
			}),
			runs(3000)
		);
	});

	it('finds a bad byte in exactly the bytes a strict UTF-8 decoder refuses', () => {
		// decodeText asks the native decoder first; the scan that names the byte must agree with it.
		fc.assert(
			fc.property(bytesArb, (bytes) => {
				expect(invalidUtf8Offset(bytes) === -1).toBe(isUtf8(bytes));
			}),
			runs(3000)
		);
	});

	it('reads back any text written as UTF-8, UTF-8 with a BOM, or UTF-16 with a BOM', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
				const utf8 = new TextEncoder().encode(text);
				expect(decodeText(utf8, 'f')).toBe(text);
				expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'f')).toBe(text);
				const le = new Uint8Array(2 + text.length * 2);
				const be = new Uint8Array(2 + text.length * 2);
				new DataView(le.buffer).setUint16(0, 0xfeff, true);
				new DataView(be.buffer).setUint16(0, 0xfeff, false);
				for (let i = 0; i < text.length; i++) {
					new DataView(le.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
					new DataView(be.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), false);
				}
				expect(decodeText(le, 'f')).toBe(text);
				expect(decodeText(be, 'f')).toBe(text);
			}),
			runs(500)
		);
	});
});
