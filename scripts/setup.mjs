// First-run set-up for `npm start` and `npm test` on a fresh clone: installs the npm dependencies when they
// are missing and, with --browser, Debian's Chromium when no Chromium is found (and we may install it).
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
  const { findChromium } = await import('./chromium.mjs');
  if (!findChromium()) {
    const isRoot = process.getuid?.() === 0;
    const canApt = existsSync('/usr/bin/apt-get');
    if (canApt && (isRoot || existsSync('/usr/bin/sudo'))) {
      console.log("[setup] no Chromium found: installing Debian's chromium…");
      const sudo = isRoot ? '' : 'sudo ';
      run(`${sudo}apt-get update -qq && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
    } else {
      console.error(
        '[setup] No Chromium found and it cannot be installed here. Install Chromium or Chrome and set CHROME_PATH.',
      );
      process.exit(1);
    }
  }
}
