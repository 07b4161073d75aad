// 320 px sweep: no story scrolls sideways at 320 CSS px (the width of a 1280 px screen at 400 % zoom, WCAG 2.2
// 1.4.10 Reflow), also when its texts are long Dutch compound words. Builds nothing itself: run after
// `npm run build -w @polder/storybook` (turbo builds first in `npm test`).
//
// Every story in index.json is rendered in Chromium in a 320 × 640 viewport, default theme, light scheme, Dutch,
// and checked twice:
//   1. as written: the stories that already carry long words ("Long text" stories, the page frame's long words)
//      are checked as they are;
//   2. with long words: every visible text of the story gets a long Dutch word. In each text node (light DOM and
//      the components' open shadow roots) the longest word of four or more letters is replaced by
//      "Parkeervergunningaanvraagformulier" or "omgevingsvergunningsprocedure" (in turn), and so is the longest
//      word of each text attribute of a Polder element (label, hint, error, legend, heading, service-name, …).
//      Replacing one word, not the whole text, keeps the story's structure and the rest of its text, so what
//      breaks is the long word and nothing else. Short texts (numbers, "€", "kg") are left alone. This runs in
//      the page after the story rendered, so no story has to be written twice, and new stories are swept without
//      anyone adding long-word variants to them.
// Each time, after the elements finished updating, `document.documentElement.scrollWidth` must not exceed its
// `clientWidth`. A failure names the story and the elements that stick out past the right edge.
//
// Only Storybook's public surface is used: index.json, the iframe URL and its render events (the preview passes
// them on to the page as `polder:render`, see .storybook/render-events.ts). Nothing waits on time.
// Environment: CHROME_PATH (another Chromium), STORY_FILTER=<part of a story id>[,<another>].
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumTestArgs, requireChromium } from '../../../scripts/chromium.mjs';
import { serveSite } from './static-site.mjs';
import { recordRenders, within } from './story-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const site = join(here, '..', 'storybook-static');
const require = createRequire(import.meta.url);
const WIDTH = 320;
const LONG_WORDS = ['Parkeervergunningaanvraagformulier', 'omgevingsvergunningsprocedure'];
/** Attributes of Polder elements whose value is text a reader sees. */
const TEXT_ATTRIBUTES = [
  'label',
  'hint',
  'error',
  'legend',
  'heading',
  'organisation',
  'service-name',
  'placeholder',
  'prefix',
  'suffix',
  'reference',
];

if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build -w @polder/storybook` first.');
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const only = process.env.STORY_FILTER;
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!only || only.split(',').some((part) => e.id.includes(part))),
);
if (!stories.length && !only) {
  console.error('No stories found in index.json.');
  process.exit(1);
}
const themeList = require('@polder/tokens/json/themes.json');
const theme = (themeList.find((t) => t.default) ?? themeList[0]).name;

/** In the page: lets every Polder element (in light DOM and shadow roots) finish updating, then two frames. */
async function settle() {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('polder-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root') ?? document);
  await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
  const images = [...document.querySelectorAll('#storybook-root img')].filter((img) => !img.complete);
  await Promise.all(images.map((img) => new Promise((r) => (img.onload = img.onerror = r))));
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** In the page: whether the document scrolls sideways, and which elements stick out past its right edge. */
function measure() {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  const out = [];
  const describe = (el) => {
    const host = el.getRootNode().host;
    const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    return host ? `${host.localName} › ${name}` : name;
  };
  const range = document.createRange();
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 0.5) out.push(el);
      // Text that runs out of its element (a word that does not wrap) names the element it runs out of.
      // (Not text clipped to a pixel: visually hidden text.)
      const box = el.localName === 'slot' ? el.parentElement?.getBoundingClientRect() : rect;
      for (const node of box && box.width > 1 ? el.childNodes : []) {
        if (node.nodeType !== Node.TEXT_NODE || !node.data.trim()) continue;
        range.selectNodeContents(node);
        if (range.getBoundingClientRect().right > width + 0.5 && !out.includes(el)) out.push(el);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (doc.scrollWidth > width) walk(document.querySelector('#storybook-root') ?? document);
  // The deepest ones are the culprits: leave out an element that contains another one listed.
  const culprits = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
  return {
    scrollWidth: doc.scrollWidth,
    clientWidth: width,
    culprits: culprits
      .slice(0, 4)
      .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)})`),
  };
}

