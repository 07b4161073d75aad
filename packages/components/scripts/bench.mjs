// Benchmark, not a test: what a Polder element costs next to the native element it wraps, measured as ratios in
// one run of headless Chromium. Run it after a build: `npm run build && npm run bench` (from packages/components).
//
// It bundles the published production modules (dist/) with Lit as a user's bundler would, serves them from a
// local server and, in interleaved rounds (native, Polder, Polder, native, …), measures
//   - rendering 1000 buttons: native `<button>` against `<polder-button>`, created with the DOM API and appended,
//     timed until every element has rendered and the page's layout is up to date;
//   - rendering 300 labelled text fields: native `<label>` + `<input>` against `<polder-text-field label>`;
//   - for both, the same native elements with Polder's classes and stylesheet: what the stylesheet alone costs;
//   - for both, the floor: a library-free custom element that builds the same native markup under a host displayed
//     as Polder's (what any such custom element costs at least), and Polder's time against it (what it can win back);
//   - a cold load (new browser context, empty cache) of a server-rendered page with 50 buttons and 20 text
//     fields, against the same page with native elements, until every element is ready and laid out; its floors
//     are the native page with Polder's stylesheet and Polder's page without its script;
//   - the JS heap and the DOM nodes (elements, text, comments) each element adds;
//   - the bytes of button + text field with Lit, minified and gzipped.
// It prints the median times and, for each kind, its ratio to native round by round (the median, and the middle half
// of the rounds as the spread). The figures depend on the machine; the ratios much less.
// Options (environment): BENCH_ROUNDS (default 15); BENCH_DIST, another build to measure instead of dist/;
// BENCH_BASELINE, a second build measured in the same rounds, for before/after figures (e.g. a copy of dist/ from
// the main branch; a build's folder must resolve `lit`), in a tab of its own that measures its own native and floor
// elements too (a tab can be a tenth faster than another); CHROME_PATH.
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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const BUTTONS = 1000;
const FIELDS = 300;
// The build to measure and, with BENCH_BASELINE, another one measured in the same rounds (before/after).
const builds = [
  { label: 'polder', dist: process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(pkg, 'dist') },
];
if (process.env.BENCH_BASELINE) builds.push({ label: 'baseline', dist: resolve(process.env.BENCH_BASELINE) });

