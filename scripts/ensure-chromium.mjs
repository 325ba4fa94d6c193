// Makes sure a Chromium exists for the end-to-end tests. On a fresh Debian machine, run as root,
// it installs Debian's package; otherwise it says what to do and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = candidates.find((p) => p && existsSync(p));

if (process.env.PLAYWRIGHT_BUNDLED === '1' || found) {
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
	console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
	try {
		execSync(
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation',
			{
				stdio: 'inherit'
			}
		);
	} catch {
		console.error('apt-get could not install chromium; install it by hand (see README).');
		process.exit(1);
	}
	if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(
	[
		'No Chromium found for the end-to-end tests.',
		'Fix: install Debian’s browser as root:  apt-get install -y chromium',
		'  or point CHROMIUM_PATH at a Chromium or Chrome binary,',
		'  or set PLAYWRIGHT_BUNDLED=1 to use browsers installed by `npx playwright install`.'
	].join('\n')
);
process.exit(1);
