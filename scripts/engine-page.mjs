// One small page interface over the three engines of scripts/browsers.mjs, for the tests that drive whole pages (the
// docs site's story test, the example service's journey). It has only what those tests use:
//   chromium  Playwright over the DevTools protocol (every operation)
//   firefox   puppeteer over WebDriver BiDi (no media emulation: the protocol has none)
//   webkit    WebKitGTK's MiniBrowser over WebDriver (classic: no console, network or media events, no init scripts)
// A page reports console messages, uncaught errors and Content-Security-Policy violations as `console`, `pageerror`
// and `violation` events. WebDriver classic cannot report them, so in WebKit a watcher script (`watchProblems`)
// records them in the page and every operation collects what it recorded: the adapter installs it on a page's first
// operation (so what happened while a page was loading is missed), and a test that serves the page itself can put it
// first in the page's <head> (`watcherScript`), before the page's own scripts. A page with JavaScript off is a page
// whose own scripts do not run; the test's operations still can (Playwright and puppeteer evaluate through the
// protocol; WebKit is started with scripts in markup off, `--enable-javascript-markup=false`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromiumTestArgs,
  firefoxPrefs,
  requireChromium,
  requireFirefox,
  setWebKitViewport,
  startWebKitDriver,
  webDriverKey,
} from './browsers.mjs';

/**
 * How long a wait for the page (a load, a function, a URL) may take before it fails. Generous: on a CI machine with two
 * cores, three engines and the component tests share the CPU, and a page load has taken more than 10 s there.
 */
const WAIT = 30_000;
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/**
 * Records console messages, uncaught errors, unhandled rejections, resources that failed to load and CSP violations
 * in `window.__polderProblems`, for engines whose protocol cannot report them. Runs in the page.
 */
export function watchProblems() {
  if (window.__polderProblems) return;
  const problems = (window.__polderProblems = []);
  const text = (value) => (value instanceof Error ? value.message : typeof value === 'string' ? value : String(value));
  for (const type of ['error', 'warn', 'info', 'log', 'debug']) {
    const original = console[type];
    console[type] = function (...args) {
      problems.push({ kind: 'console', type: type === 'warn' ? 'warning' : type, text: args.map(text).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener(
    'error',
    (event) => {
      if (event instanceof ErrorEvent) problems.push({ kind: 'pageerror', text: event.message });
      else if (event.target instanceof Element) {
        const url = event.target.src || event.target.href || '';
        problems.push({ kind: 'console', type: 'error', text: `Failed to load resource: ${url}`, url });
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) =>
    problems.push({ kind: 'pageerror', text: text(event.reason?.message ?? event.reason) }),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push({ kind: 'violation', text: `${event.violatedDirective} ${event.blockedURI} ${event.sample}` }),
  );
}

/** The watcher as a classic script, to put first in a page a test serves itself. */
export const watcherScript = `(${watchProblems})();`;

/** Reports CSP violations to the test (Chromium and Firefox, through an init script and an exposed function). */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) =>
    window.polderReportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
  );
}

const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '.*')
      .replace(/(?<!\.)\*/g, '[^/]*')}$`,
  );

class Listeners {
  handlers = new Map();
  on(event, handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push(handler);
    return this;
  }
  emit(event, value) {
    for (const handler of this.handlers.get(event) ?? []) handler(value);
  }
}

/** What all three have in common; each engine's page implements the primitives. */
class EnginePage extends Listeners {
  constructor(engine) {
    super();
    this.engine = engine;
  }

  /** Waits until `fn(arg)` is truthy in the page (across page loads), within `timeout` ms. */
  async waitForFunction(fn, arg, { timeout = WAIT } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        // A call made while the page is being replaced may never be answered (Firefox, with the page's scripts
        // off): each try gets a second, and a late answer is dropped.
        const call = this.evaluate(fn, arg);
        call.catch(() => {});
        const value = await Promise.race([
          call,
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 1s')), 1000)),
        ]);
        if (value) return value;
      } catch (error) {
        last = error; // the page was navigating
      }
      if (Date.now() > deadline)
        throw new Error(
          `waitForFunction: not true within ${timeout / 1000}s: ${fn}${last ? ` (${last.message})` : ''}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Waits until the page's URL matches `url` (a glob with `**` and `*`, or a RegExp) and the page has loaded. */
  async waitForURL(url, { timeout = WAIT } = {}) {
    const pattern = url instanceof RegExp ? url : globToRegExp(url);
    const state = await this.waitForFunction(
      (source) => {
        const matches = new RegExp(source).test(location.href);
        return matches && document.readyState === 'complete' ? location.href : false;
      },
      pattern.source,
      { timeout },
    ).catch(async (error) => {
      throw new Error(`waitForURL ${url}: the page is at ${await this.url().catch(() => '?')} (${error.message})`);
    });
    return state;
  }

  /** Runs `action` (a click or key press that leaves the page) and waits for the next page to have loaded. */
  async navigation(action, { timeout = WAIT } = {}) {
    const mark = `polder${Math.random().toString(36).slice(2)}`;
    await this.evaluate((mark) => {
      window[mark] = true;
    }, mark);
    await action();
    await this.waitForFunction((mark) => !window[mark] && document.readyState === 'complete', mark, { timeout });
  }

  url() {
    return this.evaluate(() => location.href);
  }

  title() {
    return this.evaluate(() => document.title);
  }

  focus(selector) {
    return this.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`focus: no ${selector}`);
      element.focus();
    }, selector);
  }

  /** Replaces the value of a text field by typing, as Playwright's fill does (focus, select all, type). */
  async fill(selector, value) {
    await this.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`fill: no ${selector}`);
      element.focus();
      element.select?.();
    }, selector);
    if (value === '') await this.keyboard.press('Delete');
    else await this.keyboard.type(value);
  }

  /** Clicks a checkbox or radio button unless it is checked. */
  async check(selector) {
    if (!(await this.evaluate((selector) => document.querySelector(selector)?.checked, selector)))
      await this.click(selector);
  }
}

