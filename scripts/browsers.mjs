// The three browser engines the tests drive, from the machine's own packages (no test tool downloads a browser):
//   chromium  Debian's `chromium` (or $CHROME_PATH), through Playwright over the DevTools protocol
//   firefox   Debian's `firefox-esr` (or $FIREFOX_PATH), through puppeteer over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through `WebKitWebDriver` (Debian's `webkit2gtk-driver`, or
//             $WEBKIT_WEBDRIVER_PATH and $WEBKIT_BROWSER_PATH), on a virtual display (Xvfb) when there is none
// $POLDER_BROWSERS limits a run to some engines, e.g. POLDER_BROWSERS=chromium or POLDER_BROWSERS=firefox,webkit.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const engines = ['chromium', 'firefox', 'webkit'];

function onPath(names) {
  for (const name of names) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function fromEnv(variable) {
  const path = process.env[variable];
  if (path === undefined || path === '') return undefined;
  if (!existsSync(path)) throw new Error(`${variable} points to ${path}, which does not exist.`);
  return path;
}

export function findChromium() {
  return fromEnv('CHROME_PATH') ?? onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

export function findFirefox() {
  return fromEnv('FIREFOX_PATH') ?? onPath(['firefox-esr', 'firefox']);
}

/** WebKitGTK's WebDriver and the MiniBrowser it drives, or undefined when either is missing. */
export function findWebKit() {
  const driver = fromEnv('WEBKIT_WEBDRIVER_PATH') ?? onPath(['WebKitWebDriver']);
  let browser = fromEnv('WEBKIT_BROWSER_PATH');
  if (!browser) {
    for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']) {
      if (!existsSync(lib)) continue;
      const dirs = readdirSync(lib).filter((name) => /^webkit2?gtk-[\d.]+$/.test(name));
      // The newest API first (webkitgtk-6.0, then webkit2gtk-4.1, then 4.0).
      for (const dir of dirs.sort().reverse()) {
        if (existsSync(`${lib}/${dir}/MiniBrowser`)) {
          browser = `${lib}/${dir}/MiniBrowser`;
          break;
        }
      }
      if (browser) break;
    }
  }
  return driver && browser ? { driver, browser } : undefined;
}

export function findXvfb() {
  return onPath(['Xvfb']);
}

/** The engines this run tests: all three, or those named in $POLDER_BROWSERS. */
export function selectedEngines() {
  const wanted = (process.env.POLDER_BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of wanted) {
    if (!engines.includes(name))
      throw new Error(`POLDER_BROWSERS names "${name}"; the engines are ${engines.join(', ')}.`);
  }
  return wanted.length > 0 ? engines.filter((name) => wanted.includes(name)) : engines;
}

/** What each engine needs from Debian when it is missing (the package names for apt-get). */
export function missingPackages(wanted = selectedEngines()) {
  const packages = [];
  if (wanted.includes('chromium') && !findChromium()) packages.push('chromium');
  if (wanted.includes('firefox') && !findFirefox()) packages.push('firefox-esr');
  if (wanted.includes('webkit')) {
    if (!findWebKit()) packages.push('webkit2gtk-driver');
    if (!process.env.DISPLAY && !findXvfb()) packages.push('xvfb');
  }
  return packages;
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

/**
 * Chromium for tests: without V8's optimising compilers (TurboFan, Maglev). A test page runs most of its code a few
 * times, so compiling it for speed costs more CPU than it saves: the component suite in Chromium used 111 → 94
 * CPU-seconds. Benchmarks measure what users get and use `chromiumArgs` alone.
 */
export const chromiumTestArgs = [...chromiumArgs, '--js-flags=--no-opt --no-maglev'];

/** Preferences for a headless Firefox under test: offline-friendly (no updates, telemetry or remote settings). */
export const firefoxPrefs = {
  // Every page acts as if its window had the system focus, so pages tested side by side (in tabs) each get focus,
  // :focus and :focus-visible, as a page in a focused window does.
  'focusmanager.testmode': true,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

const missing = (engine, how) =>
  new Error(`No ${engine} found. Run \`node scripts/setup.mjs --browser\` (it installs Debian's ${how}).`);

export function requireChromium() {
  const path = findChromium();
  if (!path) throw missing('Chromium', 'chromium; or set CHROME_PATH');
  return path;
}

export function requireFirefox() {
  const path = findFirefox();
  if (!path) throw missing('Firefox', 'firefox-esr; or set FIREFOX_PATH');
  return path;
}

export function requireWebKit() {
  const webkit = findWebKit();
  if (!webkit) throw missing('WebKitGTK WebDriver', 'webkit2gtk-driver');
  return webkit;
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let display;

/**
 * A display for WebKitGTK's MiniBrowser, which has no headless mode: $DISPLAY when there is one, else a
 * virtual Xvfb display started once for this process (and stopped when it exits).
 */
export async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  display ??= (async () => {
    const xvfb = findXvfb();
    if (!xvfb) throw missing('Xvfb (a virtual display for WebKit)', 'xvfb');
    // Xvfb picks a free display number itself and writes it to the given file descriptor when it is ready.
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    child.unref();
    const stop = () => child.kill();
    process.once('exit', stop);
    const number = await new Promise((resolve, reject) => {
      let text = '';
      child.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.trim());
      });
      child.once('exit', (code) => reject(new Error(`Xvfb stopped before it was ready (exit code ${code}).`)));
    });
    child.stdio[3].destroy();
    return `:${number}`;
  })();
  process.env.DISPLAY = await display;
  return process.env.DISPLAY;
}

