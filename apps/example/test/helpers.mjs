// Shared by the end-to-end tests: the server on a random port, Chromium, and checks on every page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server (building the client first when needed) and Chromium. */
export async function setUp() {
  if (!existsSync(`${root}dist/manifest.json`)) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
  const { start } = await import('../src/server.js');
  const { server, url } = await start({ port: 0 });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  return {
    url,
    browser,
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
 * @param {import('playwright-core').BrowserContext} context
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat|mismatch/i.test(message.text()))
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.exposeBinding('reportViolation', (_source, text) => problems.push(`violation: ${text}`)).catch(() => {});
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      /** @type {any} */ (window).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return { page, problems };
}

/** Runs axe (WCAG 2.2 A/AA rules) on the page and returns a readable list of violations. */
export async function axe(/** @type {import('playwright-core').Page} */ page) {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
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
export function focused(/** @type {import('playwright-core').Page} */ page) {
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
 * Presses Tab until `match` holds for the focused element (at most `max` times).
 * @param {import('playwright-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} match
 */
export async function tabTo(page, match, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
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
