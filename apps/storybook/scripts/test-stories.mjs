// Stories are tests. Builds nothing itself (turbo runs `build` first; run `npm run build` when calling this by
// hand): serves storybook-static on 127.0.0.1, reads its index.json and renders every story in Chromium in the
// default theme (light and dark) and in one other theme, then in Firefox and WebKit in the default theme, light
// ($POLDER_BROWSERS picks the engines; see scripts/browsers.mjs). The themes and schemes are the same CSS in every
// engine, so they are swept in one; what differs between engines, how the elements render and behave, is checked in
// every story in all three. Each render must log no console error, raise no page
// error, load every resource, and pass axe-core with the WCAG 2.2 A and AA rules (in a story's other themes and
// schemes, those of them that read the stylesheet: STYLE_RULES). A rule is skipped for one
// story only through `parameters.a11y.exceptions: [{ rule, reason }]` with a written reason. The component
// status badge's source, `parameters.status` in each stories file's meta, is checked too.
//
// Only Storybook's public surface is used: index.json, the iframe URL (`iframe.html?id=…&viewMode=story&globals=…`)
// and its render events, which the docs site's preview passes on to the page as the DOM event `polder:render`
// (.storybook/render-events.ts). A page loads its first story by URL; after that it moves on the way a reader
// does in the docs site, by choosing another story and switching theme and scheme (the same preview events as the
// sidebar and the toolbar), which is far faster than a page load per render and is the path that must not leave
// stale styles behind. A page whose render failed is left; the next story is loaded by URL again. Docs pages
// follow the same way, in the default theme. Nothing waits on time: every wait is for an event.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from '../../../scripts/browsers.mjs';
import { launch, watcherScript } from '../../../scripts/engine-page.mjs';
import { serveSite } from './static-site.mjs';
import { TIMEOUT, recordRenders, within } from './story-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, '..', 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A theme or colour scheme changes the values of the stylesheet, never the story's DOM. The story's first variant
// (the default theme, light) runs every rule of TAGS; its other variants run the rules of TAGS that read colours,
// sizes, fonts or overflow, whose answer can change with the theme. The others (names, roles, ARIA, labels, lists,
// ids, …) read the DOM and would give the first variant's answer again.
const STYLE_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'p-as-heading',
  'scrollable-region-focusable',
  'css-orientation-lock',
];
const GUIDANCE_SECTIONS = ['purpose', 'when', 'when-not', 'behaviour', 'accessibility', 'examples'];
// The docs search finds Dutch and English keywords (.storybook/search-keywords.ts): typed into the real sidebar
// search, each word must list these pages.
const SEARCHES = {
  datum: ['forms-date-input--docs'],
  geboortedatum: ['forms-date-input--docs'],
  foutmelding: ['forms-error-summary--docs', 'guides-forms--docs'],
  verplicht: ['guides-forms--docs'],
  knop: ['forms-button--docs'],
  keuzelijst: ['forms-select--docs'],
  'date of birth': ['forms-date-input--docs'],
};
const STATUSES = ['alpha', 'beta', 'stable'];
const PAGES = Number(process.env.STORY_TEST_PAGES ?? 2);

