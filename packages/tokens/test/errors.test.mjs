// The build refuses bad tokens with a message that names the file and the token path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { build } from '../src/build.mjs';
import { fixture, tempDir } from './helpers.mjs';

/** Builds a fixture and returns the problems it reports. */
async function problemsOf(tokensDir) {
  const error = await build({ tokensDir, outDir: tempDir() }).then(
    () => assert.fail('the build should have failed'),
    (e) => e,
  );
  assert.equal(error.name, 'TokenBuildError', String(error));
  return error.errors;
}

/** Builds a fixture and returns the single problem it reports. */
async function problemOf(tokensDir) {
  const errors = await problemsOf(tokensDir);
  assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'));
  return errors[0];
}

test('a valid fixture builds', async () => {
  const outDir = tempDir();
  await build({ tokensDir: fixture('valid'), outDir });
  const css = fs.readFileSync(path.join(outDir, 'css/test.css'), 'utf8');
  assert.match(css, /--polder-badge-color: var\(--polder-color-default-color-default\);/);
});

test('invalid JSON: names the file', async () => {
  const dir = tempDir();
  fs.cpSync(fixture('invalid-json'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'common'));
  fs.writeFileSync(path.join(dir, 'common/color.json'), '{ "polder": { "color": { "$type": "color", } } }');
  const problem = await problemOf(dir);
  assert.equal(problem.code, 'TOKEN_JSON');
  assert.equal(problem.file, `${path.basename(dir)}/common/color.json`);
  assert.match(problem.message, /common\/color\.json: not valid JSON/);
});

test('a name that is not lowercase kebab-case', async () => {
  const problem = await problemOf(fixture('bad-name'));
  assert.equal(problem.code, 'TOKEN_NAME');
  assert.equal(
    problem.message,
    'bad-name/common/color.json: polder.color.Default: name segment "Default" is not lowercase kebab-case (a-z, 0-9, single hyphens)',
  );
});

test('a component token named after a physical property', async () => {
  const problem = await problemOf(fixture('physical-property'));
  assert.equal(problem.code, 'TOKEN_NAME');
  assert.equal(
    problem.message,
    'physical-property/components/badge.json: polder.badge.padding-left: "padding-left" is a physical property; use the logical "padding-inline-start"',
  );
});

test('a component token that does not end in a CSS property', async () => {
  const problem = await problemOf(fixture('not-a-css-property'));
  assert.equal(problem.code, 'TOKEN_NAME');
  assert.match(
    problem.message,
    /^not-a-css-property\/components\/badge\.json: polder\.badge\.colour: component token names end in a CSS property name; "colour" is not one/,
  );
});

test('a reference to a token that does not exist', async () => {
  const problem = await problemOf(fixture('broken-reference'));
  assert.equal(problem.code, 'TOKEN_REFERENCE');
  assert.equal(
    problem.message,
    'broken-reference/common/color.json: polder.color.default.color-subtle: references {polder.brand.color.gery}, which does not exist (did you mean {polder.brand.color.grey}?)',
  );
});

test('a reference cycle', async () => {
  const problem = await problemOf(fixture('reference-cycle'));
  assert.equal(problem.code, 'TOKEN_CYCLE');
  assert.match(problem.message, /^reference-cycle\/common\/color\.json: polder\.color\.default\.border-/);
  assert.match(
    problem.message,
    /reference cycle: \{polder\.color\.default\.border-default\} → \{polder\.color\.default\.border-hover\} → \{polder\.color\.default\.border-active\} → \{polder\.color\.default\.border-default\}$/,
  );
});

test('a $type that does not match the value', async () => {
  const problem = await problemOf(fixture('type-mismatch'));
  assert.equal(problem.code, 'TOKEN_TYPE');
  assert.equal(
    problem.message,
    'type-mismatch/common/color.json: polder.color.default.border-default: $type is "color" but the value "2px" is a dimension',
  );
});

test('a $type that does not match the referenced token', async () => {
  const problem = await problemOf(fixture('type-mismatch-reference'));
  assert.equal(problem.code, 'TOKEN_TYPE');
  assert.equal(
    problem.message,
    'type-mismatch-reference/common/space.json: polder.space.block.md: $type is "dimension" but it references {polder.color.default.bg-default}, which is a color',
  );
});

test('a colour that does not parse', async () => {
  const problem = await problemOf(fixture('unparseable-value'));
  assert.equal(problem.code, 'TOKEN_VALUE');
  assert.match(
    problem.message,
    /^unparseable-value\/common\/color\.json: polder\.color\.default\.border-default: color value "#12345" does not parse/,
  );
});

test('a dimension that does not parse', async () => {
  const problem = await problemOf(fixture('unparseable-dimension'));
  assert.equal(problem.code, 'TOKEN_VALUE');
  assert.equal(
    problem.message,
    'unparseable-dimension/common/space.json: polder.space.block.md: dimension value "12pt" does not parse: unit "pt" is not allowed (use px or rem)',
  );
});

test('a declared pair below its contrast threshold', async () => {
  // The fixture has no dark values, so the pair fails in both colour schemes.
  const problems = await problemsOf(fixture('contrast-failure'));
  assert.deepEqual(
    problems.map((p) => [p.code, p.message]),
    ['light', 'dark'].map((scheme) => [
      'TOKEN_CONTRAST',
      `contrast-failure/common/color.json: polder.color.default.color-subtle: contrast 2.84:1 against {polder.color.default.bg-default} is below 4.5:1 for text in theme "test", ${scheme} scheme (#999999 on #ffffff)`,
    ]),
  );
});

test('every problem is reported at once', async () => {
  const dir = tempDir();
  fs.cpSync(fixture('broken-reference'), dir, { recursive: true });
  fs.cpSync(fixture('physical-property/components'), path.join(dir, 'components'), { recursive: true });
  const error = await build({ tokensDir: dir, outDir: tempDir() }).catch((e) => e);
  assert.deepEqual(error.errors.map((e) => e.code).sort(), ['TOKEN_NAME', 'TOKEN_REFERENCE']);
});
