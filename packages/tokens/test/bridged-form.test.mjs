// A form (button, text field, radio group, alert) styled by Polder's component CSS on the bridged voorbeeld theme
// (@nl-design-system-unstable/voorbeeld-design-tokens, EUPL): in Chromium, its computed colours are the agency's,
// in light and dark, and axe finds nothing. The bridged theme is written to a temporary folder, never committed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildOnce, here, tempDir } from './helpers.mjs';
import { requireChromium, chromiumTestArgs } from '../../../scripts/chromium.mjs';
import { bridge } from '../src/theme/bridge.mjs';
import { loadCatalogue } from '../src/theme/model.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const COMPONENTS = path.resolve(here, '../../components/src');
// The components' own stylesheets, as a page without JavaScript loads them (public classes).
const STYLESHEETS = [
  'button/button.css',
  'form-control/form-control.css',
  'text-field/text-field.css',
  'form-control/fieldset.css',
  'radio-group/radio-group.css',
  'alert/alert.css',
];

let browser;
after(() => browser?.close());

let bridged;
async function voorbeeld() {
  bridged ??= (async () => {
    const { outDir } = await buildOnce();
    const out = tempDir();
    const { report } = bridge({
      input: '@nl-design-system-unstable/voorbeeld-design-tokens',
      name: 'voorbeeld',
      override: path.join(here, 'fixtures/themes/voorbeeld.override.css'),
      out,
      cwd: path.resolve(here, '..'),
      catalogue: loadCatalogue(path.join(outDir, 'json/tokens.json')),
    });
    const links = [path.join(out, 'voorbeeld.root.css'), ...STYLESHEETS.map((f) => path.join(COMPONENTS, f))]
      .map((f) => `    <link rel="stylesheet" href="${pathToFileURL(f).href}" />`)
      .join('\n');
    const file = path.join(out, 'form.html');
    fs.writeFileSync(
      file,
      `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Verhuizing doorgeven</title>
${links}
  </head>
  <body>
    <main>
      <h1>Verhuizing doorgeven</h1>
      <div class="polder-alert" role="status">
        <div class="polder-alert__content">Uw gegevens worden bewaard tot het einde van de dag.</div>
      </div>
      <form action="/verhuizing" method="post">
        <div class="polder-form-field">
          <label class="polder-form-field__label" for="postcode">Postcode</label>
          <input class="polder-text-input" id="postcode" name="postcode" autocomplete="postal-code" />
        </div>
        <fieldset class="polder-fieldset polder-radio-group">
          <legend class="polder-fieldset__legend">Verhuist u met anderen?</legend>
          <div class="polder-fieldset__items">
            <div class="polder-radio">
              <input class="polder-radio__input" type="radio" id="ja" name="samen" value="ja" checked />
              <label class="polder-radio__label" for="ja">Ja</label>
            </div>
            <div class="polder-radio">
              <input class="polder-radio__input" type="radio" id="nee" name="samen" value="nee" />
              <label class="polder-radio__label" for="nee">Nee</label>
            </div>
          </div>
        </fieldset>
        <button class="polder-button polder-button--primary" type="submit">Verstuur</button>
      </form>
    </main>
  </body>
</html>
`,
    );
    return { report, url: pathToFileURL(file).href };
  })();
  return bridged;
}

/** The common token each checked colour comes from (through the component tokens). */
const CHECKS = [
  ['.polder-button--primary', 'backgroundColor', 'polder.color.action.bg-default'],
  ['.polder-button--primary', 'color', 'polder.color.action.inverse-color'],
  ['.polder-text-input', 'borderTopColor', 'polder.form-control.border-color'],
  ['.polder-text-input', 'backgroundColor', 'polder.form-control.background-color'],
  ['.polder-text-input', 'color', 'polder.form-control.color'],
  ['.polder-radio__input', 'borderTopColor', 'polder.form-control.border-color'],
  ['.polder-alert', 'backgroundColor', 'polder.color.info.bg-subtle'],
  ['.polder-alert', 'borderTopColor', 'polder.color.info.border-default'],
  ['html', 'backgroundColor', 'polder.color.default.bg-default'],
];

for (const scheme of ['light', 'dark']) {
  test(`a form on the bridged voorbeeld theme takes its colours from the agency's tokens (${scheme}), axe passes`, async () => {
    const { report, url } = await voorbeeld();
    browser ??= await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
    const page = await browser.newPage({ colorScheme: scheme });
    try {
      await page.goto(url);
      const rgb = (value) =>
        page.evaluate((colour) => {
          const probe = document.createElement('span');
          probe.style.color = colour;
          document.body.append(probe);
          const computed = getComputedStyle(probe).color;
          probe.remove();
          return computed;
        }, value);
      for (const [selector, property, token] of CHECKS) {
        const row = report.tokens.find((t) => t.token === token);
        // Light: the voorbeeld value itself (the theme has no dark scheme: dark comes from its derived palette)
        const expected = scheme === 'light' ? row.value : row.resolved.dark;
        if (scheme === 'light') assert.ok(row.from?.startsWith('--basis-'), `${token} comes from a basis token`);
        const actual = await page.$eval(selector, (el, p) => getComputedStyle(el)[p], property);
        assert.equal(actual, await rgb(expected), `${selector} ${property} is ${token} (${expected})`);
      }
      assert.equal(
        await page.$eval('.polder-button--primary', (el) => getComputedStyle(el).backgroundColor),
        await rgb(
          scheme === 'light'
            ? '#5115ef'
            : report.tokens.find((t) => t.token === 'polder.color.action.bg-default').resolved.dark,
        ),
        'the primary button is voorbeeld’s filled action colour, not its tint',
      );
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() =>
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
      );
      assert.deepEqual(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
      );
    } finally {
      await page.close();
    }
  });
}