if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build -w @polder/storybook` first.');
  process.exit(1);
}

const started = Date.now();

// --- the built site on a tiny static file server (what any static host does), with axe-core beside it --------
const AXE = '/__story-tests/axe.min.js';
// The render recorder goes first in the story page's <head>, before Storybook's scripts. WebKit's WebDriver cannot
// report console messages and errors, so there the problem watcher goes first too; and since it cannot report HTTP
// statuses either, the server reports what it answered with an error (WebKit runs one page at a time).
let engine;
let serverErrors = [];
const { base, close } = await serveSite(
  site,
  { [AXE]: axeSource },
  {
    head: () => `(${recordRenders})();${engine === 'webkit' ? watcherScript : ''}`,
    onError: (status, path) => {
      if (engine === 'webkit' && !path.endsWith('/favicon.ico')) serverErrors.push(`HTTP ${status} for ${path}`);
    },
  },
);

// The themes are the ones the built site offers in its toolbar: the preview reads them from @polder/tokens too.
const themeList = require('@polder/tokens/json/themes.json');
const themes = themeList.map((t) => t.name);
const defaultTheme = (themeList.find((t) => t.default) ?? themeList[0]).name;
const otherTheme = themes.find((t) => t !== defaultTheme);
const allVariants = [
  { theme: defaultTheme, scheme: 'light' },
  { theme: defaultTheme, scheme: 'dark' },
  ...(otherTheme ? [{ theme: otherTheme, scheme: 'light' }] : []),
];

// --- the stories ---------------------------------------------------------------------------------------------
const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const only = process.env.STORY_FILTER;
const selected = only ? stories.filter((s) => s.id.includes(only)) : stories;
if (!selected.length && !only) {
  console.error('No stories found in index.json.');
  process.exit(1);
}
// Each story in every variant (one page load, then globals switched), then the docs pages in the default theme.
const docs = Object.values(index.entries).filter((e) => e.type === 'docs' && (!only || e.id.includes(only)));
/** What an engine renders: Chromium every story in every variant and the docs pages, the others every story once. */
const plan = (engine) => {
  const variants = engine === 'chromium' ? allVariants : allVariants.slice(0, 1);
  return {
    variants,
    groups: [
      ...selected.map((story) => variants.map((variant) => ({ story, engine, ...variant }))),
      ...(engine === 'chromium' ? docs.map((story) => [{ story, engine, ...variants[0] }]) : []),
    ],
  };
};

const failures = [];
const fail = (job, message) =>
  failures.push(
    `${job.story.title} › ${job.story.name} (${job.story.id}) [${job.engine}, ${job.theme}, ${job.scheme}]: ${message}`,
  );
const metaStatus = new Map(); // stories file → status

const pick = (object, keys) =>
  Object.fromEntries(keys.filter((k) => object?.[k] !== undefined).map((k) => [k, object[k]]));

/**
 * Shows a job and resolves with Storybook's report of the render: `how` is 'load' (by its public URL with the
 * job's globals), 'story' (choose it in the page, whose globals already match) or 'globals' (switch the globals
 * of the story in the page).
 */
async function show(page, job, viewMode, how) {
  const globals = { theme: job.theme, scheme: job.scheme, ...(viewMode === 'story' ? { locale: 'nl' } : {}) };
  const id = job.story.id;
  // Storybook's report of the render, as plain data (the parts this script reads), in every engine.
  const report = (arg) =>
    page.evaluate(
      async ({ how, id, arg }) => {
        const test = window.polderStoryTest;
        const rendered = await (how === 'globals'
          ? test.switched(id, arg)
          : how === 'story'
            ? test.shown(id, arg)
            : test.loaded(id));
        const parameters = rendered.parameters ?? {};
        return JSON.parse(
          JSON.stringify({
            outcome: rendered.outcome,
            message: rendered.message,
            storyGlobals: rendered.storyGlobals,
            parameters: {
              fileName: parameters.fileName,
              status: parameters.status,
              a11y: { exceptions: parameters.a11y?.exceptions },
            },
          }),
        );
      },
      { how, id, arg },
    );
  if (how === 'globals') return within(report(globals), 'render event after switching the globals');
  if (how === 'story') return within(report(viewMode), 'render event after choosing the story');
  // The preview's own accessibility run is off: this script runs axe itself, with the exceptions.
  const query = [...Object.entries(globals).map(([k, v]) => `${k}:${v}`), 'a11y.manual:!true'].join(';');
  await page.goto(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=${query}`);
  return within(report(), 'render event');
}

