// polder-theme bridge: NL Design System themes (the EUPL voorbeeld and ma themes, and made-up fixtures) as
// Polder themes. Output goes to temporary folders: bridged themes are not committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { here, tempDir, buildOnce } from './helpers.mjs';
import { loadCatalogue, compose, analyse, themeFiles } from '../src/theme/model.mjs';
import { main } from '../src/theme/cli.mjs';

const BIN = path.resolve(here, '../bin/polder-theme.mjs');
const require = createRequire(import.meta.url);
const fixture = (name) => path.join(here, 'fixtures/themes', name);

/** The tokens of this checkout, built once into a temporary folder. */
async function catalogue() {
  const { outDir } = await buildOnce();
  return loadCatalogue(path.join(outDir, 'json/tokens.json'));
}

/** Runs the command in the package folder (where the fixture packages resolve), on the tokens of this checkout. */
async function run(...args) {
  const out = tempDir();
  const lines = { stdout: [], stderr: [] };
  const status = main([...args, '--out', out], {
    cwd: path.resolve(here, '..'),
    log: (line) => lines.stdout.push(line),
    warn: (line) => lines.stderr.push(line),
    catalogue: await catalogue(),
  });
  const result = { status, stdout: lines.stdout.join('\n'), stderr: lines.stderr.join('\n') };
  const reportFile = fs.readdirSync(out).find((f) => f.endsWith('.report.json'));
  const report = reportFile ? JSON.parse(fs.readFileSync(path.join(out, reportFile), 'utf8')) : null;
  return { ...result, out, report, files: fs.readdirSync(out).sort() };
}

const commonTotal = async () => (await catalogue()).entries.filter((e) => e.tier === 'common').length;

