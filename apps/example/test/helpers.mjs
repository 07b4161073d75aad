// Shared by the end-to-end tests: the server on a random port, a browser engine (Chromium, Firefox or WebKit,
// through the page interface of scripts/engine-page.mjs), and checks on every page.
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launch } from '../../../scripts/engine-page.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server (building the client first when needed) and the engine. */
export async function setUp(/** @type {string} */ engine) {
  if (!existsSync(`${root}dist/manifest.json`)) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
  const { start } = await import('../src/server.js');
  const { server, url } = await start({ port: 0 });
  const browser = await launch(engine);
  return {
    url,
    browser,
    /**
     * The paths of the posts the server receives from now on, seen by the server (so in every engine, whatever its
     * protocol reports); `received(path)` resolves when one to `path` has come in.
     */
    posts() {
      /** @type {string[] & { received?: (path: string) => Promise<void> }} */
      const paths = [];
      const events = new EventEmitter();
      server.on('request', (/** @type {import('node:http').IncomingMessage} */ request) => {
        if (request.method !== 'POST') return;
        const path = new URL(request.url ?? '/', url).pathname;
        paths.push(path);
        events.emit(path);
      });
      // (not enumerable: the list compares equal to a plain one)
      Object.defineProperty(paths, 'received', {
        value: (/** @type {string} */ path) =>
          paths.includes(path) ? Promise.resolve() : new Promise((resolve) => events.once(path, () => resolve())),
      });
      return /** @type {string[] & { received: (path: string) => Promise<void> }} */ (paths);
    },
    async tearDown() {
      await browser.close().catch(() => {});
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A page that records console errors, page errors, and CSP or Trusted Types violations (with JavaScript on,
 * through the `securitypolicyviolation` event; Chromium also logs each violation to the console).
 * @param {any} browser an engine from setUp
 * @param {{ javaScript?: boolean, viewport?: { width: number, height: number }, bypassCSP?: boolean }} [options]
 */
export async function watchedPage(browser, options) {
  const page = await browser.newPage(options);
  /** @type {string[]} */
  const problems = [];
  page.on('console', (/** @type {{ type: string, text: string }} */ message) => {
    if (message.type === 'error' || /hydrat|mismatch/i.test(message.text))
      problems.push(`console ${message.type}: ${message.text}`);
  });
  page.on('pageerror', (/** @type {string} */ message) => problems.push(`page error: ${message}`));
  page.on('violation', (/** @type {string} */ text) => problems.push(`violation: ${text}`));
  return { page, problems };
}

// What the tests read from a page, the same way in every engine.
/** @typedef {any} Page */
/** The text of the first element that matches, as rendered (`innerText`). */
export const text = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate(
    (/** @type {string} */ s) => /** @type {HTMLElement} */ (document.querySelector(s)).innerText,
    selector,
  );
/** The text content of every element that matches. */
export const texts = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate(
    (/** @type {string} */ s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ''),
    selector,
  );
/** How many elements match. */
export const count = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate((/** @type {string} */ s) => document.querySelectorAll(s).length, selector);
/** An attribute of the first element that matches (null when it has none). */
export const attribute = (/** @type {Page} */ page, /** @type {string} */ selector, /** @type {string} */ name) =>
  page.evaluate(([s, n]) => /** @type {Element} */ (document.querySelector(s)).getAttribute(n), [selector, name]);
/** The value of a form control. */
export const value = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate(
    (/** @type {string} */ s) => /** @type {HTMLInputElement} */ (document.querySelector(s)).value,
    selector,
  );
/** Whether a checkbox or radio button is checked. */
export const checked = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate(
    (/** @type {string} */ s) => /** @type {HTMLInputElement} */ (document.querySelector(s)).checked,
    selector,
  );
/** Whether the element is rendered and visible. */
export const visible = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.evaluate((/** @type {string} */ s) => {
    const element = document.querySelector(s);
    return !!element && element.checkVisibility({ visibilityProperty: true });
  }, selector);
/** Waits until an element matches. */
export const present = (/** @type {Page} */ page, /** @type {string} */ selector) =>
  page.waitForFunction((/** @type {string} */ s) => !!document.querySelector(s), selector);

/** Runs axe (WCAG 2.2 A/AA rules) on the page and returns a readable list of violations. */
export async function axe(/** @type {Page} */ page) {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScript(axeSource);
  const results = await page.evaluate(() =>
    /** @type {any} */ (window).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return results.violations.map(
    (/** @type {any} */ v) =>
      `${v.id}: ${v.help} (${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')})`,
  );
}

/** What has focus, looking through shadow roots: tag, id, name, type, text. */
export function focused(/** @type {Page} */ page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return { tag: '', id: '', name: '', type: '', text: '', href: '' };
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      name: element.getAttribute('name') ?? '',
      type: element.getAttribute('type') ?? '',
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element.getAttribute('href') ?? '',
    };
  });
}

/**
 * Presses Tab (or `key`, e.g. Shift+Tab) until `match` holds for the focused element (at most `max` times).
 * @param {Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} match
 */
export async function tabTo(page, match, max = 40, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error(`Tab never reached the element; last focus: ${JSON.stringify(await focused(page))}`);
}

/** Today plus `days`, as day, month and year strings. */
export function dateFromToday(/** @type {number} */ days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}

export const MARKUP = '<img src=x onerror=alert(1)>';