/** axe-core, from a URL the browser caches (compiled once, not on every page load). */
async function ensureAxe(page) {
  await page.evaluate(async (url) => {
    if (typeof window.axe === 'object') return;
    const script = Object.assign(document.createElement('script'), { src: url });
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${url} did not load`));
      document.head.append(script);
    });
  }, AXE);
}

async function runJob(page, job, problems, how) {
  problems.length = 0;
  const rendered = await show(page, job, 'story', how);
  if (rendered.outcome !== 'rendered') {
    fail(job, `did not render (${rendered.outcome}): ${rendered.message ?? ''}`);
    return false;
  }
  // Let elements finish their Lit update cycle and the theme sheet apply before checking.
  const info = await page.evaluate(async () => {
    const all = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('polder-'));
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    // Images settle too, so a missing one is reported against this story.
    const images = [...document.querySelectorAll('#storybook-root img')].filter((img) => !img.complete);
    await Promise.all(images.map((img) => new Promise((r) => (img.onload = img.onerror = r))));
    // Fonts too: a font still loading when the next story's page loads would fail as an aborted request.
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const root = document.querySelector('.polder-story-root');
    return {
      root: root && {
        className: root.className,
        scheme: root.getAttribute('data-polder-color-scheme'),
        lang: root.getAttribute('lang'),
      },
      theme: document.getElementById('polder-theme')?.dataset.theme,
      themeSheets: document.querySelectorAll('link[data-theme]').length,
      undefinedElements: [...new Set(all.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))],
    };
  });
  const parameters = rendered.parameters ?? {};
  info.fileName = parameters.fileName;
  info.status = parameters.status;
  info.exceptions = parameters.a11y?.exceptions ?? [];
  metaStatus.set(info.fileName, info.status);
  // A story may pin a global itself (`globals: { scheme: 'dark' }`); that one wins over the variant's.
  const expected = { theme: job.theme, scheme: job.scheme, ...pick(rendered.storyGlobals, ['theme', 'scheme']) };
  if (
    !info.root ||
    !info.root.className.includes(`polder-theme-${expected.theme}`) ||
    info.root.scheme !== expected.scheme
  )
    fail(job, `the story root does not carry the theme class and colour scheme (${JSON.stringify(info.root)})`);
  if (info.undefinedElements.length)
    fail(job, `not defined (was its define module imported and kept?): ${info.undefinedElements.join(', ')}`);
  if (info.themeSheets !== 1)
    fail(job, `${info.themeSheets} theme stylesheets in the page: switching must swap, not add`);
  if (info.theme !== expected.theme)
    fail(job, `the "${expected.theme}" theme stylesheet is not the one loaded (${info.theme})`);

  const exceptions = Array.isArray(info.exceptions) ? info.exceptions : [];
  for (const e of exceptions)
    if (!e || typeof e.rule !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 10)
      fail(job, `parameters.a11y.exceptions entry ${JSON.stringify(e)} needs a rule and a written reason`);
  const skipped = Object.fromEntries(
    exceptions.filter((e) => e?.reason?.trim()).map((e) => [e.rule, { enabled: false }]),
  );
  const firstVariant = job.theme === allVariants[0].theme && job.scheme === allVariants[0].scheme;
  const runOnly = firstVariant
    ? { type: 'tag', values: TAGS }
    : { type: 'rule', values: STYLE_RULES.filter((rule) => !skipped[rule]) };

  await ensureAxe(page);
  const violations = await page.evaluate(
    async ({ runOnly, rules }) => {
      const result = await window.axe.run(
        { include: [['#storybook-root']] },
        { runOnly, rules, resultTypes: ['violations'] },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
        ),
      }));
    },
    { runOnly, rules: skipped },
  );
  for (const v of violations)
    fail(job, `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 5).join('\n      ')}`);
  for (const p of problems) fail(job, p);
  return true;
}

/**
 * Docs pages (component pages generated from the manifest, guides, token pages): each renders without errors, its
 * stories render, and its content passes axe in the default theme. Storybook's own page chrome is not checked.
 */
let argTablesChecked = false;
async function runDocsJob(page, job, problems, how) {
  problems.length = 0;
  const rendered = await show(page, job, 'docs', how);
  if (rendered.outcome !== 'rendered') {
    fail(job, `docs page did not render (${rendered.outcome}): ${rendered.message ?? ''}`);
    return false;
  }
  // The stories shown in the page render after the page itself.
  await within(
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const ready = () =>
            [...document.querySelectorAll('#storybook-docs [id^="story--"]')].every((el) => el.childElementCount > 0);
          if (ready()) return resolve();
          const observer = new MutationObserver(() => {
            if (!ready()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        }),
    ),
    'stories in the docs page',
  );
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('#storybook-docs *')].filter((el) => el.localName.startsWith('polder-'));
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    await document.fonts.ready;
  });
  await ensureAxe(page);
  // The stories in the page were checked one by one above, in three variants; here the page's own content is:
  // README, API tables, guides, token tables.
  // Storybook's argument tables are the same component on every page: check them fully once, then skip them.
  const tables = await page.evaluate(() => document.querySelectorAll('#storybook-docs .docblock-argstable').length);
  const skipTables = tables > 0 && argTablesChecked;
  if (tables > 0) argTablesChecked = true;
  const violations = await page.evaluate(
    async ({ tags, skipTables }) => {
      const exclude = [
        ['#storybook-docs .docs-story'],
        // A "Niet doen" example of the design guidance shows a mistake on purpose.
        ['#storybook-docs [data-polder-example="dont"] .polder-guidance-example__live'],
        ...(skipTables ? [['#storybook-docs .docblock-argstable']] : []),
      ];
      const result = await window.axe.run(
        { include: [['#storybook-docs .sbdocs-content']], exclude },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join('; ')}`,
      );
    },
    { tags: TAGS, skipTables },
  );
  for (const v of violations) fail(job, `docs page axe ${v}`);
  // A component page shows its design guidance: every section, and live "do" and "don't" examples of its elements.
  if (/packages\/components\/src\//.test(job.story.importPath)) {
    // The page loads the define module of every element its examples use.
    await within(
      page.evaluate(() => {
        const live = [...document.querySelectorAll('#storybook-docs .polder-guidance-example__live *')];
        const tags = new Set(live.map((el) => el.localName).filter((name) => name.startsWith('polder-')));
        return Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
      }),
      'definition of the elements in the guidance examples',
    );
    const guidance = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('#storybook-docs [data-polder-guidance-section]')].map((s) => [
        s.getAttribute('data-polder-guidance-section'),
        s.textContent.trim().length,
      ]),
      examples: [...document.querySelectorAll('#storybook-docs [data-polder-example]')].map((e) => ({
        type: e.getAttribute('data-polder-example'),
        elements: [...e.querySelectorAll('.polder-guidance-example__live *')]
          .filter((el) => el.localName.startsWith('polder-'))
          .map((el) => [el.localName, Boolean(customElements.get(el.localName))]),
      })),
    }));
    const keys = guidance.sections.map(([key]) => key);
    for (const key of GUIDANCE_SECTIONS)
      if (!keys.includes(key)) fail(job, `docs page has no "${key}" guidance section`);
    for (const [key, length] of guidance.sections)
      if (length < 60) fail(job, `docs page: the "${key}" guidance section is almost empty`);
    for (const type of ['do', 'dont'])
      if (!guidance.examples.some((e) => e.type === type)) fail(job, `docs page has no live "${type}" example`);
    for (const e of guidance.examples)
      for (const [tag, defined] of e.elements) if (!defined) fail(job, `docs page example: <${tag}> is not defined`);
  }
  for (const p of problems) fail(job, `docs page ${p}`);
  return true;
}

