import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { BUNDLE, publishedNames } from '../scripts/names.mjs';

test('a stylesheet is published under its file name', () => {
  const names = publishedNames(['button/button.css', 'form-control/fieldset.css', 'styles/visually-hidden.css']);
  assert.deepEqual(
    [...names],
    [
      ['button.css', 'button/button.css'],
      ['fieldset.css', 'form-control/fieldset.css'],
      ['visually-hidden.css', 'styles/visually-hidden.css'],
    ],
  );
});

test('two stylesheets with one file name stop the build, naming both', () => {
  assert.throws(
    () => publishedNames(['form-control/fieldset.css', 'fieldset/fieldset.css']),
    /form-control\/fieldset\.css and fieldset\/fieldset\.css would both be published as fieldset\.css/,
  );
});

test('a stylesheet named like the bundle stops the build', () => {
  assert.throws(
    () => publishedNames(['theme/polder.css']),
    new RegExp(`theme/polder\\.css would overwrite the bundle ${BUNDLE}`),
  );
});

test("the page layer's and the components' stylesheets today have one published name each", async () => {
  const components = new URL('../../components/src/', import.meta.url);
  const layer = (await readdir(new URL('../src/', import.meta.url))).filter((f) => f.endsWith('.css'));
  const files = [
    ...layer.map((f) => `src/${f}`),
    ...(await readdir(components, { recursive: true })).filter((f) => f.endsWith('.css')),
  ];
  assert.ok(files.length > 40, `found ${files.length} stylesheets`);
  assert.equal(publishedNames(files).size, files.length);
});

test('a page-layer stylesheet with the name of a component stylesheet stops the build', () => {
  assert.throws(
    () => publishedNames(['src/button.css', 'button/button.css']),
    /src\/button\.css and button\/button\.css/,
  );
});
