// The outputs exist, parse, keep references, and redeclare colour tokens per colour scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postcss from 'postcss';
import scss from 'postcss-scss';
import ts from 'typescript';
import { buildOnce } from './helpers.mjs';

const read = (outDir, file) => fs.readFileSync(path.join(outDir, file), 'utf8');
const json = (outDir, file) => JSON.parse(read(outDir, file));
const ATTR = 'data-polder-color-scheme';

async function context() {
  const { outDir } = await buildOnce();
  const themes = json(outDir, 'json/themes.json');
  const catalogue = json(outDir, 'json/tokens.json');
  const schemeTokens = catalogue
    .filter((t) => t.type === 'color' && t.tier !== 'brand')
    .map((t) => t.cssVariable)
    .sort();
  return { outDir, themes, catalogue, schemeTokens };
}

/** Custom properties declared directly in the rule with exactly this selector list. */
function declared(root, selectors, inMedia = false) {
  const found = [];
  root.walkRules((rule) => {
    const media = rule.parent.type === 'atrule' && rule.parent.name === 'media';
    const where = /^:where\(([\s\S]*)\)$/.exec(rule.selector);
    assert.ok(where, `${rule.selector} is wrapped in :where() (zero specificity)`);
    const list = postcss.list.comma(where[1]).map((s) => s.trim());
    if (media !== inMedia || list.join(',') !== selectors.join(',')) return;
    for (const node of rule.nodes) if (node.type === 'decl' && node.prop.startsWith('--')) found.push(node.prop);
  });
  return found.sort();
}

test('every documented file exists', async () => {
  const { outDir, themes } = await context();
  const files = [
    'css/properties.css',
    'js/index.js',
    'js/index.d.ts',
    'json/themes.json',
    'json/tokens.json',
    'contrast-report.json',
    'contrast-report.md',
    ...themes.flatMap(({ name }) => [
      `css/${name}.css`,
      `css/${name}.root.css`,
      `scss/_${name}.scss`,
      `js/${name}.js`,
      `js/${name}.d.ts`,
      `json/${name}.json`,
      `json/${name}.flat.json`,
    ]),
  ];
  for (const file of files) assert.ok(fs.existsSync(path.join(outDir, file)), file);
  assert.deepEqual(
    themes.map((t) => t.name),
    ['polder', 'gemeente-voorbeeld', 'waterschap-voorbeeld'],
  );
  for (const theme of themes) assert.equal(typeof theme.label, 'string');
  assert.equal(themes.filter((t) => t.default).length, 1);
});

test('theme CSS parses and redeclares every colour token wherever a colour scheme applies (class scope)', async () => {
  const { outDir, themes, schemeTokens } = await context();
  for (const { name } of themes) {
    const root = postcss.parse(read(outDir, `css/${name}.css`), { from: `${name}.css` });
    const host = `.polder-theme-${name}`;
    // Declared once for the theme root and every element with the attribute: same text in both schemes.
    const everywhere = declared(root, [host, `${host} [${ATTR}]`]);
    const light = declared(root, [host, `${host} [${ATTR}='light']`, `${host}[${ATTR}='light']`]);
    const darkMedia = declared(root, [`${host}:not([${ATTR}='light'])`], true);
    const dark = declared(root, [`${host} [${ATTR}='dark']`, `${host}[${ATTR}='dark']`]);
    const base = declared(root, [host]);
    for (const [label, list] of [
      ['light', light],
      ['dark (media)', darkMedia],
      ['dark (attribute)', dark],
    ]) {
      const missing = schemeTokens.filter((t) => !list.includes(t) && !everywhere.includes(t));
      assert.deepEqual(missing, [], `${name}: ${label} lacks colour tokens`);
    }
    assert.deepEqual(dark, darkMedia);
    assert.deepEqual(light, dark);
    assert.ok(!everywhere.some((p) => light.includes(p)), 'a token is declared everywhere or per scheme, not both');
    assert.ok(!base.some((p) => light.includes(p) || everywhere.includes(p)), 'scheme-independent tokens once');
    root.walkAtRules('media', (rule) => assert.equal(rule.params, '(prefers-color-scheme: dark)'));
  }
});

test(':root CSS parses and scopes the schemes to the attribute anywhere', async () => {
  const { outDir, themes, schemeTokens } = await context();
  for (const { name } of themes) {
    const root = postcss.parse(read(outDir, `css/${name}.root.css`), { from: `${name}.root.css` });
    assert.ok(declared(root, [':root']).includes('--polder-text-font-size-md'));
    const everywhere = declared(root, [':root', `[${ATTR}]`]);
    assert.deepEqual(
      declared(root, [':root', `[${ATTR}='light']`]),
      schemeTokens.length ? declared(root, [`[${ATTR}='dark']`]) : [],
    );
    const dark = declared(root, [`[${ATTR}='dark']`]);
    assert.deepEqual(
      schemeTokens.filter((t) => !dark.includes(t) && !everywhere.includes(t)),
      [],
    );
    assert.deepEqual(declared(root, [`:root:not([${ATTR}='light'])`], true), dark);
  }
});

