// The component tests run in three browser engines (see scripts/browsers.mjs at the repository root):
//   Chromium  Playwright over the DevTools protocol (every test)
//   Firefox   puppeteer over WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser over WebDriver, one page at a time, on a virtual display
// Tests that need Chromium's DevTools protocol (its accessibility tree, emulateMedia) say "(Chromium only)" in
// their title; Firefox and WebKit run every other test and report those as skipped (see testRunnerHtml).
//
// Firefox: every test passes in full runs since the page gets its focus back after a test tabs out of it (below).
// WebKit: header.test.ts's narrow-screen tests failed after 320 → 800 → 320 px, because WebKit evaluates the media
// queries of a constructed stylesheet again only while an element uses it (the test now resizes with a header in
// the page, as a real page is); the search's no-JavaScript frame was a race in the test (now frameLoaded()).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import {
  chromiumTestArgs,
  firefoxPrefs,
  requireChromium,
  requireFirefox,
  requireWebKit,
  setWebKitViewport,
  startWebKitDriver,
  webDriverKey,
} from '../../../scripts/browsers.mjs';

/** The words a test title carries when the test needs Chromium's DevTools protocol. */
export const CHROMIUM_ONLY = '(Chromium only)';

/**
 * The test page. In Firefox and WebKit a root hook marks each test whose title says "(Chromium only)" as skipped
 * before it runs, so the report counts them per engine ("skipped") instead of hiding them. In Firefox another one
 * gives the page back its focus when a test has tabbed out of it. The engine is read from
 * the user agent, which is the engine's own (headless Chromium says "HeadlessChrome/"; no test changes it). Mocha's
 * browser setup calls `rootHooks()` with the hooks given in its configuration, which the test runner puts in the
 * page just before this script.
 */
export function testRunnerHtml(testFrameworkImport) {
  const skipChromiumOnly = `
    if (!/(Chrome|Chromium)\\//.test(navigator.userAgent)) {
      const config = window.__WTR_CONFIG__;
      const beforeEach = function () {
        if (this.currentTest.fullTitle().includes(${JSON.stringify(CHROMIUM_ONLY)})) this.skip();
      };
      const afterEach = async function () {
        if (!/Firefox\\//.test(navigator.userAgent)) return;
        // In Firefox, Tab past the last element of a modal dialog goes on to the browser's own toolbar, and the
        // page keeps no system focus: nothing in it matches :focus-visible any more, in this test file and the
        // files after it (the page is reused). One Tab brings focus back into the page.
        const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
        const { sendMessageWaitForResponse } = await import('/__web-dev-server__web-socket.js');
        for (let i = 0; i < 3 && !document.hasFocus(); i++)
          await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: 'send-keys', payload: { press: 'Tab' } });
      };
      config.testFrameworkConfig = { ...config.testFrameworkConfig, rootHooks: { beforeEach, afterEach } };
    }`;
  // A module script, as the test runner's own configuration script is: they run in document order.
  return `<!DOCTYPE html><html><head></head><body><script type="module">${skipChromiumOnly}</script><script type="module" src="${testFrameworkImport}"></script></body></html>`;
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, started when the first test file needs it. */
class WebKitLauncher extends WebdriverLauncher {
  /** One page at a time: WebDriver drives one window, and keyboard and mouse go to the page under test. */
  concurrency = 1;
  stopping = false;

  constructor(browser) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } },
    });
  }

  async initialize(config, testFiles) {
    // concurrency 1 makes the WebDriver launcher load each test file as the page itself, not in an iframe.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.webDriver ??= startWebKitDriver().then((driver) => {
      this.options.port = driver.port;
      return driver;
    });
    await this.webDriver;
    await this.ensureManagerInitialized();
    // The runner hears from the test page itself and does not wait for the navigation that opens it. At the end of a
    // run the session is deleted, and a navigation still under way then is aborted: no test's failure, but unhandled
    // it stopped the runner with an uncaught exception after every test had passed. Any other failure still does.
    this.driverManager.startSession(id, url).catch((error) => {
      if (!this.stopping) throw error;
    });
  }

  /**
   * Closes a test file's page (the WebDriver launcher reads the page's coverage, then loads about:blank), which takes
   * well under a second. Once in a full run on a busy machine, it did not come back for two minutes, and the test
   * runner failed the run though every test had passed. Now, past STOP_LIMIT, the stuck browser is stopped and a new
   * one starts for the next test file, with a warning just above the file's report. The file's results stand: the
   * page had reported them before it was asked to close.
   */
  async stopSession(id) {
    const closed = super.stopSession(id);
    let timer;
    const limit = new Promise((resolve) => (timer = setTimeout(resolve, STOP_LIMIT, STUCK)));
    const result = await Promise.race([closed, limit]).finally(() => clearTimeout(timer));
    if (result !== STUCK) return result;
    closed.catch(() => {}); // it fails once the browser below is stopped
    console.warn(
      `WebKit: the page of the test file reported below took over ${STOP_LIMIT / 1000} s to close; WebKit starts again.`,
    );
    await this.stopDriver();
    return { testCoverage: undefined };
  }

  /** Stops the driver and the browser it started, without asking them; the next startSession starts new ones. */
  async stopDriver() {
    clearInterval(this.pendingHeartbeat);
    this.driver = undefined;
    this.driverManager = undefined;
    (await this.webDriver)?.stop();
    this.webDriver = undefined;
  }

  async stop() {
    this.stopping = true;
    await super.stop();
    await this.stopDriver();
  }
}

