// polder-theme create: a complete, contrast-safe brand tier from one or two colours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildOnce, tempDir, TOKENS } from './helpers.mjs';
import { loadCatalogue } from '../src/theme/model.mjs';
import { main } from '../src/theme/cli.mjs';
import { analyse as analyseSources } from '../src/build.mjs';
import * as prettier from 'prettier';

async function run(...args) {
  const { outDir } = await buildOnce();
  const out = tempDir();
  const lines = { stdout: [], stderr: [] };
  const status = main([...args, '--out', out], {
    cwd: out,
    log: (line) => lines.stdout.push(line),
    warn: (line) => lines.stderr.push(line),
    catalogue: loadCatalogue(path.join(outDir, 'json/tokens.json')),
  });
  const reportFile = fs.readdirSync(out).find((f) => f.endsWith('.report.json'));
  const report = reportFile ? JSON.parse(fs.readFileSync(path.join(out, reportFile), 'utf8')) : null;
  return { status, stdout: lines.stdout.join('\n'), stderr: lines.stderr.join('\n'), out, report };
}

for (const [what, primary, anchor] of [
  ['a dark red', '#8b0000', '800'],
  ['a light yellow', '#ffe14d', '200'],
  ['a mid blue', '#1f6fd1', '600'],
]) {
  test(`${what} (${primary}) gives a theme whose every pair passes in both schemes, with the colour in its scale`, async () => {
    const { status, stderr, report, out } = await run('create', '--name', 'merk', '--primary', primary);
    assert.equal(status, 0, stderr);
    for (const scheme of ['light', 'dark']) {
      const s = report.contrast.summary[scheme];
      assert.ok(s.pairs > 400);
      assert.equal(s.passed, s.pairs, `${scheme}: every pair passes`);
    }
    assert.equal(report.generated.primary.anchor, anchor);
    const css = fs.readFileSync(path.join(out, 'merk.css'), 'utf8');
    assert.match(css, new RegExp(`--polder-brand-color-primary-${anchor}: ${primary};`), 'the brand colour itself');
    assert.ok(fs.existsSync(path.join(out, 'merk.root.css')));
    assert.match(fs.readFileSync(path.join(out, 'merk.report.md'), 'utf8'), /\*\*Result: the theme passes\.\*\*/);
  });
}

test('adjusts the lightness of generated steps until failing pairs pass', async () => {
  // A vivid coral: with the fixed lightness steps, some pairs of its scale miss their minimum.
  const { status, stderr, report } = await run('create', '--name', 'koraal', '--primary', 'oklch(0.66 0.25 30)');
  assert.equal(status, 0, stderr);
  assert.ok(report.adjusted.rounds > 0, 'lightness was adjusted');
  assert.ok(report.adjusted.steps.length > 0);
  for (const scheme of ['light', 'dark'])
    assert.equal(report.contrast.summary[scheme].failed, 0, `${scheme}: no pair fails after adjusting`);
});

test('a secondary colour and a font stack', async () => {
  const { status, stderr, out, report } = await run(
    'create',
    '--name',
    'twee',
    '--primary',
    '#1f6fd1',
    '--secondary',
    '#e17000',
    '--font',
    'Avenir Next, Arial, sans-serif',
  );
  assert.equal(status, 0, stderr);
  assert.equal(report.generated.secondary.from, '#e17000');
  assert.match(stderr, /"Avenir Next" is not a system font/);
  const css = fs.readFileSync(path.join(out, 'twee.css'), 'utf8');
  assert.match(css, /--polder-brand-font-family-body: Avenir Next, Arial, sans-serif;/);
  assert.match(css, /--polder-brand-font-family-heading: var\(--polder-brand-font-family-body\);/);
});

test('fails naming the value that is not a colour', async () => {
  const primary = await run('create', '--name', 'fout', '--primary', 'notacolour');
  assert.equal(primary.status, 1);
  assert.match(primary.stderr, /--primary "notacolour" is not a colour/);
  assert.equal(primary.report, null, 'nothing written');
  const secondary = await run('create', '--name', 'fout', '--primary', '#1f6fd1', '--secondary', 'blauwig');
  assert.equal(secondary.status, 1);
  assert.match(secondary.stderr, /--secondary "blauwig" is not a colour/);
  const name = await run('create', '--name', 'Mijn Thema', '--primary', '#1f6fd1');
  assert.equal(name.status, 1);
  assert.match(name.stderr, /--name "Mijn Thema" is not a theme name/);
});

test('--tokens writes a theme folder that the token build accepts', async () => {
  const tokensDir = path.join(tempDir(), 'tokens');
  fs.cpSync(TOKENS, tokensDir, { recursive: true });
  const { status, stderr } = await run(
    'create',
    '--name',
    'gemeente-rood',
    '--label',
    'Gemeente Rood',
    '--primary',
    '#8b0000',
    '--font',
    'Avenir Next, Arial, sans-serif',
    '--tokens',
    '--tokens-dir',
    tokensDir,
  );
  assert.equal(status, 0, stderr);
  const brandText = fs.readFileSync(path.join(tokensDir, 'themes/gemeente-rood/brand.json'), 'utf8');
  const brand = JSON.parse(brandText);
  // Formatted as the repository's Prettier does, so the folder passes `npm run lint` as it is
  const options = await prettier.resolveConfig(path.join(TOKENS, 'themes.json'));
  assert.equal(await prettier.format(brandText, { ...options, parser: 'json' }), brandText);
  assert.equal(brand.polder.brand.color.primary['800'].$value, '#8b0000');
  const list = JSON.parse(fs.readFileSync(path.join(tokensDir, 'themes.json'), 'utf8'));
  assert.ok(list.themes.some((t) => t.name === 'gemeente-rood' && t.label === 'Gemeente Rood'));
  // The build checks the new theme like every other one: names, references and every contrast pair.
  const { themes, contrast } = analyseSources(tokensDir);
  assert.ok(themes['gemeente-rood']);
  const own = contrast.filter((r) => r.theme === 'gemeente-rood' && r.enforced);
  assert.ok(own.length > 800);
  assert.ok(own.every((r) => r.pass));
});
