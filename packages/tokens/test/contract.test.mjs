// The custom properties component CSS is written against (tokens/README.md, "The token contract").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildOnce } from './helpers.mjs';

const expand = (prefix, names) => names.map((n) => `--polder-${prefix}${n}`);
const PURPOSES = [
  'default',
  'accent',
  'action',
  'disabled',
  'info',
  'positive',
  'negative',
  'warning',
  'highlight',
  'selected',
];
const SLOTS = [
  'bg-default',
  'bg-hover',
  'bg-active',
  'bg-subtle',
  'surface',
  'border-default',
  'border-hover',
  'border-active',
  'border-subtle',
  'color-default',
  'color-hover',
  'color-active',
  'color-subtle',
  'inverse-color',
];
const sizes = (prefix, list) => expand(prefix, list);

export const CONTRACT = [
  ...expand('focus-', [
    'outline-color',
    'outline-width',
    'outline-style',
    'outline-offset',
    'inverse-color',
    'background-color',
    'color',
  ]),
  ...expand('text-', [
    'font-family',
    'font-family-heading',
    'font-family-code',
    'font-weight-normal',
    'font-weight-bold',
  ]),
  ...sizes('text-font-size-', ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl']),
  ...sizes('text-line-height-', ['sm', 'md', 'lg']),
  ...sizes('space-inline-', ['xs', 'sm', 'md', 'lg', 'xl']),
  ...sizes('space-block-', ['xs', 'sm', 'md', 'lg', 'xl']),
  ...sizes('space-row-', ['sm', 'md', 'lg']),
  ...sizes('space-column-', ['sm', 'md', 'lg']),
  '--polder-pointer-target-min-size',
  ...sizes('border-radius-', ['sm', 'md', 'lg', 'round']),
  ...sizes('border-width-', ['sm', 'md', 'lg']),
  ...PURPOSES.flatMap((p) => expand(`color-${p}-`, SLOTS)),
  ...expand('form-control-', [
    'background-color',
    'color',
    'border-color',
    'border-width',
    'border-radius',
    'padding-block',
    'padding-inline',
    'font-size',
    'min-block-size',
    'hover-border-color',
    'focus-border-color',
    'disabled-background-color',
    'disabled-color',
    'disabled-border-color',
    'invalid-border-color',
    'invalid-border-width',
    'read-only-background-color',
    'read-only-border-color',
    'placeholder-color',
  ]),
  ...expand('form-field-', ['label-font-weight', 'hint-color', 'error-color']),
  ...expand('button-', [
    'font-family',
    'font-size',
    'font-weight',
    'line-height',
    'padding-block',
    'padding-inline',
    'border-radius',
    'border-width',
    'min-block-size',
    'min-inline-size',
    'column-gap',
    'disabled-background-color',
    'disabled-color',
    'disabled-border-color',
  ]),
  ...['primary', 'secondary', 'subtle'].flatMap((v) =>
    expand(`button-${v}-`, [
      'background-color',
      'color',
      'border-color',
      'hover-background-color',
      'hover-color',
      'hover-border-color',
      'active-background-color',
      'active-color',
    ]),
  ),
  ...['info', 'success', 'warning', 'error'].flatMap((t) =>
    expand(`alert-${t}-`, ['background-color', 'border-color', 'color', 'icon-color']),
  ),
  ...expand('alert-', [
    'padding-block',
    'padding-inline',
    'border-width',
    'border-inline-start-width',
    'border-radius',
    'column-gap',
    'row-gap',
    'heading-font-size',
    'heading-font-weight',
  ]),
];

test('every theme declares every contract custom property', async () => {
  const { outDir } = await buildOnce();
  const themes = JSON.parse(fs.readFileSync(path.join(outDir, 'json/themes.json'), 'utf8'));
  for (const { name } of themes) {
    for (const file of [`${name}.css`, `${name}.root.css`]) {
      const css = fs.readFileSync(path.join(outDir, 'css', file), 'utf8');
      const missing = CONTRACT.filter((property) => !css.includes(`${property}:`));
      assert.deepEqual(missing, [], `${file} lacks contract properties`);
    }
  }
});

test('component tokens reference common tokens (no literals, no brand tokens)', async () => {
  const { outDir } = await buildOnce();
  const catalogue = JSON.parse(fs.readFileSync(path.join(outDir, 'json/tokens.json'), 'utf8'));
  for (const token of catalogue.filter((t) => t.tier === 'component')) {
    for (const [theme, schemes] of Object.entries(token.values)) {
      for (const [scheme, { value, reference }] of Object.entries(schemes)) {
        if (value === 'transparent') continue;
        assert.ok(reference, `${token.name} (${theme}, ${scheme}) is a literal; reference a common token`);
        assert.ok(!reference.startsWith('polder.brand.'), `${token.name} references the brand tier directly`);
      }
    }
  }
});

test('focus outline is at least 2px and pointer targets at least 24px in every theme', async () => {
  const { outDir } = await buildOnce();
  const themes = JSON.parse(fs.readFileSync(path.join(outDir, 'json/themes.json'), 'utf8'));
  for (const { name } of themes) {
    const flat = JSON.parse(fs.readFileSync(path.join(outDir, `json/${name}.flat.json`), 'utf8'));
    for (const scheme of ['light', 'dark']) {
      assert.ok(parseFloat(flat[scheme]['polder-focus-outline-width']) >= 2, `${name} ${scheme} focus width`);
      assert.ok(parseFloat(flat[scheme]['polder-pointer-target-min-size']) >= 24, `${name} ${scheme} target size`);
    }
  }
});
