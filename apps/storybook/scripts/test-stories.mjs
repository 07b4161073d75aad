// Stories are tests. Builds nothing itself (turbo runs `build` first; run `npm run build` when calling this by
// hand): serves storybook-static on 127.0.0.1, reads index.json and renders every story in Chromium in the
// default theme (light and dark) and in one other theme. Each render must log no console error, raise no page
// error, load every resource, and pass axe-core with the WCAG 2.2 A and AA rules. A rule is skipped for one
// story only through `parameters.a11y.exceptions: [{ rule, reason }]` with a written reason. The component
// status badge's source, `parameters.status` in each stories file's meta, is checked too.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, '..', 'storybook-static');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STATUSES = ['alpha', 'beta', 'stable'];
const PAGES = Number(process.env.STORY_TEST_PAGES ?? 2);
const TIMEOUT = 20_000;

if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build -w @polder/storybook` first.');
  process.exit(1);
}

// --- a tiny static file server (what any static host does) -------------------------------------------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(site, path));
  if (file !== site && !file.startsWith(site + sep)) return void res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    return void res.writeHead(404).end('not found');
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const started = Date.now();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });

// The themes are the ones the built site offers in its toolbar (read from @polder/tokens at build time).
const { themes, defaultTheme } = await (async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}iframe.html`);
  await page
    .waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue?.projectAnnotations, undefined, {
      timeout: TIMEOUT,
    })
    .catch(async (error) => {
      console.error(`The built preview did not start: ${error.message.split('\n')[0]}\n${errors.join('\n')}`);
      await browser.close();
      server.close();
      process.exit(1);
    });
  const found = await page.evaluate(() => {
    const annotations = window.__STORYBOOK_PREVIEW__.storyStoreValue.projectAnnotations;
    return {
      themes: annotations.globalTypes.theme.toolbar.items.map((i) => i.value),
      defaultTheme: annotations.initialGlobals.theme,
    };
  });
  await page.close();
  return found;
})();
const otherTheme = themes.find((t) => t !== defaultTheme);
const variants = [
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
// Grouped by theme and scheme, so a page changes its globals only a few times; docs pages last.
const docs = Object.values(index.entries).filter((e) => e.type === 'docs' && (!only || e.id.includes(only)));
const jobs = [
  ...variants.flatMap((variant) => selected.map((story) => ({ story, ...variant }))),
  ...docs.map((story) => ({ story, ...variants[0] })),
];

const failures = [];
const fail = (job, message) =>
  failures.push(`${job.story.title} › ${job.story.name} (${job.story.id}) [${job.theme}, ${job.scheme}]: ${message}`);
const metaStatus = new Map(); // stories file → status

async function waitForRender(page, job) {
  const handle = await page.waitForFunction(
    ({ id, theme, scheme }) => {
      const preview = window.__STORYBOOK_PREVIEW__;
      const render = preview?.currentRender;
      if (!render || render.id !== id)
        return document.body.classList.contains('sb-show-errordisplay') ? 'error' : false;
      const globals = preview.storyStoreValue?.userGlobals.get() ?? {};
      if (globals.theme !== theme || globals.scheme !== scheme) return false;
      if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
      return ['completed', 'finished', 'errored', 'aborted'].includes(render.phase) ? render.phase : false;
    },
    { id: job.story.id, theme: job.theme, scheme: job.scheme },
    { timeout: TIMEOUT },
  );
  return handle.jsonValue();
}

/**
 * The first story of a page is loaded by URL; after that the page switches stories and globals over
 * Storybook's channel, as the docs site's own toolbar and sidebar do (no reload: far faster, and it is the
 * path that must not leave stale styles behind).
 */
async function show(page, job) {
  const loaded = await page
    .evaluate(() => !!window.__STORYBOOK_ADDONS_CHANNEL__ && !!window.__STORYBOOK_PREVIEW__?.currentRender)
    .catch(() => false);
  if (!loaded) {
    const globals = `theme:${job.theme};scheme:${job.scheme};locale:nl;a11y.manual:!true`;
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(job.story.id)}&viewMode=story&globals=${globals}`);
    return;
  }
  // Globals first (this re-renders the current story), then the story: a story selected while a globals
  // update is pending would be rendered with the old globals.
  const changed = await page.evaluate(({ theme, scheme }) => {
    const globals = window.__STORYBOOK_PREVIEW__.storyStoreValue.userGlobals.get();
    if (globals.theme === theme && globals.scheme === scheme) return false;
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { theme, scheme } });
    return true;
  }, job);
  if (changed)
    await page.waitForFunction(
      ({ theme, scheme }) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        const globals = preview.storyStoreValue.userGlobals.get();
        return (
          globals.theme === theme &&
          globals.scheme === scheme &&
          ['completed', 'finished', 'errored'].includes(preview.currentRender?.phase)
        );
      },
      { theme: job.theme, scheme: job.scheme },
      { timeout: TIMEOUT },
    );
  await page.evaluate(
    (id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }),
    job.story.id,
  );
}

async function runJob(page, job, problems) {
  problems.length = 0;
  await show(page, job);
  const outcome = await waitForRender(page, job);
  if (outcome !== 'completed' && outcome !== 'finished') {
    const text = await page
      .locator('#error-message')
      .textContent()
      .catch(() => '');
    fail(job, `did not render (${outcome}): ${text?.trim() ?? ''}`);
    await page.goto('about:blank');
    return;
  }
  // Let elements finish their Lit update cycle and the theme sheet apply before checking.
  const info = await page.evaluate(async () => {
    const all = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('polder-'));
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    // Images settle too, so a missing one is reported against this story and not the next.
    const images = [...document.querySelectorAll('#storybook-root img')].filter((img) => !img.complete);
    await Promise.all(images.map((img) => new Promise((r) => (img.onload = img.onerror = r))));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const render = window.__STORYBOOK_PREVIEW__.currentRender;
    const parameters = render.story.parameters;
    const root = document.querySelector('.polder-story-root');
    return {
      fileName: parameters.fileName,
      status: parameters.status,
      exceptions: parameters.a11y?.exceptions ?? [],
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
  metaStatus.set(info.fileName, info.status);
  if (!info.root || !info.root.className.includes(`polder-theme-${job.theme}`) || info.root.scheme !== job.scheme)
    fail(job, `the story root does not carry the theme class and colour scheme (${JSON.stringify(info.root)})`);
  if (info.undefinedElements.length)
    fail(job, `not defined (was its define module imported and kept?): ${info.undefinedElements.join(', ')}`);
  if (info.themeSheets !== 1)
    fail(job, `${info.themeSheets} theme stylesheets in the page: switching must swap, not add`);
  if (info.theme !== job.theme) fail(job, `the "${job.theme}" theme stylesheet is not the one loaded (${info.theme})`);

  const exceptions = Array.isArray(info.exceptions) ? info.exceptions : [];
  for (const e of exceptions)
    if (!e || typeof e.rule !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 10)
      fail(job, `parameters.a11y.exceptions entry ${JSON.stringify(e)} needs a rule and a written reason`);
  const skipped = Object.fromEntries(
    exceptions.filter((e) => e?.reason?.trim()).map((e) => [e.rule, { enabled: false }]),
  );

  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(
    async ({ tags, rules }) => {
      const result = await window.axe.run(
        { include: [['#storybook-root']] },
        { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] },
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
    { tags: TAGS, rules: skipped },
  );
  for (const v of violations)
    fail(job, `axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 5).join('\n      ')}`);
  for (const p of problems) fail(job, p);
}

/**
 * Docs pages (component pages generated from the manifest, guides, token pages): each renders without errors, its
 * stories render, and its content passes axe in the default theme. Storybook's own page chrome is not checked.
 */
let argTablesChecked = false;
async function runDocsJob(page, job, problems) {
  problems.length = 0;
  const ready = await page
    .evaluate(() => !!window.__STORYBOOK_ADDONS_CHANNEL__ && !!window.__STORYBOOK_PREVIEW__?.currentRender)
    .catch(() => false);
  if (ready) {
    // Switch like the site's sidebar does; mark the old page's heading so a stale page is not mistaken for the new one.
    await page.evaluate((id) => {
      for (const h of document.querySelectorAll('#storybook-docs h1')) h.dataset.stale = '';
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'docs' });
    }, job.story.id);
  } else {
    const globals = `theme:${job.theme};scheme:${job.scheme};a11y.manual:!true`;
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(job.story.id)}&viewMode=docs&globals=${globals}`);
  }
  await page.waitForFunction(
    (id) =>
      window.__STORYBOOK_PREVIEW__?.currentRender?.id === id &&
      document.querySelector('#storybook-docs .sbdocs-content h1:not([data-stale])') &&
      [...document.querySelectorAll('#storybook-docs [id^="story--"]')].every((el) => el.childElementCount > 0),
    job.story.id,
    { timeout: TIMEOUT },
  );
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('#storybook-docs *')].filter((el) => el.localName.startsWith('polder-'));
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
  });
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
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
  for (const p of problems) fail(job, `docs page ${p}`);
}