// ---------------------------------------------------------------------------------------------------- Chromium ---

class ChromiumPage extends EnginePage {
  constructor(context, page) {
    super('chromium');
    this.context = context;
    this.raw = page;
    this.keyboard = page.keyboard;
    page.on('console', (message) =>
      this.emit('console', { type: message.type(), text: message.text(), url: message.location().url }),
    );
    page.on('pageerror', (error) => this.emit('pageerror', error.message));
    page.on('response', (response) => this.emit('response', { status: response.status(), url: response.url() }));
  }
  async setUp(javaScript) {
    if (!javaScript) return;
    await this.raw.exposeBinding('polderReportViolation', (_source, text) => this.emit('violation', text));
    await this.raw.addInitScript(reportViolations);
  }
  goto(url) {
    return this.raw.goto(url);
  }
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }
  /** Runs a script's source in the page (axe-core), as the DevTools protocol evaluates it: not as a page script. */
  addScript(source) {
    return this.raw.evaluate(source);
  }
  // waitForFunction is EnginePage's, polled from here. Playwright's own polls inside the page, with animation frames
  // or timers, which never run in a page without JavaScript: only its first try counted there, so a page that had
  // not finished loading by then failed after the whole timeout, on a busy machine.
  waitForURL(url, { timeout = WAIT } = {}) {
    return this.raw.waitForURL(url, { timeout });
  }
  click(selector) {
    return this.raw.click(selector);
  }
  goBack() {
    return this.raw.goBack();
  }
  goForward() {
    return this.raw.goForward();
  }
  setInputFiles(selector, file) {
    return this.raw.setInputFiles(selector, file);
  }
  async chooseFile(selector, file) {
    const [chooser] = await Promise.all([this.raw.waitForEvent('filechooser'), this.raw.click(selector)]);
    await chooser.setFiles(file);
  }
  setViewport(size) {
    return this.raw.setViewportSize(size);
  }
  /** Runs `action` and resolves with the response it causes to a URL ending in `suffix`: `{ status }`. */
  async response(suffix, action) {
    const [response] = await Promise.all([this.raw.waitForResponse((r) => r.url().endsWith(suffix)), action()]);
    return { status: response.status() };
  }
  emulateColorScheme(colorScheme) {
    return this.raw.emulateMedia({ colorScheme });
  }
  close() {
    return this.context.close();
  }
}