/** In the page: puts a long Dutch word in every visible text of the story (see the top of this file). */
function lengthen({ words, attributes }) {
  let turn = 0;
  const long = () => words[turn++ % words.length];
  // The longest word of four or more letters in a text, replaced by a long word; null when there is none.
  const replace = (text) => {
    const found = [...text.matchAll(/\p{L}{4,}/gu)].sort((a, b) => b[0].length - a[0].length)[0];
    return found ? text.slice(0, found.index) + long() + text.slice(found.index + found[0].length) : null;
  };
  const skip = new Set(['script', 'style', 'template', 'svg', 'code', 'pre']);
  let changed = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && skip.has(node.localName)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const elements = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = replace(node.data);
        if (text !== null) {
          node.data = text;
          changed++;
        }
      } else elements.push(node);
    }
    for (const el of elements) {
      if (el.localName.startsWith('polder-'))
        for (const name of attributes) {
          const value = el.getAttribute(name);
          const text = value && replace(value);
          if (text) {
            el.setAttribute(name, text);
            changed++;
          }
        }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root'));
  return changed;
}

const started = Date.now();
const { base, close } = await serveSite(site);
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
const failures = [];
let lengthened = 0;
try {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 640 }, deviceScaleFactor: 1 });
  await context.addInitScript(recordRenders);
  const page = await context.newPage();
  let loaded = false;
  for (const story of stories) {
    const name = `${story.title} › ${story.name} (${story.id})`;
    try {
      let rendered;
      if (loaded) {
        rendered = await within(
          page.evaluate((id) => window.polderStoryTest.shown(id, 'story'), story.id),
          'render event after choosing the story',
        );
      } else {
        const globals = `theme:${theme};scheme:light;locale:nl;a11y.manual:!true`;
        await page.goto(`${base}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`);
        rendered = await within(
          page.evaluate((id) => window.polderStoryTest.loaded(id), story.id),
          'render event',
        );
      }
      if (rendered.outcome !== 'rendered') {
        failures.push(`${name}: did not render (${rendered.outcome}): ${rendered.message ?? ''}`);
        loaded = false;
        continue;
      }
      loaded = true;
      await page.evaluate(settle);
      const asWritten = await page.evaluate(measure);
      if (asWritten.scrollWidth > asWritten.clientWidth)
        failures.push(
          `${name}: scrolls sideways at ${WIDTH}px as written (scrollWidth ${asWritten.scrollWidth} > ${asWritten.clientWidth}): ${asWritten.culprits.join('; ')}`,
        );
      lengthened += await page.evaluate(lengthen, { words: LONG_WORDS, attributes: TEXT_ATTRIBUTES });
      await page.evaluate(settle);
      const withLongWords = await page.evaluate(measure);
      if (withLongWords.scrollWidth > withLongWords.clientWidth)
        failures.push(
          `${name}: scrolls sideways at ${WIDTH}px with long words (scrollWidth ${withLongWords.scrollWidth} > ${withLongWords.clientWidth}): ${withLongWords.culprits.join('; ')}`,
        );
    } catch (error) {
      failures.push(`${name}: test error: ${error.message.split('\n')[0]}`);
      loaded = false;
    }
  }
  await context.close();
} finally {
  await browser.close();
  await close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `320 px sweep: ${stories.length} stories, as written and with ${lengthened} texts made long, in ${seconds}s (${theme}, light, nl)`,
);
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n\n${failures.map((f) => `✗ ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`✓ no story scrolls sideways at ${WIDTH}px, not even with long Dutch words`);
