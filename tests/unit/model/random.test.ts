import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/model/random';

describe('seededRandom', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = seededRandom(7),
			b = seededRandom(7),
			c = seededRandom(8);
		const seqA = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(seqA);
		expect([c(), c(), c()]).not.toEqual(seqA);
		for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
	});
});