async function chromiumBrowser() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
  return {
    engine: 'chromium',
    raw: browser,
    async newPage({ javaScript = true, viewport = DEFAULT_VIEWPORT, bypassCSP = false } = {}) {
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport, bypassCSP });
      const page = new ChromiumPage(context, await context.newPage());
      await page.setUp(javaScript);
      return page;
    },
    close: () => browser.close(),
  };
}

// ----------------------------------------------------------------------------------------------------- Firefox ---

/** Playwright's key names in puppeteer's words: "Space" is " ", "ControlOrMeta" is Control on Linux. */
const puppeteerKey = (name) => ({ Space: ' ', ControlOrMeta: 'Control' })[name] ?? name;

let uploads;

/** A file with the given name and contents in a directory of its own, for protocols that upload from disk. */
function fileOnDisk(file) {
  if (!uploads) {
    uploads = mkdtempSync(join(tmpdir(), 'polder-upload-'));
    const dir = uploads;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const path = join(mkdtempSync(join(uploads, 'file-')), file.name);
  writeFileSync(path, file.buffer);
  return path;
}

class FirefoxPage extends EnginePage {
  constructor(context, page) {
    super('firefox');
    this.context = context;
    this.raw = page;
    page.on('console', (message) =>
      this.emit('console', { type: message.type(), text: message.text(), url: message.location()?.url ?? '' }),
    );
    page.on('pageerror', (error) => this.emit('pageerror', error.message));
    page.on('response', (response) => this.emit('response', { status: response.status(), url: response.url() }));
    this.keyboard = {
      press: async (keys) => {
        const names = keys.split('+').map(puppeteerKey);
        const last = names.at(-1);
        for (const name of names.slice(0, -1)) await page.keyboard.down(name);
        // With a modifier held a letter is the key itself (Control+a), not the capital.
        await page.keyboard.press(names.length > 1 && last.length === 1 ? last.toLowerCase() : last);
        for (const name of names.slice(0, -1).reverse()) await page.keyboard.up(name);
      },
      type: (text) => page.keyboard.type(text),
    };
  }
  async setUp(javaScript, viewport) {
    await this.raw.setViewport(viewport);
    if (!javaScript) return;
    await this.raw.exposeFunction('polderReportViolation', (text) => this.emit('violation', text));
    await this.raw.evaluateOnNewDocument(reportViolations);
  }
  goto(url) {
    return this.raw.goto(url);
  }
  async evaluate(fn, arg) {
    try {
      return await this.raw.evaluate(fn, arg);
    } catch (error) {
      // puppeteer's errors say where in puppeteer; this one says where in the test.
      throw new Error(`${error.message.split('\n')[0]} (evaluating ${String(fn).slice(0, 120)})`, { cause: error });
    }
  }
  /** Runs a script's source in the page (axe-core), as WebDriver BiDi evaluates it: not as a page script. */
  addScript(source) {
    return this.raw.evaluate(source);
  }
  /**
   * A real mouse click in the middle of the element. (puppeteer's own click first waits in the page for the element
   * to scroll into view, which never happens in a page whose scripts are off.)
   */
  async click(selector) {
    const point = await this.evaluate((selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`click: no ${selector}`);
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, selector);
    await this.raw.mouse.click(point.x, point.y);
  }
  goBack() {
    return this.raw.goBack();
  }
  goForward() {
    return this.raw.goForward();
  }
  async setInputFiles(selector, file) {
    const input = await this.raw.$(selector);
    await input.uploadFile(fileOnDisk(file));
  }
  async chooseFile(selector, file) {
    const [chooser] = await Promise.all([this.raw.waitForFileChooser(), this.click(selector)]);
    await chooser.accept([fileOnDisk(file)]);
  }
  setViewport(size) {
    return this.raw.setViewport(size);
  }
  /** Runs `action` and resolves with the response it causes to a URL ending in `suffix`: `{ status }`. */
  async response(suffix, action) {
    const [response] = await Promise.all([this.raw.waitForResponse((r) => r.url().endsWith(suffix)), action()]);
    return { status: response.status() };
  }
  close() {
    return this.context.close();
  }
}

async function firefoxBrowser() {
  const { default: puppeteer } = await import('puppeteer-core');
  const start = (prefs = {}) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: requireFirefox(),
      headless: true,
      protocolTimeout: 30_000,
      extraPrefsFirefox: { ...firefoxPrefs, ...prefs },
    });
  const browser = await start();
  // Firefox ESR's WebDriver BiDi cannot turn a page's scripts off (emulation.setScriptingEnabled came later): pages
  // without JavaScript open in a second Firefox whose preferences turn it off, started when the first is needed.
  let withoutJavaScript;
  return {
    engine: 'firefox',
    raw: browser,
    async newPage({ javaScript = true, viewport = DEFAULT_VIEWPORT } = {}) {
      const owner = javaScript ? browser : await (withoutJavaScript ??= start({ 'javascript.enabled': false }));
      // A browser context of its own: cookies and storage are the page's own, as in a Playwright context.
      const context = await owner.createBrowserContext();
      const page = new FirefoxPage(context, await context.newPage());
      await page.setUp(javaScript, viewport);
      return page;
    },
    async close() {
      await Promise.all([browser.close(), withoutJavaScript?.then((b) => b.close())]);
    },
  };
}

