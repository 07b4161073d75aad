// Polder in Vue and Angular, checked the way those projects check their own code: the Vue fixture (test/vue) with
// vue-tsc and strict templates against the generated `@polder/components/vue` typings, the Angular fixture
// (test/angular) with tsc against @angular/core. Both fixtures also hold deliberate mistakes that must fail
// (`@vue-expect-error`, `@ts-expect-error`), so the typings are proven to check, not just to compile. The Angular
// template, which tsc does not read, is checked against custom-elements.json: every Polder tag, attribute and event
// in it exists. Needs a build (dist/vue.d.ts and the element types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../../../node_modules/.bin/${name}`, import.meta.url));
const typecheck = (tool, project) => {
  try {
    execFileSync(bin(tool), ['-p', project], { cwd: pkg, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${tool} -p ${project}:\n${error.stdout}${error.stderr}`);
  }
};

test('Vue: templates are type-checked against the GlobalComponents typings (vue-tsc, strict templates)', () => {
  typecheck('vue-tsc', 'test/vue/tsconfig.json');
});

test('Angular: typed element references compile with CUSTOM_ELEMENTS_SCHEMA (tsc)', () => {
  typecheck('tsc', 'test/angular/tsconfig.json');
});

test('Angular: the template uses only Polder tags, attributes and events of the manifest', () => {
  const manifest = JSON.parse(readFileSync(`${pkg}/custom-elements.json`, 'utf8'));
  const elements = new Map(
    manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
  );
  const source = readFileSync(`${pkg}/test/angular/address-question.component.ts`, 'utf8');
  const template = /template: `([\s\S]*?)`/.exec(source)?.[1] ?? '';
  const globalAttributes = ['id', 'class', 'lang', 'hidden', 'slot', 'title', 'dir'];
  const nativeEvents = ['click', 'input', 'change', 'toggle', 'close', 'submit', 'focus', 'blur', 'keydown'];
  const tags = [...template.matchAll(/<(polder-[a-z-]+)\b([^>]*)>/g)];
  assert.ok(tags.length >= 5, 'the template uses Polder elements');
  for (const [, tag, rest] of tags) {
    const el = elements.get(tag);
    assert.ok(el, `<${tag}> is not in custom-elements.json`);
    const attributes = new Set((el.attributes ?? []).map((a) => a.name));
    const events = new Set((el.events ?? []).map((e) => e.name));
    for (const [, binding] of rest.matchAll(/([#\w.()[\]-]+)(?:="[^"]*")?/g)) {
      if (binding.startsWith('#')) continue; // a template reference
      const event = /^\((.+)\)$/.exec(binding)?.[1];
      if (event) {
        assert.ok(events.has(event) || nativeEvents.includes(event), `<${tag}> fires no "${event}"`);
        continue;
      }
      const name = /^\[(?:attr\.)?(.+)\]$/.exec(binding)?.[1] ?? binding;
      assert.ok(attributes.has(name) || globalAttributes.includes(name), `<${tag}> has no attribute "${name}"`);
    }
  }
});
