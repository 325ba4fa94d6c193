// The one alias SvelteKit adds, in the form dependency-cruiser reads (a webpack resolve config).
const { resolve } = require('node:path');
module.exports = { resolve: { alias: { $lib: resolve(__dirname, 'src/lib') } } };