// ------------------------------------------------------------------------------------------------------ WebKit ---

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebKitPage extends EnginePage {
  constructor(driver) {
    super('webkit');
    this.raw = driver;
    this.keyboard = {
      press: (keys) => {
        // A letter in a shortcut is the key itself (Control+A selects all; "A" would add Shift).
        const values = keys.split('+').map((name) => webDriverKey([...name].length === 1 ? name.toLowerCase() : name));
        return this.keys([
          ...values.map((value) => ({ type: 'keyDown', value })),
          ...values.reverse().map((value) => ({ type: 'keyUp', value })),
        ]);
      },
      type: (text) =>
        this.keys(
          [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        ),
    };
  }
  async keys(actions) {
    await this.raw.performActions([{ type: 'key', id: 'keyboard', actions }]);
    await this.raw.releaseActions();
  }
  goto(url) {
    return this.raw.navigateTo(url);
  }
  /** Runs `fn(arg)` in the page; installs the problem watcher first and collects what it recorded. */
  async evaluate(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
      (${watchProblems})();
      const drain = () => window.__polderProblems.splice(0);
      Promise.resolve()
        .then(() => (${fn})(arguments[0]))
        .then((value) => done({ value: value === undefined ? null : value, problems: drain() }),
              (error) => done({ error: String((error && error.message) || error), problems: drain() }));`;
    const result = await this.raw.executeAsyncScript(script, [arg ?? null]);
    for (const problem of result.problems)
      this.emit(problem.kind, problem.kind === 'pageerror' || problem.kind === 'violation' ? problem.text : problem);
    if ('error' in result) throw new Error(result.error);
    return result.value;
  }
  /** Runs a script's source in the page (axe-core), as WebDriver runs a script: not as a page script. */
  async addScript(source) {
    await this.raw.executeScript(`${source}\n;return null;`, []);
  }
  async element(selector) {
    const found = await this.raw.findElement('css selector', selector);
    if (!found?.[ELEMENT]) throw new Error(`No ${selector} in the page.`);
    return found[ELEMENT];
  }
  async click(selector) {
    await this.raw.elementClick(await this.element(selector));
  }
  goBack() {
    return this.raw.back();
  }
  goForward() {
    return this.raw.forward();
  }
  /** WebDriver gives a file input its files through "send keys" with the file's path. */
  async setInputFiles(selector, file) {
    await this.raw.elementSendKeys(await this.element(selector), fileOnDisk(file));
  }
  /**
   * Runs `action` and waits for the response it causes to a URL ending in `suffix`, seen in the page's resource
   * timing: WebDriver reports no responses, so `status` is null.
   */
  async response(suffix, action) {
    const seen = await this.evaluate(() => performance.getEntriesByType('resource').length);
    await action();
    await this.waitForFunction(
      ({ suffix, seen }) =>
        performance
          .getEntriesByType('resource')
          .slice(seen)
          .some((entry) => entry.name.endsWith(suffix) && entry.responseEnd > 0),
      { suffix, seen },
      { timeout: WAIT },
    );
    return { status: null };
  }
  setViewport({ width, height }) {
    return setWebKitViewport(this.raw, width, height);
  }
  close() {
    return this.raw.deleteSession();
  }
}

/** How long WebKitWebDriver may take to start a MiniBrowser for a new session before another driver is tried. */
const WEBKIT_SESSION_LIMIT = 30_000;

async function webkitBrowser() {
  const { remote } = await import('webdriverio');
  const drivers = [await startWebKitDriver()];
  const sessions = new Set();
  const session = (driver, javaScript) => {
    const options = driver.capabilities['webkitgtk:browserOptions'];
    return remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'silent',
      capabilities: {
        'webkitgtk:browserOptions': {
          ...options,
          args: [...options.args, ...(javaScript ? [] : ['--enable-javascript-markup=false'])],
        },
        timeouts: { script: 60_000, pageLoad: 30_000, implicit: 0 },
      },
    });
  };
  return {
    engine: 'webkit',
    raw: drivers[0],
    async newPage({ javaScript = true, viewport = DEFAULT_VIEWPORT } = {}) {
      // A session of its own (a MiniBrowser of its own): cookies and storage are the page's own. On a busy machine
      // a driver has once waited for its MiniBrowser for good (no answer in two minutes): after 30 s the page gets
      // a new driver, once. The old one keeps its other sessions until the browser closes.
      let raw;
      for (let attempt = 1; !raw; attempt++) {
        const starting = session(drivers.at(-1), javaScript);
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(resolve, WEBKIT_SESSION_LIMIT)));
        raw = await Promise.race([starting, late]).finally(() => clearTimeout(timer));
        if (raw) break;
        // Never heard of again: a session that starts after all is ended, and a failure is not reported twice.
        starting.then((late) => late.deleteSession()).catch(() => {});
        if (attempt === 2) throw new Error(`WebKit: no new session within ${WEBKIT_SESSION_LIMIT / 1000} s, twice.`);
        console.warn(
          `WebKit: no new session within ${WEBKIT_SESSION_LIMIT / 1000} s; trying once more with a new driver.`,
        );
        drivers.push(await startWebKitDriver());
      }
      const page = new WebKitPage(raw);
      sessions.add(page);
      const close = page.close.bind(page);
      page.close = () => (sessions.delete(page), close());
      await page.setViewport(viewport);
      return page;
    },
    async close() {
      await Promise.all([...sessions].map((page) => page.close().catch(() => {})));
      for (const driver of drivers) driver.stop();
    },
  };
}

/** Starts an engine: `{ engine, raw, newPage({ javaScript, viewport, bypassCSP }), close() }`. */
export function launch(engine) {
  if (engine === 'chromium') return chromiumBrowser();
  if (engine === 'firefox') return firefoxBrowser();
  if (engine === 'webkit') return webkitBrowser();
  throw new Error(`No engine "${engine}".`);
}