let gtkConfig;

/**
 * A GTK configuration for MiniBrowser: its toolbar shrinks to nothing, so that its window can be as narrow as a
 * phone (320 CSS px; with the toolbar at its natural size a window is at least 447 px wide), and a light theme.
 * The page itself is not styled by GTK.
 */
function miniBrowserConfig() {
  if (gtkConfig) return gtkConfig;
  gtkConfig = mkdtempSync(join(tmpdir(), 'polder-minibrowser-'));
  mkdirSync(join(gtkConfig, 'gtk-3.0'));
  writeFileSync(
    join(gtkConfig, 'gtk-3.0', 'gtk.css'),
    'window *:not(webkitwebview) { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; ' +
      'font-size: 1px; -gtk-icon-transform: scale(0.01); }\n',
  );
  writeFileSync(
    join(gtkConfig, 'gtk-3.0', 'settings.ini'),
    '[Settings]\ngtk-application-prefer-dark-theme=0\ngtk-theme-name=Adwaita\n',
  );
  process.once('exit', () => rmSync(gtkConfig, { recursive: true, force: true }));
  return gtkConfig;
}

/**
 * Starts WebKitGTK's WebDriver on a free port (with a display) and resolves with its port and a stop function.
 */
export async function startWebKitDriver() {
  const { driver, browser } = requireWebKit();
  const displayName = await ensureDisplay();
  const port = await freePort();
  // In a process group of its own: MiniBrowser and its WebKit processes are the driver's children, and outlive it
  // when only the driver is stopped.
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: displayName, XDG_CONFIG_HOME: miniBrowserConfig() },
    detached: true,
  });
  child.unref();
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  await new Promise((resolve, reject) => {
    const deadline = Date.now() + 30000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) return resolve();
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) return reject(new Error(`WebKitWebDriver exited (code ${child.exitCode}).`));
      if (Date.now() > deadline) return reject(new Error('WebKitWebDriver did not start within 30 s.'));
      setTimeout(poll, 100);
    };
    poll();
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    port,
    browser,
    /** WebDriver capabilities for a MiniBrowser session (no browserName: WebKitWebDriver does not match one). */
    capabilities: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } },
    /** Stops the driver, and the browser it started if the session was not deleted. */
    stop() {
      process.off('exit', kill);
      kill();
    },
  };
}

/** The version string an engine reports (`chromium --version`, …), for logs and the support statement. */
export function engineVersion(engine) {
  try {
    if (engine === 'chromium') return execFileSync(requireChromium(), ['--version'], { encoding: 'utf8' }).trim();
    if (engine === 'firefox') return execFileSync(requireFirefox(), ['--version'], { encoding: 'utf8' }).trim();
    if (engine === 'webkit') return execFileSync(requireWebKit().driver, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Sizes a WebKit window (a webdriverio session of WebKitWebDriver) so that its viewport, innerWidth × innerHeight,
 * is width × height. WebKitGTK answers setWindowRect before the window has its new size, so each step waits until
 * the page sees the viewport change (or reach the size), then corrects for MiniBrowser's toolbar.
 */
export async function setWebKitViewport(driver, width, height) {
  const viewport = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  let inner = await viewport();
  let target = { width, height };
  for (let attempt = 0; attempt < 4; attempt++) {
    if (inner[0] === width && inner[1] === height) return;
    const before = inner;
    await driver.setWindowRect(null, null, target.width, target.height);
    await driver
      .waitUntil(
        async () => {
          inner = await viewport();
          return (inner[0] === width && inner[1] === height) || inner[0] !== before[0] || inner[1] !== before[1];
        },
        { timeout: 3000, interval: 25 },
      )
      .catch(() => {});
    const outer = await driver.getWindowRect();
    target = { width: outer.width + width - inner[0], height: outer.height + height - inner[1] };
  }
  if (inner[0] !== width || inner[1] !== height)
    throw new Error(`WebKit could not size its viewport to ${width}×${height} (it is ${inner[0]}×${inner[1]}).`);
}

// WebDriver's key codes for the key names the tests press (Playwright's names).
const webDriverKeys = {
  Alt: '\uE00A',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  ArrowUp: '\uE013',
  Backspace: '\uE003',
  Control: '\uE009',
  ControlOrMeta: '\uE009',
  Delete: '\uE017',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Home: '\uE011',
  Meta: '\uE03D',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Shift: '\uE008',
  Space: ' ',
  Tab: '\uE004',
};

/** The WebDriver key value for a key name as Playwright writes it ("Tab", "KeyJ", "Digit3", "a"). */
export function webDriverKey(name) {
  if (webDriverKeys[name]) return webDriverKeys[name];
  const code = /^(?:Key([A-Z])|Digit(\d))$/.exec(name);
  if (code) return code[1]?.toLowerCase() ?? code[2];
  if ([...name].length === 1) return name;
  throw new Error(`No WebDriver key for "${name}".`);
}
