// llms.txt and the per-component markdown files: one file per component, linked from llms.txt, every API row from
// the manifest, and every example correct Polder markup (only tags, attributes and classes that exist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PACKAGE,
  checkMarkup,
  componentFolders,
  elementsByFolder,
  htmlBlocks,
  llmsFiles,
  publicClasses,
} from './llms.mjs';

const manifest = JSON.parse(readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8'));
const classes = publicClasses();
const files = llmsFiles();
const folders = componentFolders();

test('llms.txt links to one markdown file per component, and every file exists', () => {
  const index = files['llms.txt'];
  assert.match(index, /^# Polder\n\n> /);
  const links = [...index.matchAll(/\]\((llms\/[^)]+\.md)\)/g)].map((m) => m[1]);
  assert.deepEqual(links.sort(), folders.map((f) => `llms/${f}.md`).sort());
  for (const link of links) assert.ok(files[link], `${link} is linked but not generated`);
});

test('each component file names every element with its attributes, events and slots from the manifest', () => {
  const byFolder = elementsByFolder(manifest);
  for (const folder of folders) {
    const md = files[`llms/${folder}.md`];
    const elements = byFolder.get(folder) ?? [];
    assert.ok(elements.length, `${folder}: no elements in the manifest`);
    for (const section of ['## When to use', '## When not to use', '## API', '## Example', '## Without JavaScript'])
      assert.ok(md.includes(`\n${section}\n`), `${folder}.md has no "${section}"`);
    for (const d of elements) {
      assert.ok(md.includes(`### \`<${d.tagName}>\``), `${folder}.md lacks <${d.tagName}>`);
      for (const a of d.attributes ?? [])
        assert.ok(md.includes(`| \`${a.name}\` |`), `${folder}.md lacks attribute ${a.name}`);
      for (const e of (d.events ?? []).filter((e) => e.name))
        assert.ok(md.includes(`| \`${e.name}\` |`), `${folder}.md lacks event ${e.name}`);
      for (const s of (d.slots ?? []).filter((s) => s.name))
        assert.ok(md.includes(`| \`${s.name}\` |`), `${folder}.md lacks slot ${s.name}`);
    }
    const example = /## Example\n\n```html\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    assert.ok(
      elements.some((d) => example.includes(`<${d.tagName}`)),
      `${folder}.md: the example does not use its element`,
    );
  }
});

test('every example in llms.txt and the component files uses only tags, attributes and classes that exist', () => {
  const problems = [];
  let blocks = 0;
  for (const [path, text] of Object.entries(files))
    for (const block of htmlBlocks(text)) {
      blocks++;
      for (const p of checkMarkup(block, manifest, classes)) problems.push(`${path}: ${p}`);
    }
  assert.ok(blocks > folders.length * 2, `only ${blocks} examples`);
  assert.deepEqual(problems, []);
});

test('the markup check catches invented tags, attributes, classes and enumeration values', () => {
  assert.deepEqual(
    checkMarkup('<polder-button variant="secondary" class="polder-button">Ok</polder-button>', manifest, classes),
    [],
  );
  assert.deepEqual(
    checkMarkup('<label for="a">A</label><input id="a" name="a" autocomplete="name">', manifest, classes),
    [],
  );
  assert.deepEqual(checkMarkup('<polder-textfield label="Naam">', manifest, classes), [
    '<polder-textfield> is neither standard HTML nor a Polder element',
  ]);
  assert.deepEqual(checkMarkup('<polder-button color="red">Ok</polder-button>', manifest, classes), [
    '<polder-button> has no attribute "color"',
  ]);
  assert.deepEqual(checkMarkup('<button class="polder-buton">Ok</button>', manifest, classes), [
    '<button>: class "polder-buton" is not defined',
  ]);
  assert.deepEqual(checkMarkup('<polder-text-field spellcheck="ja">', manifest, classes), [
    `<polder-text-field spellcheck="ja">: not one of true, false`,
  ]);
});

test(
  'the build wrote the same files to dist/docs (published and copied into the docs site)',
  { skip: !existsSync(join(PACKAGE, 'dist', 'docs')) && 'not built' },
  () => {
    for (const [path, text] of Object.entries(files))
      assert.equal(readFileSync(join(PACKAGE, 'dist', 'docs', path), 'utf8'), text, path);
  },
);