test('component and common tokens keep their references in CSS', async () => {
  const { outDir } = await context();
  const css = read(outDir, 'css/polder.css');
  assert.match(css, /--polder-button-primary-background-color: var\(--polder-color-action-bg-default\);/);
  assert.match(css, /--polder-color-action-bg-default: var\(--polder-brand-color-primary-700\);/);
  assert.match(css, /--polder-color-action-bg-default: var\(--polder-brand-color-primary-300\);/, 'dark');
  assert.match(css, /--polder-form-control-min-block-size: var\(--polder-pointer-target-min-size\);/);
  assert.match(css, /--polder-text-font-size-md: 1\.125rem;/);
});

test('@property rules for colour and length tokens, with computationally independent initial values', async () => {
  const { outDir, catalogue } = await context();
  const root = postcss.parse(read(outDir, 'css/properties.css'));
  const rules = new Map();
  root.walkAtRules('property', (rule) => {
    const decls = Object.fromEntries(rule.nodes.map((d) => [d.prop, d.value]));
    rules.set(rule.params, decls);
  });
  const expected = catalogue.filter((t) => t.type === 'color' || t.type === 'dimension');
  assert.equal(rules.size, expected.length);
  for (const token of expected) {
    const rule = rules.get(token.cssVariable);
    assert.ok(rule, token.cssVariable);
    assert.equal(rule.syntax, token.type === 'color' ? "'<color>'" : "'<length>'");
    assert.equal(rule.inherits, 'true');
    assert.doesNotMatch(rule['initial-value'], /var\(|rem|em$/, token.cssVariable);
  }
  assert.equal(rules.get('--polder-text-font-size-md')['initial-value'], '18px');
});

test('SCSS parses, has a variable per token and the theme mixin', async () => {
  const { outDir, themes, catalogue } = await context();
  for (const { name } of themes) {
    const root = scss.parse(read(outDir, `scss/_${name}.scss`));
    const variables = root.nodes.filter((n) => n.type === 'decl' && n.prop.startsWith('$polder-'));
    assert.equal(variables.length, catalogue.length);
    const names = new Set(variables.map((v) => v.prop));
    // Sass variables are defined before they are referenced
    const seen = new Set();
    for (const v of variables) {
      for (const [, ref] of v.value.matchAll(/(\$polder-[a-z0-9-]+)/g))
        assert.ok(seen.has(ref) || !names.has(ref), `${v.prop} uses ${ref} before it is defined`);
      seen.add(v.prop);
    }
    const mixins = root.nodes.filter((n) => n.type === 'atrule' && n.name === 'mixin');
    assert.deepEqual(
      mixins.map((m) => m.params),
      ['theme($color-scheme: auto)'],
    );
    const text = mixins[0].toString();
    assert.match(text, /@media \(prefers-color-scheme: dark\)/);
    assert.match(text, /& \[data-polder-color-scheme='dark'\]/);
  }
});

test('JavaScript modules load, with values for every token in both schemes', async () => {
  const { outDir, themes, catalogue } = await context();
  const index = await import(pathToFileURL(path.join(outDir, 'js/index.js')));
  assert.equal(index.tokenNames.length, catalogue.length);
  assert.equal(index.cssVar('polder.focus.outline-color'), 'var(--polder-focus-outline-color)');
  assert.equal(index.cssVar('polder.space.block.md', '1rem'), 'var(--polder-space-block-md, 1rem)');
  assert.deepEqual(
    index.themes.map((t) => t.name),
    themes.map((t) => t.name),
  );
  for (const { name } of themes) {
    const mod = await import(pathToFileURL(path.join(outDir, `js/${name}.js`)));
    assert.equal(mod.theme.name, name);
    for (const scheme of ['light', 'dark'])
      assert.deepEqual(Object.keys(mod[scheme]).sort(), [...index.tokenNames].sort(), `${name} ${scheme}`);
    assert.notEqual(mod.light['polder.color.default.bg-default'], mod.dark['polder.color.default.bg-default']);
    assert.equal(mod.default.light, mod.light);
  }
});

test('the .d.ts types token names: a wrong name does not compile', async () => {
  const { outDir } = await context();
  const file = path.join(outDir, 'js/check.ts');
  fs.writeFileSync(
    file,
    [
      "import { cssVar, tokenNames, type TokenName, type CssVariable } from './index.js';",
      "import { light, dark, theme } from './gemeente-voorbeeld.js';",
      "const name: TokenName = 'polder.color.action.bg-default';",
      "const variable: CssVariable = '--polder-button-primary-color';",
      "const color: string = light['polder.focus.outline-color'] + dark[name];",
      "const lineHeight: number = light['polder.text.line-height.md'];",
      "const themeName: 'gemeente-voorbeeld' = theme.name;",
      'const all: ReadonlyArray<TokenName> = tokenNames;',
      'cssVar(name);',
      '// @ts-expect-error not a token',
      "cssVar('polder.color.action.bg-defualt');",
      '// @ts-expect-error not a custom property',
      "const wrong: CssVariable = '--polder-nope';",
      'export { variable, color, lineHeight, themeName, all, wrong };',
    ].join('\n'),
  );
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: false,
    types: [],
    lib: ['lib.es2022.d.ts'],
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(diagnostics, []);
});

test('nested and flat JSON per theme with both schemes', async () => {
  const { outDir, themes, catalogue } = await context();
  for (const { name } of themes) {
    const nested = json(outDir, `json/${name}.json`);
    const flat = json(outDir, `json/${name}.flat.json`);
    for (const scheme of ['light', 'dark']) {
      assert.equal(Object.keys(flat[scheme]).length, catalogue.length);
      assert.equal(nested[scheme].polder.color.action['bg-default'], flat[scheme]['polder-color-action-bg-default']);
      assert.equal(
        nested[scheme].polder.button.primary.hover['background-color'],
        flat[scheme]['polder-button-primary-hover-background-color'],
      );
    }
  }
  for (const token of catalogue) {
    assert.match(token.cssVariable, /^--polder-[a-z0-9-]+$/);
    assert.ok(['brand', 'common', 'component'].includes(token.tier));
    assert.equal(Object.keys(token.values).length, themes.length, token.name);
  }
});

test('package.json exports map every documented subpath to a built file, types first', async () => {
  const { outDir } = await context();
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.name, '@polder/tokens');
  assert.equal(pkg.type, 'module');
  // The built files, and the polder-theme command with the build modules it runs on (no style-dictionary, no
  // mdn-data: those stay build-time only).
  assert.equal(pkg.files[0], 'dist');
  assert.equal(pkg.bin['polder-theme'], './bin/polder-theme.mjs');
  assert.ok(pkg.files.includes('bin') && pkg.files.includes('src/theme'));
  assert.ok(!pkg.files.some((f) => /src\/(build|load|outputs)\.mjs|^src$/.test(f)));
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['colorjs.io', 'postcss']);
  assert.deepEqual(pkg.sideEffects, ['**/*.css']);
  /** Node's subpath pattern matching, enough for this map. */
  function resolve(subpath, condition) {
    const keys = Object.keys(pkg.exports).sort((a, b) => b.length - a.length);
    for (const key of keys) {
      const [prefix, suffix = ''] = key.split('*');
      const exact = !key.includes('*') && key === subpath;
      const match = key.includes('*') && subpath.startsWith(prefix) && subpath.endsWith(suffix);
      if (!exact && !match) continue;
      let target = pkg.exports[key];
      if (typeof target === 'object') {
        assert.equal(Object.keys(target)[0], 'types', `${key}: types first`);
        target = target[condition] ?? target.default;
      }
      return match ? target.replace('*', subpath.slice(prefix.length, subpath.length - suffix.length)) : target;
    }
    return null;
  }
  const check = (subpath, condition = 'default') => {
    const target = resolve(subpath, condition);
    assert.ok(target?.startsWith('./dist/') || target === './package.json', `${subpath} is exported`);
    if (target.startsWith('./dist/'))
      assert.ok(fs.existsSync(path.join(outDir, target.slice('./dist/'.length))), `${subpath} → ${target}`);
  };
  check('.');
  check('.', 'types');
  for (const theme of ['polder', 'gemeente-voorbeeld', 'waterschap-voorbeeld']) {
    check(`./css/${theme}.css`);
    check(`./css/${theme}.root.css`);
    check(`./scss/_${theme}.scss`);
    check(`./js/${theme}.js`);
    check(`./js/${theme}.js`, 'types');
    check(`./js/${theme}`);
    check(`./json/${theme}.json`);
    check(`./json/${theme}.flat.json`);
  }
  check('./css/properties.css');
  check('./json/themes.json');
  check('./json/tokens.json');
  check('./contrast-report.json');
  check('./package.json');
});
