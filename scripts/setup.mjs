// First-run set-up for `npm start` and `npm test` on a fresh clone: installs the npm dependencies when they
// are missing and, with --browser, the browser engines the tests drive when they are missing (and we may
// install them): Debian's chromium, firefox-esr, webkit2gtk-driver (WebKitGTK) and xvfb, in one apt-get.
// $POLDER_BROWSERS (e.g. "chromium") limits this to some engines; see scripts/browsers.mjs.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { stdio: 'inherit', cwd: root });

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('[setup] installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const { missingPackages } = await import('./browsers.mjs');
  const packages = missingPackages();
  if (packages.length > 0) {
    const isRoot = process.getuid?.() === 0;
    const canApt = existsSync('/usr/bin/apt-get');
    if (canApt && (isRoot || existsSync('/usr/bin/sudo'))) {
      console.log(`[setup] installing the missing browser engines from Debian: ${packages.join(' ')}…`);
      const sudo = isRoot ? '' : 'sudo ';
      run(
        `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`,
      );
      const still = missingPackages();
      if (still.length > 0) {
        console.error(`[setup] still missing after apt-get: ${still.join(' ')}.`);
        process.exit(1);
      }
    } else {
      console.error(
        `[setup] The tests need ${packages.join(', ')} (Debian package names), which cannot be installed here. ` +
          'Install them, or point CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH at your ' +
          'own, or limit the engines with POLDER_BROWSERS=chromium.',
      );
      process.exit(1);
    }
  }
}