let next = 0;
let done = 0;
async function worker() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    // The browser's own request for /favicon.ico is not the site's doing.
    if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico'))
      problems.push(
        `console error: ${msg.text()} ${msg.location().url ? `(${msg.location().url.replace(base, '')})` : ''}`,
      );
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()} for ${response.url().replace(base, '')}`);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(base)) problems.push(`request failed: ${request.url().replace(base, '')}`);
  });
  while (next < jobs.length) {
    const job = jobs[next++];
    const t0 = Date.now();
    try {
      await (job.story.type === 'docs' ? runDocsJob : runJob)(page, job, problems);
      if (process.env.STORY_TIMINGS) console.log(`${Date.now() - t0} ms ${job.story.id} ${job.theme} ${job.scheme}`);
    } catch (error) {
      fail(job, `test error: ${error.message.split('\n')[0]}`);
    }
    done++;
  }
  await context.close();
}
try {
  await Promise.all(Array.from({ length: Math.min(PAGES, jobs.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

// The status badge's source: every stories file sets `parameters.status` in its meta.
for (const [file, status] of metaStatus)
  if (!STATUSES.includes(status))
    failures.push(
      `${file}: parameters.status in the meta must be one of ${STATUSES.join(', ')} (is ${JSON.stringify(status)})`,
    );

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `story tests: ${selected.length} stories × ${variants.length} (${variants.map((v) => `${v.theme} ${v.scheme}`).join(', ')}) + ${docs.length} docs pages = ${done} renders in ${seconds}s`,
);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('✓ every story renders without errors and passes axe (WCAG 2.2 A/AA)');
