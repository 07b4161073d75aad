// Every component page has its design guidance, in Dutch and in English, with every section: the docs site shows
// these files (apps/storybook/.storybook/guidance.tsx), and the story tests check the rendered page too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, SECTIONS, guidanceProblems, parseGuidance, examplesOf } from './guidance.mjs';
import { PACKAGE, checkMarkup, componentFolders, publicClasses } from './llms.mjs';

const folders = componentFolders();
const manifest = JSON.parse(readFileSync(join(PACKAGE, 'custom-elements.json'), 'utf8'));
const classes = publicClasses();

test('every component folder has guidance in Dutch and English with every section', () => {
  assert.ok(folders.length >= 40, `only ${folders.length} component folders found`);
  const problems = [];
  for (const folder of folders)
    for (const lang of LANGUAGES) {
      const file = join(PACKAGE, 'src', folder, `guidance.${lang}.md`);
      if (!existsSync(file)) problems.push(`${folder}/guidance.${lang}.md is missing`);
      else
        for (const p of guidanceProblems(readFileSync(file, 'utf8'), lang))
          problems.push(`${folder}/guidance.${lang}.md: ${p}`);
    }
  assert.deepEqual(problems, []);
});

test('Dutch and English guidance have the same examples, and every example is correct Polder markup', () => {
  const problems = [];
  for (const folder of folders) {
    const [nl, en] = LANGUAGES.map((lang) => {
      const file = join(PACKAGE, 'src', folder, `guidance.${lang}.md`);
      return existsSync(file) ? examplesOf(parseGuidance(readFileSync(file, 'utf8'), lang)) : [];
    });
    if (nl.map((e) => e.type).join() !== en.map((e) => e.type).join())
      problems.push(`${folder}: the Dutch and English do/don't examples differ (${nl.length} and ${en.length})`);
    for (const example of [...nl, ...en]) {
      if (!/<polder-|class="polder-/.test(example.code)) problems.push(`${folder}: an example shows no Polder markup`);
      for (const p of checkMarkup(example.code, manifest, classes)) problems.push(`${folder}: ${p}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('Dutch and English keywords differ: each language has its own search words', () => {
  for (const folder of folders) {
    const [nl, en] = LANGUAGES.map((lang) => {
      const file = join(PACKAGE, 'src', folder, `guidance.${lang}.md`);
      return existsSync(file) ? parseGuidance(readFileSync(file, 'utf8'), lang).keywords : [];
    });
    assert.ok(
      nl.some((word) => !en.includes(word)),
      `${folder}: no Dutch keyword of its own`,
    );
  }
});

const complete = readFileSync(join(PACKAGE, 'src', 'button', 'guidance.nl.md'), 'utf8');

test('a guidance file without a section, with sections out of order, or without examples is reported', () => {
  assert.deepEqual(guidanceProblems(complete, 'nl'), []);
  for (const section of SECTIONS) {
    const without = complete.replace(new RegExp(`^## ${section.nl}\\n[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm'), '');
    assert.ok(
      guidanceProblems(without, 'nl').some((p) => p.includes(`"## ${section.nl}"`)),
      `no problem reported without "${section.nl}"`,
    );
  }
  const swapped = complete
    .replace('## Wanneer gebruiken', '## TMP')
    .replace('## Wanneer niet gebruiken', '## Wanneer gebruiken')
    .replace('## TMP', '## Wanneer niet gebruiken');
  assert.ok(guidanceProblems(swapped, 'nl').some((p) => p.includes('order')));
  assert.ok(
    guidanceProblems(complete.replace(/```html dont/g, '```html do'), 'nl').some((p) => p.includes('html dont')),
  );
  assert.ok(guidanceProblems(complete.replace(/\d\.\d\.\d+/g, 'x'), 'nl').some((p) => p.includes('WCAG')));
  assert.ok(
    guidanceProblems(complete.replace(/^keywords:.*$/m, 'keywords:'), 'nl').some((p) => p.includes('keywords')),
  );
  assert.ok(
    guidanceProblems(complete, 'en').some((p) => p.includes('"## What it is for"')),
    'headings are per language',
  );
});

test('a "do" followed by a "dont" is one pair, with captions and code', () => {
  const guidance = parseGuidance(complete, 'nl');
  const pair = guidance.examples[0];
  assert.equal(pair.type, 'pair');
  assert.equal(pair.do.type, 'do');
  assert.equal(pair.dont.type, 'dont');
  assert.match(pair.do.caption, /primaire knop/);
  assert.match(pair.do.code, /^<polder-button>/);
});
