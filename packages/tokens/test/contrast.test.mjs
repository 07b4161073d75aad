// The contrast checker against known WCAG 2.x ratios and APCA values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { apca, contrastRatio, floor2, THRESHOLDS } from '../src/contrast.mjs';
import { buildOnce } from './helpers.mjs';

test('#767676 on white is 4.54:1, the lightest grey that passes for text', () => {
  assert.equal(floor2(contrastRatio('#767676', '#ffffff')), 4.54);
  assert.ok(contrastRatio('#767676', '#ffffff') >= THRESHOLDS.text);
  assert.ok(contrastRatio('#777777', '#ffffff') < THRESHOLDS.text);
});

test('known ratios', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  assert.equal(floor2(contrastRatio('#ffffff', '#767676')), 4.54, 'symmetric');
  assert.equal(floor2(contrastRatio('#949494', '#ffffff')), 3.03, '3:1 for UI');
});

test('ratios are truncated, never rounded up to pass', () => {
  assert.equal(floor2(4.4999), 4.49);
});

test('a translucent foreground is blended over its background', () => {
  // 50% black over white is sRGB 0.5 grey
  assert.equal(contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff'), contrastRatio('color(srgb 0.5 0.5 0.5)', '#ffffff'));
  assert.ok(contrastRatio('rgb(0 0 0 / 0.5)', '#ffffff') < contrastRatio('#000000', '#ffffff'));
});

test('APCA Lc for text on a background', () => {
  assert.equal(Math.round(apca('#767676', '#ffffff')), 72);
  assert.equal(Math.round(apca('#000000', '#ffffff')), 106);
  assert.ok(apca('#ffffff', '#000000') < 0, 'light text on dark is negative');
});

test('the report lists every pair in every theme and scheme', async () => {
  const { outDir } = await buildOnce();
  const report = JSON.parse(fs.readFileSync(path.join(outDir, 'contrast-report.json'), 'utf8'));
  const themes = JSON.parse(fs.readFileSync(path.join(outDir, 'json/themes.json'), 'utf8'));
  const perCombination = new Map();
  for (const r of report.results) {
    const key = `${r.theme}/${r.scheme}`;
    perCombination.set(key, (perCombination.get(key) ?? 0) + 1);
    assert.equal(typeof r.ratio, 'number');
    assert.equal(r.threshold, THRESHOLDS[r.use]);
    if (r.enforced) assert.ok(r.ratio >= r.threshold, `${key} ${r.token} on ${r.against}`);
    if (r.use === 'text') assert.equal(typeof r.apcaLc, 'number');
  }
  assert.equal(perCombination.size, themes.length * 2);
  assert.equal(new Set(perCombination.values()).size, 1, 'the same pairs in every theme and scheme');
  for (const use of ['text', 'ui', 'focus'])
    assert.ok(
      report.results.some((r) => r.use === use),
      use,
    );
  assert.equal(report.summary.failed, 0);
  const markdown = fs.readFileSync(path.join(outDir, 'contrast-report.md'), 'utf8');
  assert.match(
    markdown,
    /\| `polder\.button\.primary\.color` \| `polder\.button\.primary\.background-color` \| text \| \d+\.\d\d:1 \| 4\.5:1 \|/,
  );
});

test('pairs are declared for button, alert, form control and focus', async () => {
  const { outDir } = await buildOnce();
  const { results } = JSON.parse(fs.readFileSync(path.join(outDir, 'contrast-report.json'), 'utf8'));
  const has = (token, against, use) =>
    assert.ok(
      results.some((r) => r.token === token && r.against === against && r.use === use),
      `${token} on ${against} (${use})`,
    );
  for (const variant of ['primary', 'secondary']) {
    for (const state of ['', 'hover.', 'active.'])
      has(`polder.button.${variant}.${state}color`, `polder.button.${variant}.${state}background-color`, 'text');
  }
  has('polder.button.subtle.color', 'polder.color.default.bg-default', 'text');
  has('polder.button.secondary.border-color', 'polder.button.secondary.background-color', 'ui');
  for (const type of ['info', 'success', 'warning', 'error']) {
    has(`polder.alert.${type}.color`, `polder.alert.${type}.background-color`, 'text');
    has(`polder.alert.${type}.icon.color`, `polder.alert.${type}.background-color`, 'ui');
  }
  has('polder.form-control.color', 'polder.form-control.background-color', 'text');
  has('polder.form-control.border-color', 'polder.form-control.background-color', 'ui');
  has('polder.form-control.invalid.border-color', 'polder.form-control.background-color', 'ui');
  has('polder.focus.outline-color', 'polder.color.default.bg-default', 'focus');
  has('polder.focus.inverse-color', 'polder.focus.outline-color', 'focus');
});
