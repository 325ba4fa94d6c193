// The layers of src/lib and the one direction imports may point (docs/architecture.md draws it).
// `npm run lint` runs this: a cycle or an import against the direction fails it.
const lib = (folder) => `^src/lib/${folder}/`;

/** Each layer and the layers it may NOT import (everything above it). */
const above = {
	model: ['import', 'layout', 'clusters', 'scene', 'state', 'render', 'export', 'ui'],
	import: ['layout', 'clusters', 'scene', 'state', 'render', 'export', 'ui'],
	layout: ['import', 'clusters', 'scene', 'state', 'render', 'export', 'ui'],
	clusters: ['import', 'scene', 'state', 'render', 'export', 'ui'],
	scene: ['import', 'state', 'render', 'export', 'ui'],
	state: ['render', 'export', 'ui'],
	export: ['import', 'state', 'render', 'ui'],
	render: ['import', 'export', 'ui'],
	ui: ['render']
};

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