for (const [pkg, name, dark] of [
  ['@nl-design-system-unstable/voorbeeld-design-tokens', 'voorbeeld', false],
  ['@nl-design-system-community/ma-design-tokens', 'ma', true],
]) {
  test(`bridges ${pkg}: ≥ 90 % of the common tier, every contrast pair passes in light and dark`, async () => {
    // Polder asks more of secondary text than the theme gives (hints on a hover background): one override each.
    const override = fixture(`${name}.override.css`);
    const { status, stderr, report, files, out } = await run('bridge', pkg, '--name', name, '--override', override);
    assert.equal(status, 0, stderr);
    const overridden = report.tokens.filter((t) => t.source === 'override' || t.dark?.source === 'override');
    assert.deepEqual(
      overridden.map((t) => t.token),
      ['polder.color.default.color-subtle'],
      'the override file fixes one token; everything else comes from the theme or Polder',
    );
    assert.deepEqual(files, [`${name}.css`, `${name}.report.json`, `${name}.report.md`, `${name}.root.css`]);
    assert.equal(report.coverage.total, await commonTotal());
    // Tokens the theme does not fill either follow one it does (derived) or keep Polder's value
    const derived = report.tokens.filter((t) => t.source === 'derived');
    assert.equal(derived.length, report.coverage.derived);
    for (const t of derived) assert.ok(t.derivedFrom, `${t.token} names what it follows`);
    // ≥ 90 % of Polder's own decisions come from the theme; an alias of another common token follows it
    assert.equal(report.coverage.own + report.coverage.aliases, report.coverage.total);
    assert.ok(report.coverage.aliases < report.coverage.total / 4, `aliases ${report.coverage.aliases}`);
    assert.ok(
      report.coverage.filled / report.coverage.own >= 0.9,
      `coverage ${report.coverage.filled}/${report.coverage.own} (of ${report.coverage.total}, ${report.coverage.aliases} aliases)`,
    );
    // …and with what follows from them, nearly the whole common tier looks like the agency
    assert.ok(
      (report.coverage.filled + report.coverage.derived) / report.coverage.total >= 0.9,
      `filled or derived ${report.coverage.filled + report.coverage.derived}/${report.coverage.total}`,
    );
    for (const scheme of ['light', 'dark']) {
      const s = report.contrast.summary[scheme];
      assert.ok(s.pairs > 400, `${scheme}: ${s.pairs} pairs checked`);
      assert.equal(s.passed, s.pairs, `${scheme}: every pair passes`);
    }
    assert.ok(report.contrast.results.every((r) => !r.enforced || r.pass));
    // Mapped by meaning: the primary button is the theme's filled action colour with its inverse text, not the tint
    const row = (token) => report.tokens.find((t) => t.token === token);
    assert.equal(row('polder.color.action.bg-default').from, '--basis-color-action-1-inverse-bg-default');
    assert.equal(row('polder.color.action.inverse-color').from, '--basis-color-action-1-inverse-color-default');
    assert.equal(row('polder.color.action.bg-subtle').from, '--basis-color-action-1-bg-default');
    assert.equal(row('polder.color.default.bg-default').from, '--basis-color-default-bg-document');
    // The dark scheme comes from the theme's own dark colours when it has them, else from its palette
    assert.equal(Boolean(report.input.darkSelector), dark);
    if (dark) assert.ok(report.coverageDark.filled > 100, `dark colours from the theme: ${report.coverageDark.filled}`);
    // The CSS: the same token names as Polder's own themes, scoped and on :root, light and dark
    const css = fs.readFileSync(path.join(out, `${name}.css`), 'utf8');
    const root = postcss.parse(css);
    const declared = new Set();
    root.walkDecls(/^--polder-/, (d) => declared.add(d.prop));
    const names = (await catalogue()).entries.map((e) => e.cssVariable);
    assert.deepEqual([...declared].sort(), names.sort());
    assert.match(css, new RegExp(`:where\\(\\.polder-theme-${name}\\)`));
    assert.match(css, /@media \(prefers-color-scheme: dark\)/);
    const rootCss = fs.readFileSync(path.join(out, `${name}.root.css`), 'utf8');
    assert.match(rootCss, /:where\(:root\) \{\n {2}--polder-/);
    const action = row('polder.color.action.bg-default').value;
    assert.match(css, new RegExp(`--polder-color-action-bg-default: ${action};`));
    // The report names source, raw and normalised value for every common token
    const md = fs.readFileSync(path.join(out, `${name}.report.md`), 'utf8');
    assert.match(md, /\*\*Result: the theme passes\.\*\*/);
    assert.match(
      md,
      /\| `polder\.color\.action\.bg-default` \| basis token \| `--basis-color-action-1-inverse-bg-default` \|/,
    );
    assert.equal(report.tokens.length, await commonTotal());
  });
}

test('the model made from the published catalogue reproduces the build output of the default theme', async () => {
  const { outDir } = await buildOnce();
  const result = analyse(compose(await catalogue(), { light: new Map(), dark: new Map() }), 'polder');
  assert.equal(result.problems.length, 0);
  assert.ok(result.contrast.every((r) => !r.enforced || r.pass));
  const css = themeFiles({ name: 'polder', label: 'Polder', resolved: result.resolved })['polder.css'];
  const built = fs.readFileSync(path.join(outDir, 'css/polder.css'), 'utf8');
  // The same declarations in every block (the build adds descriptions as comments and orders by reference)
  const blocks = (text) => {
    const out = [];
    postcss.parse(text).walkRules((rule) => {
      const decls = [];
      rule.walkDecls((d) => decls.push(`${d.prop}: ${d.value}`));
      out.push(`${rule.parent.type === 'atrule' ? '@media ' : ''}${rule.selector}\n${decls.sort().join('\n')}`);
    });
    return out;
  };
  assert.deepEqual(blocks(css), blocks(built));
});

test('a theme with a failing pair fails, naming the pair; an override file fixes it', async () => {
  const failed = await run('bridge', fixture('broken-pair.css'), '--name', 'broken');
  assert.equal(failed.status, 1);
  assert.match(
    failed.stderr,
    /polder\.color\.action\.inverse-color against polder\.color\.action\.bg-default is \d\.\d+:1 in the light scheme \(#6b8fb8 on #0b4f9c\); text needs 4\.5:1/,
  );
  assert.match(failed.stderr, /--override/);
  assert.deepEqual(failed.files, ['broken.report.json', 'broken.report.md'], 'no CSS for a failing theme');
  assert.equal(failed.report.ok, false);
  assert.ok(failed.report.contrast.failing.some((r) => r.token === 'polder.color.action.inverse-color'));

  const fixed = await run(
    'bridge',
    fixture('broken-pair.css'),
    '--name',
    'broken',
    '--override',
    fixture('broken-pair.fix.css'),
  );
  assert.equal(fixed.status, 0, fixed.stderr);
  const row = fixed.report.tokens.find((t) => t.token === 'polder.color.action.inverse-color');
  assert.equal(row.value, '#ffffff');
  assert.equal(row.source, 'override', 'the report says the value came from the override file');
  assert.equal(row.from, '--basis-color-action-1-inverse-color-default');
});

test('fails without known tokens, and without the core set, naming what is missing', async () => {
  const none = await run('bridge', fixture('no-known.css'), '--name', 'none');
  assert.equal(none.status, 1);
  assert.match(none.stderr, /no known tokens in .*no-known\.css: its theme rule "\.brand" has 2 custom properties/);

  const core = await run('bridge', fixture('core-missing.css'), '--name', 'core');
  assert.equal(core.status, 1);
  assert.match(
    core.stderr,
    /the core set is incomplete: polder\.focus\.outline-color \(focus outline; looked for --basis-focus-outline-color/,
  );
  assert.doesNotMatch(core.stderr, /polder\.color\.action\.bg-default \(/);
});

test('a font from another host is an error; a font that is not a system font a warning', async () => {
  const remote = await run('bridge', fixture('remote-font.css'), '--name', 'remote');
  assert.equal(remote.status, 1);
  assert.match(
    remote.stderr,
    /a font is loaded from another host \(https:\/\/fonts\.example\.com\/css2\?family=Lovely\+Sans/,
  );

  const values = await run('bridge', fixture('values.css'), '--name', 'values');
  assert.equal(values.status, 0, values.stderr);
  assert.match(values.stderr, /warning: polder\.text\.font-family: "Avenir Next" is not a system font/);
});

test('normalises values (px → rem, % line heights, !important) and rejects relative or calculated ones with a reason', async () => {
  const { status, stderr, report } = await run('bridge', fixture('values.css'), '--name', 'values');
  assert.equal(status, 0, stderr);
  const row = (token) => report.tokens.find((t) => t.token === token);
  assert.equal(row('polder.text.font-size.md').value, '1.125rem');
  assert.equal(row('polder.text.font-size.md').raw, '18px');
  assert.equal(row('polder.text.line-height.md').value, 1.5);
  assert.equal(row('polder.color.default.color-default').value, '#1a1a2e');
  assert.equal(row('polder.color.action.bg-default').value, '#0b4f9c');
  assert.equal(row('polder.border.width.sm').value, '1px', 'border widths keep Polder’s unit (px)');
  for (const [token, reason] of [
    ['polder.space.block.sm', /"0\.5em" is relative to the element or viewport where it is used \(em\)/],
    ['polder.space.inline.sm', /"2ch" is relative/],
    ['polder.space.row.sm', /"calc\(4px \+ 0\.25rem\)" is a calculation/],
    ['polder.pointer-target.min-size', /below the 24px minimum target size of WCAG 2\.5\.8/],
    ['polder.form-control.read-only.border-color', /translucent; this token has a contrast pair/],
  ]) {
    assert.equal(row(token).from, undefined, `${token} is not taken from the theme`);
    assert.ok(['polder', 'derived'].includes(row(token).source), `${token}: ${row(token).source}`);
    assert.match(row(token).rejected[0].reason, reason, token);
    assert.match(stderr, new RegExp(`warning: rejected ${token.replaceAll('.', '\\.')}`));
  }
  assert.match(stderr, /warning: \d+ Polder tokens have no value in the theme/);
});

test('a theme with Utrecht component tokens only is bridged from those', async () => {
  const { status, stderr, report } = await run('bridge', fixture('utrecht.css'), '--name', 'utrecht-only');
  assert.equal(status, 0, stderr);
  const row = (token) => report.tokens.find((t) => t.token === token);
  assert.equal(row('polder.color.action.bg-default').from, '--utrecht-button-primary-action-background-color');
  assert.equal(row('polder.color.action.color-default').from, '--utrecht-link-color');
  assert.equal(row('polder.color.negative.bg-subtle').from, '--utrecht-alert-error-background-color');
  assert.equal(row('polder.focus.outline-width').value, '3px');
  assert.equal(row('polder.text.line-height.md').value, 1.6);
  assert.equal(row('polder.color.action.bg-default').source, 'utrecht');
  assert.ok(report.coverage.filled > 20 && report.coverage.filled < report.coverage.total);
});

test('the bin: usage errors exit with 2 and say how to use the command', () => {
  const result = spawnSync(process.execPath, [BIN, 'paint'], { encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown command "paint"/);
  assert.match(result.stderr, /polder-theme bridge <npm package/);
  assert.match(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }), /polder-theme create --name/);
  const noName = spawnSync(process.execPath, [BIN, 'bridge', fixture('core.css')], { encoding: 'utf8' });
  assert.equal(noName.status, 1);
  assert.match(noName.stderr, /--name is required/);
});

test("a theme's tokens .json gives the same theme as its built CSS (references kept, so overrides reach them)", async () => {
  const override = fixture('voorbeeld.override.css');
  const fromCss = await run(
    'bridge',
    '@nl-design-system-unstable/voorbeeld-design-tokens',
    '--name',
    'vb',
    '--override',
    override,
  );
  const json = require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/tokens.json');
  const fromJson = await run('bridge', json, '--name', 'vb', '--override', override);
  assert.equal(fromJson.status, 0, fromJson.stderr);
  assert.equal(fromJson.report.input.selector, '(tokens.json)');
  for (const file of ['vb.css', 'vb.root.css'])
    assert.equal(
      fs.readFileSync(path.join(fromJson.out, file), 'utf8'),
      fs.readFileSync(path.join(fromCss.out, file), 'utf8'),
      file,
    );
});

test('a file that is not valid CSS fails naming the file and line', async () => {
  const file = path.join(tempDir(), 'broken.css');
  fs.writeFileSync(file, '.theme {\n  --basis-color-default-bg-document: #fff;\n');
  const result = await run('bridge', file, '--name', 'broken');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /broken\.css: not valid CSS \(Unclosed block, line 1\)/);
});

test('--dark takes the dark colour scheme from a separate file: colour overrides only', async () => {
  const { status, stderr, report, out } = await run(
    'bridge',
    fixture('utrecht.css'),
    '--name',
    'utrecht-only',
    '--dark',
    fixture('utrecht.dark.css'),
  );
  assert.equal(status, 0, stderr);
  assert.equal(report.input.darkSelector, '.utrecht-only-theme--dark');
  const row = (token) => report.tokens.find((t) => t.token === token);
  assert.equal(row('polder.color.default.bg-default').value, '#ffffff');
  assert.equal(row('polder.color.default.bg-default').dark.value, '#121212');
  assert.equal(row('polder.color.action.bg-default').dark.value, '#8cc8f0');
  assert.equal(row('polder.text.line-height.md').dark, undefined, 'only colours have a dark value');
  // A colour the dark file does not set is not taken from the light scheme: it follows the palette
  assert.equal(row('polder.color.info.bg-subtle').value, '#e5f1f8');
  assert.equal(row('polder.color.info.bg-subtle').dark, undefined);
  assert.notEqual(row('polder.color.info.bg-subtle').resolved.dark, '#e5f1f8');
  const css = fs.readFileSync(path.join(out, 'utrecht-only.css'), 'utf8');
  const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  assert.match(dark, /--polder-color-default-bg-default: #121212;/);
  assert.match(dark, /--polder-color-action-bg-default: #8cc8f0;/);
});
