// The one alias SvelteKit adds, in the form dependency-cruiser reads (a webpack resolve config).
module.exports = { resolve: { alias: { $lib: `${__dirname}/src/lib` } } };