/** How long WebKit may take to close a test file's page before it is started again (see stopSession). */
const STOP_LIMIT = 20000;
const STUCK = Symbol('stuck');

/** Per browser: its one context and the pages that wait for a test file. */
const shared = new WeakMap();
/**
 * Chromium's test files share one browser context and reuse its pages, as Firefox's launcher does: the test runner
 * asks for a page per file and "closes" it when the file ends (after loading about:blank, which stops the file's
 * code); the page then waits for the next file.
 * - With a context per file (Playwright's default) every file started with an empty cache and fetched and compiled
 *   Lit, the test libraries and axe-core again: about 1.5 s of CPU per file.
 * - With a new page per file Chromium started a renderer process for every file: about 0.5 s per file.
 * No test keeps cookies or storage that could pass to the next file, and the hooks after each test set the viewport,
 * media and mouse back (WebKit loads every file in its one window).
 */
async function sharedContext({ browser }) {
  if (!shared.has(browser)) shared.set(browser, { context: browser.newContext(), idle: [] });
  const { context, idle } = shared.get(browser);
  let page;
  return {
    newPage: async () => (page = idle.pop() ?? (await (await context).newPage())),
    close: async () => {
      if (page && !page.isClosed()) idle.push(page);
    },
  };
}

/** The test runner's browser launchers for the given engines. */
export function launchers(engines) {
  return engines.map((engine) => {
    if (engine === 'chromium')
      return playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: requireChromium(), args: chromiumTestArgs, headless: true },
        createBrowserContext: sharedContext,
      });
    if (engine === 'firefox')
      return puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: requireFirefox(),
          headless: true,
          extraPrefsFirefox: firefoxPrefs,
        },
        // One page at a time: Firefox keeps the way focus last moved (keyboard or not, which decides
        // :focus-visible) per browser, and two test files side by side change it for each other.
        concurrency: 1,
      });
    return new WebKitLauncher(requireWebKit().browser);
  });
}

/** Puppeteer's keyboard for a sendKeys payload; it knows no "Shift+Tab" and calls the space bar " ". */
async function puppeteerKeys(page, payload) {
  const key = (name) => (name === 'Space' ? ' ' : name);
  if (typeof payload.press === 'string') {
    const keys = payload.press.split('+').map(key);
    for (const name of keys.slice(0, -1)) await page.keyboard.down(name);
    await page.keyboard.press(keys.at(-1));
    for (const name of keys.slice(0, -1).reverse()) await page.keyboard.up(name);
  } else if (typeof payload.down === 'string') await page.keyboard.down(key(payload.down));
  else if (typeof payload.up === 'string') await page.keyboard.up(key(payload.up));
  else if (typeof payload.type === 'string') await page.keyboard.type(payload.type);
  else throw new Error('sendKeys: give one of press, down, up or type.');
}

/** WebDriver key actions for a sendKeys payload: press ("Shift+Tab"), down, up or type. */
function keyActions(payload) {
  if (typeof payload.press === 'string') {
    const keys = payload.press.split('+').map(webDriverKey);
    return [
      ...keys.map((value) => ({ type: 'keyDown', value })),
      ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
    ];
  }
  if (typeof payload.down === 'string') return [{ type: 'keyDown', value: webDriverKey(payload.down) }];
  if (typeof payload.up === 'string') return [{ type: 'keyUp', value: webDriverKey(payload.up) }];
  if (typeof payload.type === 'string')
    return [...payload.type].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
  throw new Error('sendKeys: give one of press, down, up or type.');
}

