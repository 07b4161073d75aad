// The token contract (scripts/token-contract.mjs), run in `npm test` after the build: component CSS reads only
// tokens or its own local custom properties, every component token is used by its component, every documented
// CSS custom property exists, and the published stylesheets carry the default theme's values as fallbacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { applyTokens, compileStylesheet, contractProblems, loadTokens, stylesheets } from './token-contract.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');

test('component CSS, component tokens and documented custom properties agree', async () => {
  const problems = await contractProblems();
  assert.equal(problems.length, 0, `The token contract is broken:\n  ${problems.join('\n  ')}`);
});

test("every published stylesheet carries the default theme's value as each token's fallback", async () => {
  const { tokens } = loadTokens();
  const expected = new Map(); // token → its var() as esbuild minifies it
  const minified = async (name) => {
    if (!expected.has(name)) {
      const { code } = await transform(`a{b:var(${name}, ${tokens.get(name).value})}`, { loader: 'css', minify: true });
      expected.set(name, /var\(.*\)(?=})/.exec(code)[0]);
    }
    return expected.get(name);
  };
  const sheets = await stylesheets();
  assert.ok(sheets.length > 30, `found ${sheets.length} stylesheets`);
  let checked = 0;
  for (const file of sheets) {
    const css = await readFile(join(pkg, 'dist', file), 'utf8');
    for (const m of css.matchAll(/var\((--polder-[\w-]+)/g)) {
      if (!tokens.has(m[1])) continue; // a component-local property keeps its own fallback
      const want = await minified(m[1]);
      assert.equal(css.slice(m.index, m.index + want.length), want, `dist/${file}: ${m[1]}`);
      checked++;
    }
  }
  assert.ok(checked > 500, `checked ${checked} token references`);
});

// --- the rewriting itself, on small examples -----------------------------------------------------------------
const tokens = new Map([
  ['--polder-widget-color', { value: '#234da0', tier: 'component', file: 'tokens/components/widget.json' }],
  ['--polder-widget-font-family', { value: "system-ui, 'Segoe UI', sans-serif", tier: 'component', file: 'x' }],
  ['--polder-space-block-md', { value: '1rem', tier: 'common', file: 'tokens/common/space.json' }],
]);

test('a token reference gets the default value as its fallback, whatever the source wrote', () => {
  const { css, problems, used } = applyTokens(
    `.a {\n  color: var(--polder-widget-color, #1b4f8a);\n  font-family: var(--polder-widget-font-family);\n` +
      `  margin-block: var( --polder-space-block-md , var(--polder-widget-color, 2rem));\n}`,
    { file: 'a.css', tokens },
  );
  assert.deepEqual(problems, []);
  assert.deepEqual([...used].sort(), [
    '--polder-space-block-md',
    '--polder-widget-color',
    '--polder-widget-font-family',
  ]);
  assert.equal(
    css,
    `.a {\n  color: var(--polder-widget-color, #234da0);\n` +
      `  font-family: var(--polder-widget-font-family, system-ui, 'Segoe UI', sans-serif);\n` +
      `  margin-block: var(--polder-space-block-md, 1rem);\n}`,
  );
});

test('other custom properties, comments and strings are left alone', () => {
  const source =
    `/* var(--polder-nothing, red) */\n.a { --x: 1; inline-size: var(--x, 2px); content: "var(--polder-nope)";\n` +
    `  block-size: calc(var(--polder-space-block-md) * 2); }`;
  const { css, problems } = applyTokens(source, { file: 'a.css', tokens });
  assert.deepEqual(problems, []);
  assert.equal(css, source.replace('var(--polder-space-block-md)', 'var(--polder-space-block-md, 1rem)'));
});

test('a component-local property keeps its fallback, and tokens inside it are rewritten', () => {
  const source =
    `.a {\n  --polder-widget-inner-gap: calc(var(--polder-space-block-md) / 2);\n` +
    `  gap: var(--polder-widget-inner-gap, var(--polder-space-block-md, 9px));\n}`;
  const { css, problems } = applyTokens(source, { file: 'a.css', tokens });
  assert.deepEqual(problems, []);
  assert.match(css, /gap: var\(--polder-widget-inner-gap, var\(--polder-space-block-md, 1rem\)\);/);
});

test('an unknown name is reported with file, line and the likely token', () => {
  const { css, problems } = applyTokens(`.a {\n  color: red;\n  color: var(--polder-widget-colour, blue);\n}`, {
    file: 'src/widget/widget.css',
    tokens,
  });
  assert.equal(problems.length, 1);
  assert.equal(
    problems[0].message,
    'src/widget/widget.css:3: --polder-widget-colour is not a token and not declared in this stylesheet. Did you mean --polder-widget-color?',
  );
  assert.match(css, /var\(--polder-widget-colour, blue\)/);
});

