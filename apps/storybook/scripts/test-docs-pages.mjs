// What the docs site promises a reader, checked in the built site (run `npm run build` first; turbo does):
//
// 1. A "Plain HTML (no JavaScript)" story looks exactly like the component. For every component with such a story,
//    the component's own stories render first, in a fresh page without @polder/css (the elements style
//    themselves), then the plain story, which links @polder/css. Every element of the plain story that carries
//    Polder classes is matched with the element of a component story that has the same tag, the same Polder
//    classes and the same state (checked, disabled, aria-current, aria-invalid, aria-expanded, open), also inside
//    shadow roots; their computed font, colour, background, border, padding and size must be equal. A plain story
//    with no element to compare fails too.
// 2. The changelog page lists one entry per pending changeset and no heading or entry made of front-matter dashes.
// 3. Every pattern page (Patterns/…) shows at least one live example that renders Polder elements, and links to the
//    example service's source (apps/example/…), which exists in the repository.
//
// Only the site's public surface is used: index.json, the iframe URL and the `polder:render` event
// (.storybook/render-events.ts). STORY_FILTER limits part 1 to the titles whose story ids contain it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumTestArgs, requireChromium } from '../../../scripts/chromium.mjs';
import { serveSite } from './static-site.mjs';
import { recordRenders, within } from './story-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, '..', 'storybook-static');
const root = join(here, '..', '..', '..');
const changesets = join(root, '.changeset');

if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build -w @polder/storybook` first.');
  process.exit(1);
}

/** The computed properties that make a control look the way it does. */
const PROPERTIES = [
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'color',
  'background-color',
  'background-image',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) =>
    ['width', 'style', 'color'].map((p) => `border-${side}-${p}`).concat(`padding-${side}`),
  ),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((corner) => `border-${corner}-radius`),
  'min-height',
  'min-width',
  'box-shadow',
  'accent-color',
];
/** For native controls: sizes that do not depend on the text inside, and whether the control is drawn natively. */
const CONTROL_SIZE = ['height', 'appearance'];
const CONTROLS = ['input', 'select'];

/**
 * Equal to the eye: `min-height: auto` computes to `auto` for a flex item and to `0px` elsewhere, and a flex or grid
 * item's `inline-flex` computes to `flex` (blockification). Both depend on the parent, not on the element's style.
 */
function same(property, a, b) {
  if (a === b) return true;
  if (property.startsWith('min-')) return [a, b].every((v) => v === 'auto' || v === '0px');
  if (property === 'display') return a.replace(/^inline-/, '') === b.replace(/^inline-/, '');
  return false;
}

/**
 * Where the page without JavaScript is meant to look different from the scripted component, with the reason. The
 * element is left out of the comparison; every other element of the story is still compared.
 */
const EXPECTED_DIFFERENCES = {
  'Content/Accordion': [
    {
      key: '.polder-accordion__heading-text',
      reason: 'without JavaScript a section heading is a plain heading, not the action-coloured button text',
    },
    {
      key: '.polder-accordion__content',
      reason: 'without JavaScript every section is open, with the space an open section has below it',
    },
  ],
  'Content/Tabs': [
    {
      key: '.polder-tabs__panel',
      reason: 'without JavaScript the panels are consecutive sections, not one framed panel under a tab list',
    },
  ],
};

const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const only = process.env.STORY_FILTER;
const plainStories = entries.filter(
  (e) => e.type === 'story' && /^Plain HTML\b/.test(e.name) && (!only || e.id.includes(only)),
);

const { base, close } = await serveSite(site);
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
const failures = [];
const started = Date.now();

/** Shows a story: by URL in a fresh page (`load`), or by choosing it in the page (as the sidebar does). */
async function show(page, id, viewMode, load) {
  if (load) {
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=a11y.manual:!true`);
    return within(
      page.evaluate((id) => window.polderStoryTest.loaded(id), id),
      `render of ${id}`,
    );
  }
  return within(
    page.evaluate(([id, viewMode]) => window.polderStoryTest.shown(id, viewMode), [id, viewMode]),
    `render of ${id}`,
  );
}

/** Every element with a Polder class in the story, also in shadow roots, with its signature and computed style. */
function collect({ properties, controlSize, controls }) {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const classes = [...el.classList].filter((c) => /^polder-(?!story-|theme-)/.test(c));
      if (!classes.length || el.closest('svg') || el.localName.includes('-')) continue;
      const state = ['disabled', 'aria-current', 'aria-invalid', 'aria-expanded', 'open']
        .map((a) => (el.hasAttribute(a) ? `${a}=${el.getAttribute(a)}` : ''))
        .concat(el.checked ? 'checked' : '')
        .filter(Boolean);
      const style = getComputedStyle(el);
      const names = controls.includes(el.localName) ? [...properties, ...controlSize] : properties;
      out.push({
        key: `.${classes.sort().join('.')}${state.length ? `[${state.join('][')}]` : ''}`,
        tag: el.localName,
        style: Object.fromEntries(names.map((p) => [p, style.getPropertyValue(p)])),
      });
    }
  };
  walk(document.querySelector('#storybook-root'));
  return out;
}

async function settle(page) {
  return page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('polder-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.querySelector('#storybook-root'));
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return !!document.getElementById('polder-css');
  });
}

const args = { properties: PROPERTIES, controlSize: CONTROL_SIZE, controls: CONTROLS };
let compared = 0;