let next = 0;
let done = 0;
async function worker(browser, groups) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = [];
  if (browser.engine === 'webkit') serverErrors = problems;
  page.on('console', (msg) => {
    // The browser's own request for /favicon.ico is not the site's doing.
    if (msg.type === 'error' && !msg.url?.endsWith('/favicon.ico'))
      problems.push(`console error: ${msg.text} ${msg.url ? `(${msg.url.replace(base, '')})` : ''}`);
  });
  page.on('pageerror', (message) => problems.push(`page error: ${message}`));
  page.on('response', (response) => {
    if (response.status >= 400 && !response.url.endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status} for ${response.url.replace(base, '')}`);
  });
  if (browser.engine !== 'webkit') {
    // A page load cancels what the previous page was still fetching (after a failed render, say): those requests
    // belong to the page that was left, not to the story being loaded. (Playwright and puppeteer report requests
    // alike; WebKit's WebDriver reports none, and the watcher records resources that failed to load.)
    const raw = page.raw;
    let loads = 0;
    const loadOf = new WeakMap();
    raw.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === raw.mainFrame()) loads++;
      loadOf.set(request, loads);
    });
    raw.on('requestfailed', (request) => {
      const left = loadOf.get(request) !== loads && /ABORTED/.test(request.failure()?.errorText ?? '');
      if (request.url().startsWith(base) && !left) problems.push(`request failed: ${request.url().replace(base, '')}`);
    });
  }
  let current; // the theme and scheme of the story shown in the page, if it can move on from there
  while (next < groups.length) {
    const group = [...groups[next++]];
    // Start with the variant the page is in, so choosing the story is its first render.
    const start = group.findIndex((job) => job.theme === current?.theme && job.scheme === current?.scheme);
    if (start === -1) current = undefined;
    else group.unshift(...group.splice(start, 1));
    for (const [i, job] of group.entries()) {
      const t0 = Date.now();
      let ok = false;
      try {
        if (job.story.type === 'docs') {
          ok = await runDocsJob(page, job, problems, current ? 'story' : 'load');
          current = ok ? { theme: job.theme, scheme: job.scheme } : undefined;
        } else {
          ok = await runJob(page, job, problems, i > 0 ? 'globals' : current ? 'story' : 'load');
          current = ok ? { theme: job.theme, scheme: job.scheme } : undefined;
        }
        if (process.env.STORY_TIMINGS)
          console.log(`${Date.now() - t0} ms ${job.engine} ${job.story.id} ${job.theme} ${job.scheme}`);
      } catch (error) {
        current = undefined;
        fail(job, `test error: ${error.message.split('\n')[0]}`);
      }
      done++;
      // After a failure the page is in an unknown state: the story's other variants are not tried.
      if (!ok) break;
    }
  }
  await page.close();
}
/**
 * Every docs page has search keywords, and the sidebar search finds the pages of SEARCHES by their keywords. This is
 * the docs site's own behaviour, not the components': it is checked in Chromium (with Playwright's locators).
 */
async function checkSearch(browser) {
  for (const entry of Object.values(index.entries))
    if (entry.type === 'docs' && !entry.anchors?.length)
      failures.push(
        `${entry.title} (${entry.id}): no search keywords (.storybook/search-keywords.ts or guidance files)`,
      );
  const context = await browser.raw.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}index.html`);
    const field = page.locator('#storybook-explorer-searchfield');
    for (const [query, ids] of Object.entries(SEARCHES)) {
      await field.fill(query);
      for (const id of ids) {
        const result = page.locator(`li.search-result-item[data-id="${id}"]`);
        try {
          await result.waitFor({ timeout: TIMEOUT });
        } catch {
          const found = await page.$$eval('li.search-result-item', (items) => items.map((i) => i.dataset.id));
          failures.push(`search "${query}" does not find ${id} (found: ${found.join(', ') || 'nothing'})`);
        }
      }
    }
  } finally {
    await context.close();
  }
}

