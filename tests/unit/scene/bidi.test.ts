import { describe, expect, it } from 'vitest';
import { balanced, isolate } from '$lib/scene/bidi';

const FSI = '\u2068',
	PDI = '\u2069',
	RLO = '\u202e',
	RLI = '\u2067';

describe('isolate', () => {
	it('wraps text with a right-to-left letter or a bidi control in FSI…PDI', () => {
		expect(isolate('علی')).toBe(`${FSI}علی${PDI}`);
		expect(isolate('שלום')).toBe(`${FSI}שלום${PDI}`);
		expect(isolate(`bob${RLO}`)).toBe(`${FSI}bob${RLO}${PDI}`);
		expect(isolate('a\u200fb')).toBe(`${FSI}a\u200fb${PDI}`);
	});

	it('leaves left-to-right text as it is', () => {
		for (const text of ['Alice', 'Bakı', '(1991–1999)', 'Москва', '東京', '', '12 → 3'])
			expect(isolate(text)).toBe(text);
	});

	it('cannot be closed early from inside: a stray PDI is dropped, open isolates are closed', () => {
		expect(isolate(`x${PDI}${RLO}y`)).toBe(`${FSI}x${RLO}y${PDI}`);
		expect(isolate(`x${RLI}y`)).toBe(`${FSI}x${RLI}y${PDI}${PDI}`);
		expect(isolate(`${RLI}a${PDI}${PDI}b`)).toBe(`${FSI}${RLI}a${PDI}b${PDI}`);
	});
});

describe('balanced', () => {
	it('changes only text whose isolates do not pair up', () => {
		expect(balanced(`a${RLO}b`)).toBe(`a${RLO}b`);
		expect(balanced(`${FSI}a${PDI}`)).toBe(`${FSI}a${PDI}`);
		expect(balanced(`${PDI}a`)).toBe('a');
		expect(balanced(`${FSI}${FSI}a`)).toBe(`${FSI}${FSI}a${PDI}${PDI}`);
	});
});
