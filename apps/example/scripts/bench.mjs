// Page weight and time to interactive of the form step with the most fields (/adres: four text fields), in
// headless Chromium on a throttled "slow 4G" line (Lighthouse's profile: 562.5 ms latency, 1.47 Mbit/s down,
// 675 kbit/s up) with a 4× slower CPU, cold cache. A measurement to report, not a test: timings vary by machine.
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../../scripts/chromium.mjs';
import { start } from '../src/server.js';

const RUNS = 3;
const PATH = '/adres';
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { server, url } = await start({ port: 0 });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
/** @type {Record<string, number>[]} */
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: (1474.56 * 1024) / 8,
      uploadThroughput: (675 * 0.9 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    /** @type {Map<string, number>} */
    const transferred = new Map();
    cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
    /** @type {Map<string, string>} */
    const types = new Map();
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));

    await page.goto(`${url}${PATH}`, { waitUntil: 'load' });
    // Interactive: every Polder element on the page is defined, upgraded and rendered (hydrated).
    const timing = await page.evaluate(async () => {
      const tags = new Set(
        [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('polder-')),
      );
      await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
      await Promise.all(
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('polder-'))
          .map((e) => /** @type {any} */ (e).updateComplete),
      );
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const navigation = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        html: navigation.decodedBodySize,
        fcp: fcp ? fcp.startTime : NaN,
        domContentLoaded: navigation.domContentLoadedEventEnd,
        interactive: performance.now(),
      };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    let js = 0;
    let css = 0;
    let document = 0;
    for (const [id, bytes] of transferred) {
      if (types.get(id) === 'Script') js += bytes;
      else if (types.get(id) === 'Stylesheet') css += bytes;
      else if (types.get(id) === 'Document') document += bytes;
    }
    runs.push({ ...timing, htmlTransferred: document, js, css });
    await context.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}

// Every step, once each, without throttling: what each page transfers (JavaScript and CSS, gzipped, with headers),
// in a new browser context each (cold cache), as a first-time visitor (the cookie question shows on form pages).
const STEP_PATHS = ['/', '/persoon', '/adres', '/verhuisdatum', '/meeverhuizers', '/inwonen', '/document'];
/** @type {{ path: string, js: number, css: number }[]} */
const steps = [];
{
  const again = await start({ port: 0 });
  const browser2 = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  try {
    for (const path of STEP_PATHS) {
      const context = await browser2.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      /** @type {Map<string, number>} */
      const bytes = new Map();
      /** @type {Map<string, string>} */
      const kinds = new Map();
      cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
      cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, event.type));
      await page.goto(`${again.url}${path}`, { waitUntil: 'networkidle' });
      let js = 0;
      let css = 0;
      for (const [id, n] of bytes) {
        if (kinds.get(id) === 'Script') js += n;
        else if (kinds.get(id) === 'Stylesheet') css += n;
      }
      steps.push({ path, js, css });
      await context.close();
    }
  } finally {
    await browser2.close();
    again.server.closeAllConnections();
    again.server.close();
  }
}

const pick = (/** @type {string} */ key) => median(runs.map((r) => r[key]));
console.log(`Verhuizing doorgeven ${PATH}, slow 4G, CPU 4× slower, cold cache, median of ${RUNS} runs`);
console.log(`  HTML                 ${kb(pick('html'))} (${kb(pick('htmlTransferred'))} transferred, gzip)`);
console.log(`  JavaScript           ${kb(pick('js'))} transferred (gzip, including headers)`);
console.log(`  CSS                  ${kb(pick('css'))} transferred (gzip, including headers)`);
console.log(`  First contentful paint ${Math.round(pick('fcp'))} ms`);
console.log(`  DOMContentLoaded     ${Math.round(pick('domContentLoaded'))} ms`);
console.log(`  Time to interactive  ${Math.round(pick('interactive'))} ms (every Polder element defined and hydrated)`);
console.log('Per step (cold cache, unthrottled): JavaScript and CSS transferred, gzip, including headers');
for (const { path, js, css } of steps)
  console.log(`  ${path.padEnd(16)} JS ${kb(js).padStart(8)}  CSS ${kb(css).padStart(8)}`);