// One engine after the other (two cores): Chromium with PAGES pages side by side; Firefox and WebKit with one.
// Firefox opens a second page as a background tab, whose animation frames (which a render check waits for) can
// stall; WebDriver drives one window per browser, and the server's error report must belong to the page.
const times = [];
try {
  for (engine of selectedEngines()) {
    const t0 = Date.now();
    const { variants, groups } = plan(engine);
    const browser = await launch(engine);
    next = 0;
    done = 0;
    try {
      const pages = engine === 'chromium' ? PAGES : 1;
      await Promise.all(Array.from({ length: Math.min(pages, groups.length) }, () => worker(browser, groups)));
      if (engine === 'chromium') await checkSearch(browser);
    } finally {
      await browser.close();
    }
    const docsPages = engine === 'chromium' ? docs.length : 0;
    times.push(
      `${engine}: ${selected.length} stories × ${variants.length} (${variants.map((v) => `${v.theme} ${v.scheme}`).join(', ')})` +
        `${docsPages ? ` + ${docsPages} docs pages` : ''} = ${done} renders in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
    );
  }
} finally {
  await close();
}

// The status badge's source: every stories file sets `parameters.status` in its meta.
for (const [file, status] of metaStatus)
  if (!STATUSES.includes(status))
    failures.push(
      `${file}: parameters.status in the meta must be one of ${STATUSES.join(', ')} (is ${JSON.stringify(status)})`,
    );

console.log(`story tests in ${((Date.now() - started) / 1000).toFixed(1)}s:\n  ${times.join('\n  ')}`);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('✓ every story renders without errors and passes axe (WCAG 2.2 A/AA)');
