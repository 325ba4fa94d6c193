import * as v from 'valibot';

// How a kept layout is checked when it is read back from storage, where anything may have been
// written. Apart from layout-snapshot.ts so the first page, which only makes snapshots, does not
// load the validator: the storage code that reads them loads after it.

/** Plain numbers, an x and a y per node; a typed array as kept by this version, a list before. */
const positions = v.custom<Float64Array | number[]>((x) => {
	if (x instanceof Float64Array) return x.length % 2 === 0;
	if (!Array.isArray(x) || x.length % 2 !== 0) return false;
	for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'number') return false;
	return true;
}, 'positions must be numbers, an x and a y for each node');

const layoutEntries = {
	positions,
	pinned: v.array(
		v.pipe(v.number(), v.integer(), v.minValue(0)),
		'pinned must be a list of node indices'
	),
	ids: v.optional(v.array(v.string(), 'ids must be a list of node ids'))
};
const ONE_ID_EACH = 'ids must name one node for each position';

/** A layout as read back from storage, where anything may have been written. */
export const LayoutSchema = v.pipe(
	v.object(layoutEntries),
	v.check((l) => !l.ids || 2 * l.ids.length === l.positions.length, ONE_ID_EACH)
);

/** A layout matched by node id, as a link's is kept. */
export const LayoutWithIdsSchema = v.pipe(
	v.object({ ...layoutEntries, ids: v.array(v.string(), 'ids must be a list of node ids') }),
	v.check((l) => 2 * l.ids.length === l.positions.length, ONE_ID_EACH)
);

/** The bundled network's layout as stored: each node's place under its id, and the pinned ids. */
export const KeyedLayoutSchema = v.object({
	pins: v.array(v.string(), 'pins must be a list of node ids'),
	positions: v.record(
		v.string(),
		v.tuple([v.number(), v.number()]),
		'positions must give each node id an [x, y]'
	)
});
