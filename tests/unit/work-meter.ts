// Work counted rather than timed: what a test measures this way says the same on an idle laptop and
// on a busy CI machine. Not a test file itself (vitest collects *.test.ts only).

type Method = (this: unknown, ...args: never[]) => unknown;

/** Replaces `owner[key]` by `wrap(original)` while `f` runs; always puts the original back. */
function patched<T>(
	patches: [owner: object, key: string, wrap: (original: Method) => Method][],
	f: () => T
): T {
	const saved = patches.map(([owner, key]) => [owner, key, Reflect.get(owner, key)] as const);
	for (const [owner, key, wrap] of patches)
		Object.defineProperty(owner, key, {
			value: wrap(Reflect.get(owner, key) as Method),
			configurable: true,
			writable: true
		});
	try {
		return f();
	} finally {
		for (const [owner, key, original] of saved)
			Object.defineProperty(owner, key, { value: original, configurable: true, writable: true });
	}
}

/**
 * Characters `f` reads through string searches and regular expressions: what an `indexOf`,
 * `startsWith` or regular expression passes over, and what a `slice` copies. A scan that goes back
 * over text it has read (or hands the rest of the text to a regular expression at each step) reads
 * quadratically many; a single pass reads a few times the text.
 */
export function charactersRead(f: () => void): number {
	return reading(f).read;
}

/**
 * What charactersRead counts, and the longest text read (the input, for a parser); past `limit`
 * characters the next read throws, which stops a scan that would never end.
 */
export function reading(f: () => void, limit = Infinity): { read: number; longest: number } {
	let read = 0;
	let longest = 0;
	const text = (s: unknown) => {
		const length = String(s).length;
		if (length > longest) longest = length;
		return length;
	};
	const past = () => {
		if (read > limit) throw new RangeError(`read more than ${limit} characters`);
	};
	const str = String.prototype;
	patched(
		[
			[
				str,
				'indexOf',
				(original) =>
					function (this: unknown, ...args: never[]) {
						const at = original.apply(this, args) as number;
						const length = text(this);
						const from = Math.max(0, Math.min(Number(args[1] ?? 0) || 0, length));
						read += at < 0 ? length - from : at - from + String(args[0]).length;
						past();
						return at;
					}
			],
			[
				str,
				'startsWith',
				(original) =>
					function (this: unknown, ...args: never[]) {
						read += String(args[0]).length;
						past();
						return original.apply(this, args);
					}
			],
			[
				str,
				'slice',
				(original) =>
					function (this: unknown, ...args: never[]) {
						const out = original.apply(this, args) as string;
						text(this);
						read += out.length;
						past();
						return out;
					}
			],
			[
				RegExp.prototype,
				'exec',
				// test, match, replace and split all call exec. It passes over the text from lastIndex
				// (a global or sticky expression) or the start, up to the end of the match or of the
				// text; a sticky one tries one place only.
				(original) =>
					function (this: unknown, ...args: never[]) {
						const re = this as RegExp;
						const from = re.global || re.sticky ? re.lastIndex : 0;
						const found = original.apply(this, args) as RegExpExecArray | null;
						const length = text(args[0]);
						if (found) read += found.index + found[0].length - from;
						else read += re.sticky ? 1 : length - from;
						past();
						return found;
					}
			]
		],
		f
	);
	return { read, longest };
}

/**
 * The longest text `f` normalizes, lower-cases or hands to a regular expression: the text whose
 * length the work grows with.
 */
export function longestTextWorked(f: () => void): number {
	let longest = 0;
	const seen = (s: unknown) => {
		longest = Math.max(longest, String(s).length);
	};
	const str = String.prototype;
	const onThis = (original: Method) =>
		function (this: unknown, ...args: never[]) {
			seen(this);
			return original.apply(this, args);
		};
	patched(
		[
			[str, 'normalize', onThis],
			[str, 'toLowerCase', onThis],
			[str, 'split', onThis],
			[
				RegExp.prototype,
				'exec',
				(original) =>
					function (this: unknown, ...args: never[]) {
						seen(args[0]);
						return original.apply(this, args);
					}
			]
		],
		f
	);
	return longest;
}

const ARRAYS = [
	'Float64Array',
	'Float32Array',
	'Int32Array',
	'Uint32Array',
	'Int16Array',
	'Uint16Array',
	'Int8Array',
	'Uint8Array',
	'Uint8ClampedArray'
] as const;

/**
 * The work of drawing a network that could grow with the size of its numbers rather than with its
 * count of nodes: the longest typed array allocated (grids over the drawing's extent) and the
 * number of lookups in Maps and Sets (cells of the label grid, visited sets of searches).
 */
export function drawingWork(f: () => void): { largestArray: number; lookups: number } {
	let largestArray = 0;
	let lookups = 0;
	const counting = (original: Method) =>
		function (this: unknown, ...args: never[]) {
			lookups++;
			return original.apply(this, args);
		};
	const sized = (original: Method) =>
		new Proxy(original, {
			construct(target, args: unknown[], newTarget) {
				const first = args[0];
				const length =
					typeof first === 'number'
						? first
						: first instanceof ArrayBuffer
							? first.byteLength
							: ((first as ArrayLike<unknown> | undefined)?.length ?? 0);
				largestArray = Math.max(largestArray, length);
				return Reflect.construct(target, args, newTarget) as object;
			}
		}) as Method;
	patched(
		[
			...ARRAYS.map((name) => [globalThis, name, sized] as [object, string, typeof sized]),
			...(['get', 'set', 'has'] as const).map(
				(key) => [Map.prototype, key, counting] as [object, string, typeof counting]
			),
			...(['add', 'has'] as const).map(
				(key) => [Set.prototype, key, counting] as [object, string, typeof counting]
			)
		],
		f
	);
	return { largestArray, lookups };
}
