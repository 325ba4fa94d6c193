// The layers of src/lib and the one direction imports may point (docs/architecture.md draws it).
// `npm run lint` runs this: a cycle or an import against the direction fails it.
const lib = (folder) => `^src/lib/${folder}/`;

/**
 * The layers from the bottom up, as docs/architecture.md draws them: a layer may import from the
 * rows below its own, never from its own row or above.
 */
const rows = [
	['model'],
	['import', 'layout'],
	['clusters'],
	['scene'],
	['state', 'export'],
	['ui', 'render']
];
/** Beyond the rows: the screen paints the scene itself and never goes through the file writers. */
const alsoBanned = { render: ['export'] };

/** Each layer and the layers it may NOT import. */
const above = Object.fromEntries(
	rows.flatMap((row, r) =>
		row.map((layer) => [
			layer,
			[
				...row.filter((other) => other !== layer),
				...rows.slice(r + 1).flat(),
				...(alsoBanned[layer] ?? [])
			]
		])
	)
);

module.exports = {
	forbidden: [
		{
			name: 'no-cycle',
			comment: 'Modules that import each other cannot be understood, tested or loaded alone.',
			severity: 'error',
			from: {},
			to: { circular: true }
		},
		...Object.entries(above).map(([layer, banned]) => ({
			name: `${layer}-points-down`,
			comment: `${layer}/ may import only the layers below it.`,
			severity: 'error',
			from: { path: lib(layer) },
			to: { path: `^src/lib/(${banned.join('|')})/` }
		})),
		{
			name: 'lib-not-routes',
			comment: 'Routes compose the library; the library never reaches back into a route.',
			severity: 'error',
			from: { path: '^src/lib/' },
			to: { path: '^src/routes/' }
		},
		{
			name: 'pure-layers-without-svelte',
			comment: 'model, import, layout, clusters and scene run in workers, Node and the exporter.',
			severity: 'error',
			from: { path: `^src/lib/(model|import|layout|clusters|scene)/`, pathNot: '\\.svelte\\.ts$' },
			to: { path: '^node_modules/(svelte|@sveltejs)/' }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		webpackConfig: { fileName: '.dependency-cruiser.aliases.cjs' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte'],
			conditionNames: ['import', 'svelte', 'default']
		}
	}
};
