// A page set up as the README's quick start says (one :root theme stylesheet, nothing else) gets the theme's page
// background, text colour and font in both colour schemes, and passes axe in Chromium, also in dark mode.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildOnce, tempDir } from './helpers.mjs';
import { requireChromium, chromiumTestArgs } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let browser;
after(() => browser?.close());

async function quickStartPage(theme) {
  const { outDir } = await buildOnce();
  const dir = tempDir();
  const file = path.join(dir, 'index.html');
  const css = pathToFileURL(path.join(outDir, `css/${theme}.root.css`)).href;
  fs.writeFileSync(
    file,
    `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Aanvraag</title>
    <link rel="stylesheet" href="${css}" />
  </head>
  <body>
    <main>
      <h1>Verhuizing doorgeven</h1>
      <p>Geef uw nieuwe adres door. Dit duurt ongeveer vijf minuten.</p>
      <form action="/aanvraag" method="post">
        <label for="postcode">Postcode</label>
        <input id="postcode" name="postcode" autocomplete="postal-code" />
        <button type="submit">Verstuur aanvraag</button>
      </form>
    </main>
  </body>
</html>
`,
  );
  return { url: pathToFileURL(file).href, outDir };
}

for (const theme of ['polder', 'gemeente-voorbeeld']) {
  for (const scheme of ['light', 'dark']) {
    test(`quick-start page, theme ${theme}, ${scheme}: the theme paints the page and axe finds nothing`, async () => {
      browser ??= await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
      const { url, outDir } = await quickStartPage(theme);
      const tokens = JSON.parse(fs.readFileSync(path.join(outDir, `json/${theme}.flat.json`), 'utf8'))[scheme];
      const page = await browser.newPage({ colorScheme: scheme });
      try {
        await page.goto(url);
        const painted = await page.evaluate(() => {
          const style = getComputedStyle(document.documentElement);
          return {
            background: style.backgroundColor,
            color: style.color,
            font: style.fontFamily,
            colorScheme: style.colorScheme,
          };
        });
        // The token's value as Chromium computes it (rgb())
        const rgb = (value) =>
          page.evaluate((colour) => {
            const probe = document.createElement('span');
            probe.style.color = colour;
            document.body.append(probe);
            const computed = getComputedStyle(probe).color;
            probe.remove();
            return computed;
          }, value);
        assert.equal(painted.background, await rgb(tokens['polder-color-default-bg-default']));
        assert.equal(painted.color, await rgb(tokens['polder-color-default-color-default']));
        assert.equal(painted.font, tokens['polder-text-font-family'].replaceAll("'", '"'));
        assert.equal(painted.colorScheme, scheme);
        await page.addScriptTag({ path: AXE });
        const results = await page.evaluate(() =>
          axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
        );
        assert.deepEqual(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
        );
        assert.ok(
          results.passes.some((p) => p.id === 'color-contrast'),
          'axe checked the text contrast',
        );
      } finally {
        await page.close();
      }
    });
  }
}
