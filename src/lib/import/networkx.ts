/**
 * networkx's `node_link_data` writes node ids as JSON whatever Python objects they were: tuples
 * become lists (`grid_2d_graph` ids are `[0, 1]`), and True/None appear as true/null. Our format
 * takes text or number ids, so such ids are turned into the text Python shows for them —
 * "(0, 1)", "True", "None" — in nodes and in edge endpoints alike, so the edges still meet.
 */
export function withPythonIds(json: unknown): unknown {
	if (!isNetworkx(json)) return json;
	const fix = (item: unknown, keys: string[]) => {
		if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
		const out: Record<string, unknown> = { ...item };
		for (const k of keys) if (k in out && !isPlainId(out[k])) out[k] = pythonText(out[k]);
		return out;
	};
	const out: Record<string, unknown> = { ...json };
	out['nodes'] = json.nodes.map((n) => fix(n, ['id']));
	for (const list of ['links', 'edges'])
		if (Array.isArray(out[list]))
			out[list] = (out[list] as unknown[]).map((e) => fix(e, ['source', 'target']));
	return out;
}

function isNetworkx(json: unknown): json is { nodes: unknown[] } & Record<string, unknown> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
	const o = json as Record<string, unknown>;
	return (
		typeof o['directed'] === 'boolean' &&
		typeof o['multigraph'] === 'boolean' &&
		Array.isArray(o['nodes'])
	);
}

const isPlainId = (v: unknown) => typeof v === 'string' || typeof v === 'number' || v === undefined;

/** Python's repr of a JSON value as networkx wrote it: tuples for lists, True/False/None. */
function pythonText(v: unknown): string {
	if (Array.isArray(v))
		return v.length === 1 ? `(${pythonText(v[0])},)` : `(${v.map(pythonText).join(', ')})`;
	if (v === true) return 'True';
	if (v === false) return 'False';
	if (v === null) return 'None';
	if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	if (typeof v === 'number') return String(v);
	// An object id cannot come from networkx; show it as JSON rather than "[object Object]".
	return JSON.stringify(v);
}