async function checkComponent(page, plain) {
  const own = entries.filter(
    (e) => e.type === 'story' && e.title === plain.title && e.id !== plain.id && !/^Plain HTML\b/.test(e.name),
  );
  if (!own.length) return;
  const fail = (message) => failures.push(`${plain.title} › ${plain.name}: ${message}`);
  // The component stories first, in a fresh page: nothing a plain story adds to the document is there yet.
  const reference = new Map();
  for (const [i, story] of own.entries()) {
    const rendered = await show(page, story.id, 'story', i === 0);
    if (rendered.outcome !== 'rendered') return fail(`${story.name} did not render (${rendered.outcome})`);
    if (await settle(page)) fail(`${story.name} renders with @polder/css linked: a component story must not need it`);
    for (const { key, style } of await page.evaluate(collect, args))
      reference.set(key, [...(reference.get(key) ?? []), style]);
  }
  const rendered = await show(page, plain.id, 'story', false);
  if (rendered.outcome !== 'rendered') return fail(`did not render (${rendered.outcome})`);
  if (!(await settle(page))) fail('renders without @polder/css');
  let matched = 0;
  const seen = new Set();
  for (const { key, tag, style } of await page.evaluate(collect, args)) {
    const known = (EXPECTED_DIFFERENCES[plain.title] ?? []).find((d) => d.key === key);
    // The component hides this element (display: none) because its scripted interface replaces it.
    const candidates = (reference.get(key) ?? []).filter((c) => c.display !== 'none' || style.display === 'none');
    if (!candidates.length || known) continue;
    matched++;
    seen.add(key);
    // The same classes may look different by position (a line after every item but the last): any one will do.
    const [closest] = candidates
      .map((expected) =>
        Object.keys(style)
          .filter((p) => !same(p, style[p], expected[p]))
          .map((p) => [p, expected[p]]),
      )
      .sort((a, b) => a.length - b.length);
    if (closest.length)
      fail(
        `<${tag}${key}> differs from the component:\n      ${closest.map(([p, v]) => `${p}: ${style[p]} (component: ${v})`).join('\n      ')}`,
      );
  }
  if (process.env.PLAIN_HTML_VERBOSE) console.log(`${plain.title}: ${[...seen].join(' ')}`);
  if (!matched) fail('no element of the plain story matches one of the component stories: nothing was compared');
  compared += matched;
}

async function checkChangelog(page) {
  const docs = entries.find((e) => e.type === 'docs' && e.title === 'Guides/Changelog');
  if (!docs) return void failures.push('Guides/Changelog: no changelog page in the site');
  const rendered = await show(page, docs.id, 'docs', true);
  if (rendered.outcome !== 'rendered') return void failures.push('Guides/Changelog: did not render');
  const { headings, entries: listed } = await page.evaluate(() => {
    const content = document.querySelector('#storybook-docs .sbdocs-content');
    const next = [...content.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Next release');
    const list = next?.nextElementSibling?.localName === 'ul' ? next.nextElementSibling : undefined;
    return {
      headings: [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent.trim()),
      entries: list ? [...list.children].map((li) => li.textContent.trim()) : [],
    };
  });
  const pending = readdirSync(changesets).filter((f) => f.endsWith('.md') && f !== 'README.md');
  for (const h of headings.filter((h) => /^[-=*_\s]*$/.test(h)))
    failures.push(`Guides/Changelog: a heading reads "${h}" (front matter shown as Markdown)`);
  if (listed.length !== pending.length)
    failures.push(`Guides/Changelog: ${listed.length} entries under "Next release" for ${pending.length} changesets`);
  for (const e of listed.filter((e) => /^(?:[^:]*:)?\s*(?:-{3}|$)/.test(e)))
    failures.push(`Guides/Changelog: an entry without text: "${e.slice(0, 60)}"`);
}

async function checkPatterns(page) {
  const patterns = entries.filter((e) => e.type === 'docs' && e.title.startsWith('Patterns/'));
  if (!patterns.length) failures.push('Patterns: no pattern pages in the site');
  for (const docs of patterns) {
    const rendered = await show(page, docs.id, 'docs', true);
    if (rendered.outcome !== 'rendered') {
      failures.push(`${docs.title}: did not render`);
      continue;
    }
    const { examples, links } = await within(
      page.evaluate(async () => {
        const content = document.querySelector('#storybook-docs .sbdocs-content');
        // The live examples render after the page itself.
        const ready = () => [...content.querySelectorAll('[id^="story--"]')].every((el) => el.childElementCount > 0);
        while (!ready()) await new Promise((r) => requestAnimationFrame(r));
        return {
          examples: [...content.querySelectorAll('[id^="story--"]')].filter((el) =>
            [...el.querySelectorAll('*')].some((c) => c.localName.startsWith('polder-')),
          ).length,
          links: [...content.querySelectorAll('a[href*="/apps/example/"]')].map((a) => a.href),
        };
      }),
      `examples of ${docs.title}`,
    );
    if (!examples) failures.push(`${docs.title}: no live example built from Polder elements`);
    if (!links.length) failures.push(`${docs.title}: no link to where the example service uses the pattern`);
    for (const href of links) {
      const path = /\/blob\/[^/]+\/(apps\/example\/[^#?]+)/.exec(href)?.[1];
      if (!path || !existsSync(join(root, path))) failures.push(`${docs.title}: the link ${href} names no file`);
    }
  }
}

try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addInitScript(recordRenders);
  const page = await context.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  for (const plain of plainStories) {
    try {
      await checkComponent(page, plain);
    } catch (error) {
      failures.push(`${plain.title} › ${plain.name}: test error: ${error.message.split('\n')[0]}`);
    }
  }
  if (!only) await checkChangelog(page);
  if (!only) await checkPatterns(page);
  await context.close();
} finally {
  await browser.close();
  await close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `docs pages: ${plainStories.length} plain-HTML stories, ${compared} elements compared with their components in ${seconds}s`,
);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(
  '✓ every plain-HTML story looks like its component; the changelog lists every changeset; every pattern page has a live example and a link to the example service',
);