test('a new component is covered without being listed: unknown names and unused tokens name file and token', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'polder-contract-'));
  try {
    await mkdir(join(dir, 'widget'));
    await writeFile(
      join(dir, 'widget', 'widget.css'),
      '.w {\n  color: var(--polder-widget-color);\n  gap: var(--polder-widget-gap);\n}\n',
    );
    await mkdir(join(dir, 'gadget'));
    await writeFile(join(dir, 'gadget', 'gadget.css'), '.g { color: var(--polder-widget-font-family); }\n');
    const more = new Map([
      ...tokens,
      ['--polder-widget-border-color', { value: '#000', tier: 'component', file: 'tokens/components/widget.json' }],
      ['--polder-sprocket-color', { value: '#000', tier: 'component', file: 'tokens/components/sprocket.json' }],
    ]);
    assert.deepEqual(await contractProblems({ tokens: more, dir, manifestPath: null }), [
      'src/widget/widget.css:3: --polder-widget-gap is not a token and not declared in this stylesheet.',
      'tokens/components/sprocket.json: no stylesheet uses its tokens: neither one in packages/components/src/sprocket/ nor one named sprocket.css.',
      "tokens/components/widget.json: this token is not used by its component's stylesheets: --polder-widget-border-color. Use or remove (a removal is a breaking change: add a changeset).",
    ]);
    // A shared stylesheet named after the token file counts as its component's.
    await writeFile(join(dir, 'gadget', 'sprocket.css'), '.s { color: var(--polder-sprocket-color); }\n');
    const problems = await contractProblems({ tokens: more, dir, manifestPath: null });
    assert.ok(!problems.some((p) => p.includes('sprocket')), problems.join('\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a shared block is inlined where a stylesheet imports it, and held to the contract there', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'polder-contract-'));
  try {
    await mkdir(join(dir, 'styles'));
    await mkdir(join(dir, 'widget'));
    await writeFile(join(dir, 'styles', '_ring.css'), '.r {\n  outline-color: var(--polder-widget-color, red);\n}\n');
    await writeFile(
      join(dir, 'styles', '_nested.css'),
      '@import "./_ring.css";\n.n {\n  gap: var(--polder-nope);\n}\n',
    );
    await writeFile(
      join(dir, 'widget', 'widget.css'),
      '/* Widget. */\n@import "../styles/_nested.css";\n\n.w {\n  color: red;\n}\n',
    );
    const more = new Map([
      ...tokens,
      ['--polder-widget-color', { value: '#000', tier: 'component', file: 'tokens/components/widget.json' }],
    ]);
    const result = compileStylesheet(join(dir, 'widget', 'widget.css'), {
      tokens: more,
      file: 'src/widget/widget.css',
    });
    assert.doesNotMatch(result.css, /@import/);
    assert.match(result.css, /\.r \{\n {2}outline-color: var\(--polder-widget-color, #000\);\n\}\n\.n/);
    assert.match(result.css, /\.w \{/);
    assert.deepEqual(
      result.problems.map((p) => p.message.split(': ')[0]),
      [`${join(dir, 'styles', '_nested.css')}:3`],
    );
    // The block's tokens count as used by the component that imports it; the unknown name names the block's line.
    assert.deepEqual(
      (await contractProblems({ tokens: more, dir, manifestPath: null })).map((p) => p.split(': ')[0]),
      [`${join(dir, 'styles', '_nested.css')}:3`],
    );
    // A block no stylesheet imports is reported; a shared block is not a published stylesheet of its own.
    await writeFile(join(dir, 'styles', '_unused.css'), '.u {\n  color: red;\n}\n');
    assert.ok(
      (await contractProblems({ tokens: more, dir, manifestPath: null })).includes(
        'src/styles/_unused.css: a shared block no stylesheet imports: import it or remove it.',
      ),
    );
    assert.deepEqual(await stylesheets(dir), [join('widget', 'widget.css')]);
    // Only a relative .css file can be inlined, and a cycle stops.
    await writeFile(join(dir, 'widget', 'url.css'), '@import url("https://example.com/x.css");\n');
    assert.throws(() => compileStylesheet(join(dir, 'widget', 'url.css'), { tokens: more }), /only `@import/);
    await writeFile(join(dir, 'styles', '_ring.css'), '@import "./_nested.css";\n');
    assert.throws(() => compileStylesheet(join(dir, 'widget', 'widget.css'), { tokens: more }), /@import cycle/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the published stylesheets are self-contained: shared blocks inlined, no @import left', async () => {
  // Each shared block as the build minifies it: whole rules as they are, declarations inside a rule.
  const minified = new Map();
  const blockOf = async (name) => {
    if (!minified.has(name)) {
      const { tokens } = loadTokens();
      const css = compileStylesheet(join(pkg, 'src', 'styles', name), { tokens }).css;
      const rules = /^\s*(\/\*[^]*?\*\/\s*)?[^{}]*\{/.test(css);
      const { code } = await transform(rules ? css : `a{${css}}`, { loader: 'css', minify: true });
      minified.set(name, rules ? code.trim() : code.trim().slice(2, -1));
    }
    return minified.get(name);
  };
  const including = new Map();
  for (const file of await stylesheets()) {
    const source = await readFile(join(pkg, 'src', file), 'utf8');
    const built = await readFile(join(pkg, 'dist', file), 'utf8');
    assert.doesNotMatch(built, /@import/, `dist/${file}`);
    for (const [, name] of source.matchAll(/@import ['"]\.\.\/styles\/(_[\w-]+\.css)['"];/g)) {
      assert.ok(built.includes(await blockOf(name)), `dist/${file} carries ${name}`);
      including.set(name, (including.get(name) ?? 0) + 1);
    }
  }
  assert.ok(
    including.get('_block-host.css') >= 10,
    `${including.get('_block-host.css')} stylesheets import the host block`,
  );
  assert.ok(
    including.get('_focus-ring.css') >= 10,
    `${including.get('_focus-ring.css')} stylesheets import the focus ring`,
  );
});