// The media a page has when nothing is emulated; a reset to these is all Firefox and WebKit can do.
const defaultMedia = {
  media: ['screen', 'screen'],
  colorScheme: ['light', '(prefers-color-scheme: light)'],
  forcedColors: ['none', '(forced-colors: none)'],
  reducedMotion: ['no-preference', '(prefers-reduced-motion: no-preference)'],
};

/**
 * Makes the test runner's commands work in Firefox and WebKit as far as the engine allows:
 * - sendKeys and setViewport over WebDriver (WebKit), which the built-in commands do not support;
 * - sendKeys with Playwright's key names, resetMouse that also moves the pointer away, and setViewport that skips
 *   the round trip when the page already has that size, in Firefox;
 * - emulateMedia back to the defaults (light, no forced colours, screen, no reduced-motion preference), as the
 *   hooks after each test ask, succeeds when the page already has them; any other emulation, and Chromium's
 *   accessibility tree, fail with a message that says the test is Chromium only.
 * It goes before the built-in command plugins, which would otherwise answer first.
 */
export function enginesPlugin() {
  const plugin = {
    name: 'polder-engines',
    serverStart({ config }) {
      // The test runner's command dispatcher asks its plugins in order, built-in command plugins first.
      for (const server of config.plugins) {
        const commands = server.plugins;
        if (Array.isArray(commands) && commands.includes(plugin)) {
          commands.splice(commands.indexOf(plugin), 1);
          commands.unshift(plugin);
        }
      }
    },
    async executeCommand({ command, payload, session }) {
      const type = session.browser.type;
      if (type === 'playwright') return undefined;
      const engine = session.browser.name;
      if (command === 'ax-node' || command === 'ax-tree')
        throw new Error(
          `${command} reads Chromium's accessibility tree over the DevTools protocol: a test that uses it is ${CHROMIUM_ONLY}.`,
        );
      if (command === 'emulate-media') return resetMedia(session, payload, engine);
      if (type === 'puppeteer' && command === 'send-keys') {
        await puppeteerKeys(session.browser.getPage(session.id), payload);
        return true;
      }
      if (type === 'puppeteer' && command === 'reset-mouse') {
        // Puppeteer's reset over WebDriver BiDi releases the buttons but leaves the pointer where it was, over
        // (and hovering) whatever the next test puts there; move it away as Playwright's reset does.
        const page = session.browser.getPage(session.id);
        await page.mouse.reset();
        await page.mouse.move(0, 0);
        return true;
      }
      if (type === 'puppeteer' && command === 'set-viewport') {
        // The hooks after each test set 800 × 600 again; over WebDriver BiDi that is a round trip of about 45 ms
        // even when nothing changes (some 35 s per run). Puppeteer knows the size it set last.
        const current = session.browser.getPage(session.id).viewport();
        if (current?.width === payload.width && current?.height === payload.height) return true;
        return undefined;
      }
      if (type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      if (command === 'send-keys') {
        await driver.performActions([{ type: 'key', id: 'keyboard', actions: keyActions(payload) }]);
        return true;
      }
      if (command === 'set-viewport') {
        await setWebKitViewport(driver, payload.width, payload.height);
        return true;
      }
      return undefined;
    },
  };
  return plugin;
}

async function evaluate(session, expression) {
  if (session.browser.type === 'webdriver') return session.browser.driver.execute(`return ${expression}`);
  const page = session.browser.getPage(session.id);
  return page.evaluate(expression);
}

async function resetMedia(session, payload, engine) {
  for (const [feature, value] of Object.entries(payload ?? {})) {
    const known = defaultMedia[feature];
    if (!known || known[0] !== value)
      throw new Error(
        `emulateMedia({ ${feature}: '${value}' }) needs Chromium's DevTools protocol; ${engine} cannot emulate it: ` +
          `a test that uses it is ${CHROMIUM_ONLY}.`,
      );
    if (!(await evaluate(session, `matchMedia(${JSON.stringify(known[1])}).matches`)))
      throw new Error(`${engine} does not match ${known[1]}, and cannot emulate it.`);
  }
  return true;
}
