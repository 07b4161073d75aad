// The page layer (src/page.css → dist/page.css): published, token-driven, documented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import postcss from 'postcss';

const require = createRequire(import.meta.url);

const dist = new URL('../dist/', import.meta.url);
const PUBLIC = [
  '.polder-page',
  '.polder-page__main',
  '.polder-width-container',
  '.polder-grid',
  '.polder-grid__column--two-thirds',
  '.polder-grid__column--one-third',
  '.polder-grid__column--full',
  '.polder-prose',
  '.polder-list',
  '.polder-list--bullet',
  '.polder-list--number',
];

const classesOf = (css) => {
  const found = new Set();
  postcss.parse(css).walkRules((rule) => {
    for (const m of rule.selector.matchAll(/\.polder-[\w-]+/g)) found.add(m[0]);
  });
  return found;
};

test('dist/page.css has every public class of the page layer', async () => {
  const classes = classesOf(await readFile(new URL('page.css', dist), 'utf8'));
  for (const name of PUBLIC) assert.ok(classes.has(name), `page.css has ${name}`);
});

test('polder.css starts with the page layer, so component classes win over its base styles', async () => {
  const all = await readFile(new URL('polder.css', dist), 'utf8');
  const page = (await readFile(new URL('page.css', dist), 'utf8')).trim();
  assert.ok(all.includes(page), 'polder.css holds page.css');
  assert.ok(all.indexOf(page) < all.indexOf('.polder-button'), 'the page layer comes before the components');
});

test('every token the page layer reads has the default theme’s value as fallback', async () => {
  const css = await readFile(new URL('page.css', dist), 'utf8');
  const refs = [...css.matchAll(/var\((--polder-[\w-]+)([^)]*)\)/g)];
  assert.ok(refs.length > 20, 'the page layer reads tokens');
  for (const [ref, , rest] of refs) assert.match(rest, /^,\s*\S/, `${ref} has a fallback`);
  const names = new Set(refs.map((r) => r[1]));
  for (const name of ['--polder-page-max-inline-size', '--polder-page-padding-inline', '--polder-paragraph-font-size'])
    assert.ok(names.has(name), `reads ${name}`);
});

test('the header and the footer read the page’s width and gutter in every theme, so all start on one edge', () => {
  const tokens = require('@polder/tokens/json/tokens.json');
  for (const part of ['header', 'footer'])
    for (const property of ['max-inline-size', 'padding-inline']) {
      const token = tokens.find((t) => t.cssVariable === `--polder-${part}-${property}`);
      assert.ok(token, `--polder-${part}-${property} is a token`);
      for (const [theme, schemes] of Object.entries(token.values))
        for (const [scheme, { reference }] of Object.entries(schemes))
          assert.equal(reference, `polder.page.${property}`, `--polder-${part}-${property} in ${theme} ${scheme}`);
    }
});

test('the README documents every public class of the page layer', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
  for (const name of PUBLIC) assert.ok(readme.includes(name), `README mentions ${name}`);
});
