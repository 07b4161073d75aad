// Benchmark, not a test: what a Polder element costs next to the native element it wraps, measured as ratios in
// one run of headless Chromium. Run it after a build: `npm run build && npm run bench` (from packages/components).
//
// It bundles the published production modules (dist/) with Lit as a user's bundler would, serves them from a
// local server and, in interleaved rounds (native, Polder, Polder, native, …), measures
//   - rendering 1000 buttons: native `<button>` against `<polder-button>`, created with the DOM API and appended,
//     timed until every element has rendered and the page's layout is up to date;
//   - rendering 300 labelled text fields: native `<label>` + `<input>` against `<polder-text-field label>`;
//   - a cold load (new browser context, empty cache) of a server-rendered page with 50 buttons and 20 text
//     fields, against the same page with native elements, until every element is ready and laid out;
//   - the JS heap and the DOM nodes (elements, text, comments) each element adds;
//   - the bytes of button + text field with Lit, minified and gzipped.
// It prints medians and ratios against native. The figures depend on the machine; the ratios much less.
// Options (environment): BENCH_ROUNDS (default 15), BENCH_DIST (another build to measure, e.g. a copy of dist/
// from the main branch; its folder must resolve `lit`), CHROME_PATH.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { requireChromium, chromiumArgs } from '../../../scripts/chromium.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(pkg, 'dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const BUTTONS = 1000;
const FIELDS = 300;