for (const { dist } of builds) {
  if (!existsSync(join(dist, 'button', 'define.js'))) {
    console.error(`No production build in ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const ssr = (template) => collectResultSync(render(template));

for (const b of builds) {
  // The production modules, bundled with Lit as a user's bundler would.
  const result = await build({
    stdin: { contents: `import './button/define.js'; import './text-field/define.js';`, resolveDir: b.dist },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
  });
  b.script = result.outputFiles[0].text;
  // The server-rendered page: the same template functions an agency's server uses.
  b.templates = {
    ...(await import(pathToFileURL(join(b.dist, 'button', 'button.template.js')).href)),
    ...(await import(pathToFileURL(join(b.dist, 'text-field', 'text-field.template.js')).href)),
  };
  b.css = (
    await Promise.all(
      ['button/button.css', 'form-control/form-control.css', 'text-field/text-field.css']
        .filter((file) => existsSync(join(b.dist, file)))
        .map((file) => readFile(join(b.dist, file), 'utf8')),
    )
  ).join('\n');
}

const coldFields = (b) =>
  Array.from({ length: 20 }, (_, i) =>
    b
      ? ssr(b.templates.renderTextField({ id: `veld-${i}`, type: 'text', name: `veld-${i}`, label: `Vraag ${i + 1}` }))
      : `<div><label for="veld-${i}">Vraag ${i + 1}</label><input id="veld-${i}" name="veld-${i}" type="text"></div>`,
  ).join('\n');
const coldButtons = (b) =>
  Array.from({ length: 50 }, (_, i) =>
    b
      ? ssr(
          b.templates.renderButton(
            { variant: 'primary', type: 'submit', name: 'actie', value: String(i) },
            `Actie ${i + 1}`,
          ),
        )
      : `<button type="submit" name="actie" value="${i}">Actie ${i + 1}</button>`,
  ).join('\n');
const page = (head, body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bench</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
// Every page runs the same measuring module last; a Polder page also loads its stylesheet and its script.
const measure = `
  // Module scripts run in order: Polder's, if the page loads it, has defined its elements by now.
  const elements = [...document.querySelectorAll('*')].filter((el) => customElements.get(el.localName));
  await Promise.all(elements.map((el) => el.updateComplete));
  document.body.offsetHeight;
  window.ready = performance.now();`;
// `markup`: Polder's server-rendered elements (else native ones); `i`: the build whose stylesheet the page links;
// `script`: and whose script it loads.
const coldPage = ({ markup, i, script }) =>
  page(
    (i === undefined ? '' : `<link rel="stylesheet" href="/${i}/polder.css">`) +
      (script ? `<script type="module" src="/${i}/polder.js"></script>` : ''),
    `<main><form method="post">${coldFields(markup)}${coldButtons(markup)}</form></main>` +
      '<script type="module" src="/measure.js"></script>',
  );

// The render page: a stage, and a function that fills it and resolves when everything is rendered and laid out.
const harness = `
  const stage = document.getElementById('stage');
  // Polder's stylesheets are adopted by the first element of each kind: adopt them now, for the styled native rows.
  for (const tag of ['polder-button', 'polder-text-field']) document.body.append(document.createElement(tag));
  await Promise.all([...document.body.children].map((el) => el.updateComplete));
  for (const el of document.querySelectorAll('body > polder-button, body > polder-text-field')) el.remove();
  // The floor: the least a custom element wrapping native elements costs, without any library. When connected it
  // builds the native markup a Polder element keeps (a styled button around its text; a label and an input in the
  // field's wrapper), its host displayed as Polder's is (the button's makes no box, a field's is a block): no custom
  // element with the same markup and host renders for less.
  const floorSheet = new CSSStyleSheet();
  floorSheet.replaceSync('bench-button { display: contents } bench-field { display: block; max-inline-size: 100% }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, floorSheet];
  customElements.define('bench-button', class extends HTMLElement {
    connectedCallback() {
      if (this.firstElementChild) return;
      const button = document.createElement('button');
      button.className = 'polder-button polder-button--primary';
      button.type = 'submit';
      button.append(...this.childNodes);
      this.append(button);
    }
  });
  const fieldMarkup = document.createElement('template');
  fieldMarkup.innerHTML =
    '<div class="polder-form-field"><label class="polder-form-field__label"></label><input class="polder-text-input" type="text"></div>';
  let fieldIds = 0;
  customElements.define('bench-field', class extends HTMLElement {
    connectedCallback() {
      if (this.firstElementChild) return;
      const field = fieldMarkup.content.cloneNode(true);
      const [label, input] = field.firstChild.children;
      input.id = label.htmlFor = 'bench-field-' + fieldIds++;
      label.textContent = this.getAttribute('label');
      input.name = this.getAttribute('name');
      this.append(field);
    }
  });
  // A button of \`tag\` with its label; a field element of \`tag\` with its label and name attributes.
  const button = (tag) => (i) => {
    const b = document.createElement(tag);
    b.textContent = 'Opslaan ' + i;
    return b;
  };
  const field = (tag) => (i) => {
    const f = document.createElement(tag);
    f.setAttribute('label', 'Achternaam ' + i);
    f.setAttribute('name', 'f' + i);
    return f;
  };
  const make = {
    'floor button': button('bench-button'),
    'floor field': field('bench-field'),
    // The native elements with Polder's classes: what the stylesheet alone costs, without the custom element.
    'styled button': (i) => {
      const b = document.createElement('button');
      b.className = 'polder-button polder-button--primary';
      b.textContent = 'Opslaan ' + i;
      return b;
    },
    'styled field': (i) => {
      const div = document.createElement('div');
      div.className = 'polder-form-field';
      const label = document.createElement('label');
      label.className = 'polder-form-field__label';
      label.htmlFor = 'f' + i;
      label.textContent = 'Achternaam ' + i;
      const input = document.createElement('input');
      input.className = 'polder-text-input';
      input.id = 'f' + i;
      input.name = 'f' + i;
      input.type = 'text';
      div.append(label, input);
      return div;
    },
    'native button': button('button'),
    'polder-button': button('polder-button'),
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
    'polder-text-field': field('polder-text-field'),
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
const files = {
  '/measure.js': ['text/javascript', measure],
  '/harness.js': ['text/javascript', harness],
  '/cold-native.html': ['text/html', coldPage({})],
  // The floors of a cold load: the native page with Polder's stylesheet, and Polder's page without its script (what
  // a visitor without JavaScript gets): what the stylesheet and the markup cost before any script runs.
  '/cold-native-styled.html': ['text/html', coldPage({ i: 0 })],
  '/cold-no-script.html': ['text/html', coldPage({ markup: builds[0], i: 0 })],
};
builds.forEach((b, i) => {
  files[`/${i}/polder.js`] = ['text/javascript', b.script];
  files[`/${i}/polder.css`] = ['text/css', b.css];
  files[`/${i}/render.html`] = [
    'text/html',
    page(
      `<script type="module" src="/${i}/polder.js"></script>`,
      '<main id="stage"></main><script type="module" src="/harness.js"></script>',
    ),
  ];
  files[`/${i}/cold.html`] = ['text/html', coldPage({ markup: b, i, script: true })];
});
const server = createServer((req, res) => {
  const file = files[new URL(req.url, 'http://localhost').pathname];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
/** The value at fraction `q` (0.5: the median) of `values`, read between the two nearest when it falls between. */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
};
const median = (values) => quantile(values, 0.5);
/**
 * The ratio against native, round by round (each round's time over the native time of the same round), so that a
 * machine that is slower for a while slows both: its median, and the middle half of the rounds as the spread.
 */
const ratios = (times, native) => {
  const each = times.map((t, i) => t / native[i]);
  return { median: median(each), spread: `${quantile(each, 0.25).toFixed(2)}–${quantile(each, 0.75).toFixed(2)}` };
};

try {
  const errors = [];
  // One tab per build (the same tag names cannot be defined twice in a page); native elements in the first.
  const tabs = [];
  for (let i = 0; i < builds.length; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${origin}/${i}/render.html`);
    await tab.waitForFunction(() => typeof window.fill === 'function' && customElements.get('polder-button'));
    const gc = () => cdp.send('HeapProfiler.collectGarbage');
    const heap = async () => {
      await gc();
      await gc();
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    tabs.push({ tab, gc, heap });
  }

  const cases = [
    {
      name: 'buttons',
      n: BUTTONS,
      native: 'native button',
      styled: 'styled button',
      floor: 'floor button',
      polder: 'polder-button',
    },
    {
      name: 'text fields',
      n: FIELDS,
      native: 'native field',
      styled: 'styled field',
      floor: 'floor field',
      polder: 'polder-text-field',
    },
  ];
  const results = {};
  for (const c of cases) {
    // What is measured: { label, kind, tab }. A page in one tab can run faster than the same page in another (by up
    // to a tenth, the same build both ways), so every tab measures the native element and the floor too, and a
    // build's ratios are taken against those of its own tab; the rows print tab 0's.
    const floorLabel = `${c.floor.replace('floor ', 'bench-')} (floor)`;
    const kinds = builds.flatMap((b, i) => {
      const tab = tabs[i];
      const own = (label) => (i ? `${label} (tab ${i})` : label);
      return [
        { label: own(c.native), kind: c.native, tab, hidden: i > 0 },
        ...(i ? [] : [{ label: `${c.native}, Polder's classes`, kind: c.styled, tab }]),
        { label: own(floorLabel), kind: c.floor, tab, hidden: i > 0 },
        {
          label: i ? `${c.polder} (${b.label})` : c.polder,
          kind: c.polder,
          tab,
          native: own(c.native),
          floor: own(floorLabel),
        },
      ];
    });
    for (const { label } of kinds) results[label] = { times: [], heap: [], nodes: 0 };
    // Two rounds warm the JIT up, as a page that renders more than once does; they are not counted. Each round
    // starts with another kind, so no kind always runs first.
    for (let round = -2; round < ROUNDS; round++) {
      const shift = (round + kinds.length * 2) % kinds.length;
      for (const {
        label,
        kind,
        tab: { tab, gc },
      } of [...kinds.slice(shift), ...kinds.slice(0, shift)]) {
        await tab.evaluate(() => window.clear());
        await gc();
        const ms = await tab.evaluate(([k, n]) => window.fill(k, n), [kind, c.n]);
        if (round >= 0) results[label].times.push(ms);
      }
    }
    // Heap and DOM nodes per element: what the filled stage holds after garbage collection.
    for (let round = 0; round < 3; round++) {
      for (const {
        label,
        kind,
        tab: { tab, heap },
      } of kinds) {
        await tab.evaluate(() => window.clear());
        const before = await heap();
        await tab.evaluate(([k, n]) => window.fill(k, n), [kind, c.n]);
        const after = await heap();
        results[label].heap.push((after - before) / c.n);
        results[label].nodes = (await tab.evaluate(() => window.nodes())) / c.n;
        await tab.evaluate(() => window.clear());
      }
    }
    results[c.name] = kinds.filter((k) => !k.hidden);
  }

  // Cold loads: a new context (empty cache) per load, interleaved.
  const pages = [
    ['native', '/cold-native.html'],
    ["native, Polder's stylesheet", '/cold-native-styled.html'],
    ['polder, no script (floor)', '/cold-no-script.html'],
    ...builds.map((b, i) => [b.label, `/${i}/cold.html`]),
  ];
  const cold = Object.fromEntries(pages.map(([label]) => [label, []]));
  for (let round = -1; round < ROUNDS; round++) {
    const shift = (round + pages.length) % pages.length;
    for (const [label, path] of [...pages.slice(shift), ...pages.slice(0, shift)]) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      p.on('pageerror', (error) => errors.push(error));
      await p.goto(`${origin}${path}`);
      const ms = await (await p.waitForFunction(() => window.ready)).jsonValue();
      if (round >= 0) cold[label].push(ms);
      await ctx.close();
    }
  }
  if (errors.length) throw new Error(`The pages logged errors:\n${errors.join('\n')}`);

  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  const width = 40;
  console.log(
    `Chromium ${browser.version()}, ${ROUNDS} interleaved rounds: median time, median ratio to native of each ` +
      'round and the middle half of those ratios (spread)\n',
  );
  for (const c of cases) {
    console.log(
      `${c.n} ${c.name}`.padEnd(width) +
        'render'.padStart(10) +
        '× native'.padStart(10) +
        'spread'.padStart(12) +
        'heap/el'.padStart(11) +
        'nodes/el'.padStart(10),
    );
    for (const { label, native } of results[c.name]) {
      const r = results[label];
      const ratio = ratios(r.times, results[native ?? c.native].times);
      console.log(
        `  ${label}`.padEnd(width) +
          `${median(r.times).toFixed(1)} ms`.padStart(10) +
          `${ratio.median.toFixed(2)}×`.padStart(10) +
          ratio.spread.padStart(12) +
          kb(median(r.heap)).padStart(11) +
          r.nodes.toFixed(1).padStart(10),
      );
    }
    // What Polder adds to the least any custom element costs: the part of the time it can still win back.
    for (const { label, floor } of results[c.name].filter((k) => k.floor)) {
      const ratio = ratios(results[label].times, results[floor].times);
      console.log(
        `  ${label} × floor`.padEnd(width) + `${ratio.median.toFixed(2)}×`.padStart(20) + ratio.spread.padStart(12),
      );
    }
    console.log();
  }
  console.log('cold load, 50 buttons + 20 fields (server-rendered)');
  for (const [label] of pages) {
    const ratio = ratios(cold[label], cold.native);
    console.log(
      `  ${label}`.padEnd(width) +
        `${median(cold[label]).toFixed(1)} ms`.padStart(10) +
        `${ratio.median.toFixed(2)}×`.padStart(10) +
        ratio.spread.padStart(12),
    );
  }
  for (const b of builds) {
    const ratio = ratios(cold[b.label], cold[pages[2][0]]);
    console.log(
      `  ${b.label} × floor`.padEnd(width) + `${ratio.median.toFixed(2)}×`.padStart(20) + ratio.spread.padStart(12),
    );
  }
  console.log('\nbutton + text field with Lit, minified + gzipped');
  for (const b of builds) console.log(`  ${b.label}`.padEnd(width) + kb(gzip(b.script)).padStart(10));
} finally {
  await browser.close();
  server.close();
}
