// Finds the Chromium the tests drive: $CHROME_PATH first, then a Chromium or Chrome on the PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH))
      throw new Error(`CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist.`);
    return process.env.CHROME_PATH;
  }
  for (const name of candidates) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Flags that keep a headless Chromium quiet and offline-friendly (no background network, no sandbox as root). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function requireChromium() {
  const path = findChromium();
  if (!path)
    throw new Error("No Chromium found. Run `npm test` once (it installs Debian's chromium) or set CHROME_PATH.");
  return path;
}