if (!existsSync(join(dist, 'button', 'define.js'))) {
  console.error(`No production build in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

// The production modules, bundled with Lit as a user's bundler would.
const bundle = async (contents) => {
  const result = await build({
    stdin: { contents, resolveDir: dist },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};
const script = await bundle(`import './button/define.js'; import './text-field/define.js';`);
const gzip = (text) => gzipSync(text, { level: 9 }).length;

// The server-rendered page: the same template functions an agency's server uses.
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { renderButton } = await import(pathToFileURL(join(dist, 'button', 'button.template.js')).href);
const { renderTextField } = await import(pathToFileURL(join(dist, 'text-field', 'text-field.template.js')).href);
const ssr = (template) => collectResultSync(render(template));
const css = (
  await Promise.all(
    ['button/button.css', 'form-control/form-control.css', 'text-field/text-field.css']
      .filter((file) => existsSync(join(dist, file)))
      .map((file) => readFile(join(dist, file), 'utf8')),
  )
).join('\n');

const coldFields = (polder) =>
  Array.from({ length: 20 }, (_, i) =>
    polder
      ? ssr(renderTextField({ id: `veld-${i}`, type: 'text', name: `veld-${i}`, label: `Vraag ${i + 1}` }))
      : `<div><label for="veld-${i}">Vraag ${i + 1}</label><input id="veld-${i}" name="veld-${i}" type="text"></div>`,
  ).join('\n');
const coldButtons = (polder) =>
  Array.from({ length: 50 }, (_, i) =>
    polder
      ? ssr(renderButton({ variant: 'primary', type: 'submit', name: 'actie', value: String(i) }, `Actie ${i + 1}`))
      : `<button type="submit" name="actie" value="${i}">Actie ${i + 1}</button>`,
  ).join('\n');
const page = (head, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bench</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
// Both pages run the same measuring module last; the Polder page also loads its stylesheet and its script.
const measure = `
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('polder-'));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  document.body.offsetHeight;
  window.ready = performance.now();`;
const coldPage = (polder) =>
  page(
    polder ? '<link rel="stylesheet" href="/polder.css"><script type="module" src="/polder.js"></script>' : '',
    `<main><form method="post">${coldFields(polder)}${coldButtons(polder)}</form></main>` +
      '<script type="module" src="/measure.js"></script>',
  );

// The render page: a stage, and a function that fills it and resolves when everything is rendered and laid out.
const harness = `
  const stage = document.getElementById('stage');
  const make = {
    'native button': (i) => {
      const b = document.createElement('button');
      b.textContent = 'Opslaan ' + i;
      return b;
    },
    'polder-button': (i) => {
      const b = document.createElement('polder-button');
      b.textContent = 'Opslaan ' + i;
      return b;
    },
    'native field': (i) => {
      const div = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = 'f' + i;
      label.textContent = 'Achternaam ' + i;
      const input = document.createElement('input');
      input.id = 'f' + i;
      input.name = 'f' + i;
      input.type = 'text';
      div.append(label, input);
      return div;
    },
    'polder-text-field': (i) => {
      const f = document.createElement('polder-text-field');
      f.setAttribute('label', 'Achternaam ' + i);
      f.setAttribute('name', 'f' + i);
      return f;
    },
  };
  window.clear = () => stage.replaceChildren();
  window.fill = async (kind, n) => {
    const start = performance.now();
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) fragment.append(make[kind](i));
    stage.append(fragment);
    await Promise.all([...stage.children].map((el) => el.updateComplete));
    stage.offsetHeight;
    return performance.now() - start;
  };
  window.nodes = () => {
    const walker = document.createTreeWalker(stage, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  };`;
const renderPage = page(
  '<script type="module" src="/polder.js"></script>',
  `<main id="stage"></main><script type="module" src="/harness.js"></script>`,
);

const files = {
  '/polder.js': ['text/javascript', script],
  '/polder.css': ['text/css', css],
  '/measure.js': ['text/javascript', measure],
  '/harness.js': ['text/javascript', harness],
  '/render.html': ['text/html', renderPage],
  '/cold-native.html': ['text/html', coldPage(false)],
  '/cold-polder.html': ['text/html', coldPage(true)],
};
const server = createServer((req, res) => {
  const file = files[new URL(req.url, 'http://localhost').pathname];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${origin}/render.html`);
  await tab.waitForFunction(() => typeof window.fill === 'function' && customElements.get('polder-button'));
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  const heap = async () => {
    await gc();
    await gc();
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const cases = [
    { name: 'buttons', n: BUTTONS, native: 'native button', polder: 'polder-button' },
    { name: 'text fields', n: FIELDS, native: 'native field', polder: 'polder-text-field' },
  ];
  const results = {};
  for (const c of cases) {
    for (const kind of [c.native, c.polder]) results[kind] = { times: [], heap: [], nodes: 0 };
    // Two rounds warm the JIT up, as a page that renders more than once does; they are not counted.
    for (let round = -2; round < ROUNDS; round++) {
      const order = round % 2 ? [c.native, c.polder] : [c.polder, c.native];
      for (const kind of order) {
        await tab.evaluate(() => window.clear());
        await gc();
        const ms = await tab.evaluate(([k, n]) => window.fill(k, n), [kind, c.n]);
        if (round >= 0) results[kind].times.push(ms);
      }
    }
    // Heap and DOM nodes per element: what the filled stage holds after garbage collection.
    for (let round = 0; round < 3; round++) {
      for (const kind of [c.native, c.polder]) {
        await tab.evaluate(() => window.clear());
        const before = await heap();
        await tab.evaluate(([k, n]) => window.fill(k, n), [kind, c.n]);
        const after = await heap();
        results[kind].heap.push((after - before) / c.n);
        results[kind].nodes = (await tab.evaluate(() => window.nodes())) / c.n;
      }
    }
    await tab.evaluate(() => window.clear());
  }

  // Cold loads: a new context (empty cache) per load, interleaved.
  const cold = { native: [], polder: [] };
  for (let round = -1; round < ROUNDS; round++) {
    const order = round % 2 ? ['native', 'polder'] : ['polder', 'native'];
    for (const kind of order) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      p.on('pageerror', (error) => errors.push(error));
      await p.goto(`${origin}/cold-${kind}.html`);
      const ms = await (await p.waitForFunction(() => window.ready)).jsonValue();
      if (round >= 0) cold[kind].push(ms);
      await ctx.close();
    }
  }
  if (errors.length) throw new Error(`The pages logged errors:\n${errors.join('\n')}`);

  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  console.log(`Chromium ${browser.version()}, ${ROUNDS} interleaved rounds, medians\n`);
  for (const c of cases) {
    const nat = results[c.native];
    const pol = results[c.polder];
    console.log(
      `${c.n} ${c.name}`.padEnd(22) +
        'render'.padStart(10) +
        '× native'.padStart(10) +
        'heap/el'.padStart(11) +
        'nodes/el'.padStart(10),
    );
    for (const [kind, r] of [
      [c.native, nat],
      [c.polder, pol],
    ])
      console.log(
        `  ${kind}`.padEnd(22) +
          `${median(r.times).toFixed(1)} ms`.padStart(10) +
          `${(median(r.times) / median(nat.times)).toFixed(2)}×`.padStart(10) +
          kb(median(r.heap)).padStart(11) +
          r.nodes.toFixed(1).padStart(10),
      );
    console.log();
  }
  console.log('cold load, 50 buttons + 20 fields (server-rendered)');
  console.log(`  native`.padEnd(22) + `${median(cold.native).toFixed(1)} ms`.padStart(10) + '1.00×'.padStart(10));
  console.log(
    `  polder`.padEnd(22) +
      `${median(cold.polder).toFixed(1)} ms`.padStart(10) +
      `${(median(cold.polder) / median(cold.native)).toFixed(2)}×`.padStart(10),
  );
  console.log(`\nbutton + text field with Lit, minified + gzipped: ${kb(gzip(script))}`);
} finally {
  await browser.close();
  server.close();
}
