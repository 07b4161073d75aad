import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import postcss from 'postcss';

const dist = new URL('../dist/', import.meta.url);

test('polder.css holds every component stylesheet and parses', async () => {
  const css = await readFile(new URL('polder.css', dist), 'utf8');
  const root = postcss.parse(css);
  const selectors = new Set();
  root.walkRules((rule) => rule.selectors.forEach((s) => selectors.add(s)));
  assert.ok(selectors.has('.polder-button'), 'has .polder-button');
  assert.ok(
    [...selectors].some((s) => s.startsWith('.polder-alert')),
    'has .polder-alert',
  );
  assert.ok(selectors.has('.polder-visually-hidden:not(:focus,:active)'), 'has the visually hidden helper');
});

test('one file per component, each parses', async () => {
  const files = (await readdir(dist)).filter((f) => f.endsWith('.css'));
  assert.ok(files.includes('button.css') && files.includes('alert.css'));
  for (const file of files) postcss.parse(await readFile(new URL(file, dist), 'utf8'));
});
