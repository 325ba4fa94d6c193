import { DatasetError } from '../model/issues';

/**
 * Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. Follows the
 * table of well-formed sequences in the Unicode standard (§3.9, table 3-7): the second byte after
 * E0, ED, F0 and F4 has a narrower range, which rules out overlong forms, surrogates and code points
 * past U+10FFFF. A decoder would turn those into U+FFFD and show the user mojibake.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const need =
			b < 0x80
				? 0
				: b >= 0xc2 && b <= 0xdf
					? 1
					: b >= 0xe0 && b <= 0xef
						? 2
						: b >= 0xf0 && b <= 0xf4
							? 3
							: -1;
		if (need < 0) return i;
		const [low, high] =
			b === 0xe0
				? [0xa0, 0xbf]
				: b === 0xed
					? [0x80, 0x9f]
					: b === 0xf0
						? [0x90, 0xbf]
						: b === 0xf4
							? [0x80, 0x8f]
							: [0x80, 0xbf];
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
		}
		i += need + 1;
	}
	return -1;
}

/**
 * Text of a file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
 * Anything else is refused with the offset of the first byte that is not UTF-8, rather than shown
 * as mojibake. The native decoder checks the bytes; our own scan runs only to name the bad byte.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const body =
		bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		const bad = invalidUtf8Offset(body);
		throw new DatasetError(
			[
				{
					pointer: `byte ${bad + (body === bytes ? 0 : 3)}`,
					message: 'not UTF-8 text',
					fix: 'Save the file as UTF-8 (or UTF-16 with a byte-order mark) and open it again.'
				}
			],
			name
		);
	}
}
