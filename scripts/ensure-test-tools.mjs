// Makes sure the end-to-end tests have what they drive: a Chromium, librsvg's rsvg-convert for
// comparing exported SVGs with a second renderer, Inkscape as a third (the labels' halo is drawn
// by every consumer in the profile), LibreOffice Impress (soffice) to open the PowerPoint
// decks, poppler's pdfinfo, pdftotext and pdftoppm to read the PDFs, and networkx (Debian's
// python3-networkx) to read back our GEXF and GraphML (tests/unit/export/formats/networkx.test.ts).
// On a fresh Debian machine, run as root, it installs Debian's packages; otherwise it says what to
// do and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
	(p) => p && existsSync(p)
);
const needChromium = process.env.PLAYWRIGHT_BUNDLED !== '1' && !chromium;
const needRsvg = !existsSync('/usr/bin/rsvg-convert');
const needInkscape = !existsSync('/usr/bin/inkscape');
const needImpress = !existsSync('/usr/bin/soffice');
const needPoppler = !['pdfinfo', 'pdftotext', 'pdftoppm'].every((t) => existsSync(`/usr/bin/${t}`));
const needNetworkx = (() => {
	try {
		execSync("/usr/bin/python3 -c 'import networkx'", { stdio: 'ignore' });
		return false;
	} catch {
		return true;
	}
})();
if (!needChromium && !needRsvg && !needInkscape && !needImpress && !needPoppler && !needNetworkx)
	process.exit(0);

const packages = [
	...(needChromium ? ['chromium'] : []),
	...(needRsvg ? ['librsvg2-bin'] : []),
	...(needInkscape ? ['inkscape'] : []),
	...(needImpress ? ['libreoffice-impress-nogui'] : []),
	...(needPoppler ? ['poppler-utils'] : []),
	...(needNetworkx ? ['python3-networkx'] : []),
	'fonts-liberation',
	'fonts-dejavu-core'
];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log(`Installing Debian packages for the tests: ${packages.join(' ')}`);
	try {
		execSync(
			`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`,
			{ stdio: 'inherit' }
		);
		process.exit(0);
	} catch {
		console.error('apt-get could not install them; install them by hand (see README).');
		process.exit(1);
	}
}

console.error(
	[
		`Missing for the end-to-end tests: ${[
			needChromium && 'a Chromium',
			needRsvg && 'rsvg-convert',
			needInkscape && 'inkscape',
			needImpress && 'soffice (LibreOffice Impress)',
			needPoppler && 'pdfinfo/pdftotext/pdftoppm (poppler)',
			needNetworkx && 'networkx for /usr/bin/python3'
		]
			.filter(Boolean)
			.join(', ')}`,
		`Fix: as root, apt-get install -y ${packages.join(' ')}`,
		'  (or point CHROMIUM_PATH at a Chromium, or set PLAYWRIGHT_BUNDLED=1 for Playwright’s own browsers).'
	].join('\n')
);
process.exit(1);
