// The token contract between component CSS and @polder/tokens.
//
// Component CSS reads tokens as `var(--polder-…)`. At build time every such reference to a token is written as
// `var(--polder-x, <the default theme's light value>)`, taken from @polder/tokens' JSON, so a fallback can never
// drift from the theme: whatever fallback the source carries (or none) is replaced. A `--polder-…` name that is
// not a token is allowed only as a component-local custom property, declared in the same stylesheet
// (`--polder-card-inner-gap: calc(…)`); anything else fails the build, naming the file, the line and the name.
// `contractProblems()` adds the other half of the contract, run by the package's tests: every component token
// (tokens/components/<name>.json) is used by the stylesheets in src/<name>/ (or by a shared stylesheet named
// <name>.css), and every CSS custom property an element documents (`@cssprop`) is a token or one its stylesheet
// declares.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
export const src = join(pkg, 'src');

/**
 * The built tokens: a map from CSS variable name (`--polder-button-color`) to its value in the default theme's
 * light scheme, its tier and its source file (`tokens/components/button.json`).
 */
export function loadTokens() {
  const require = createRequire(join(pkg, 'package.json'));
  let catalogue, themes;
  try {
    catalogue = require('@polder/tokens/json/tokens.json');
    themes = require('@polder/tokens/json/themes.json');
  } catch (error) {
    throw new Error(
      `The built tokens are missing (${error.message.split('\n')[0]}): run \`npm run build -w @polder/tokens\` first.`,
      { cause: error },
    );
  }
  const defaultTheme = (Array.isArray(themes) ? themes.find((t) => t.default) : themes.default)?.name ?? 'polder';
  const tokens = new Map();
  for (const token of catalogue) {
    const value = token.values?.[defaultTheme]?.light?.value;
    tokens.set(token.cssVariable, {
      value: value === undefined ? undefined : String(value),
      tier: token.tier,
      file: token.file,
    });
  }
  return { tokens, defaultTheme };
}

/**
 * Every stylesheet under src/, as paths relative to src/ (new components are picked up without a list). Shared
 * blocks (`src/styles/_<name>.css`, a name starting with `_`) are not stylesheets of their own: they are inlined
 * where a stylesheet imports them (see compileStylesheet).
 */
export async function stylesheets(dir = src) {
  return (await readdir(dir, { recursive: true }))
    .filter((f) => f.endsWith('.css') && !basename(f).startsWith('_'))
    .sort();
}

/** The shared blocks under src/ (`_<name>.css`), as paths relative to src/. */
export async function sharedBlocks(dir = src) {
  return (await readdir(dir, { recursive: true }))
    .filter((f) => f.endsWith('.css') && basename(f).startsWith('_'))
    .sort();
}

const repo = join(pkg, '..', '..');
/** A file's name in messages: relative to the repository when it is inside it. */
const label = (path) => (relative(repo, path).startsWith('..') ? path : relative(repo, path).split(sep).join('/'));

/**
 * A stylesheet as it is published, self-contained: every `@import "<relative path>.css";` is replaced by that
 * file's CSS (recursively), and every token reference gets the default theme's value as its fallback
 * (applyTokens). A shared block (src/styles/_<name>.css) holds either whole rules, imported at the top of a
 * stylesheet, or declarations only, imported inside a rule whose selector is the component's own (the focus ring,
 * visually hidden): either way the published CSS carries it inlined, and no browser ever sees the `@import`.
 * Each file is checked against the token contract on its own, so a problem names the file and
 * line where it is written. This is the one way component CSS is read: the build (`.styles.ts` modules and the
 * published `.css` files, hence @polder/css), the test runner, the docs site and the token contract test.
 * Returns the CSS, the `--polder-…` names it and its imports read, the problems, and the files it inlined.
 * An `@import` of anything other than a relative `.css` file, or an import cycle, throws.
 */
export function compileStylesheet(path, { tokens, source, file, chain = [] } = {}) {
  tokens ??= loadTokens().tokens;
  source ??= readFileSync(path, 'utf8');
  file ??= label(path);
  const result = applyTokens(source, { file, tokens });
  const used = new Set(result.used);
  const problems = [...result.problems];
  const includes = [];
  const clean = blankCommentsAndStrings(result.css);
  let css = '';
  let at = 0;
  for (const m of clean.matchAll(/@import\b[^;]*;/g)) {
    const statement = result.css.slice(m.index, m.index + m[0].length);
    const href = /^@import\s+(?:url\(\s*)?(["'])([^"']+)\1\s*\)?\s*;$/.exec(statement)?.[2];
    if (!href || !href.startsWith('.') || !href.endsWith('.css'))
      throw new Error(
        `${file}:${lineOf(source, m.index)}: only \`@import "./relative/file.css";\` (no url(), media or layer) can be inlined: ${statement}`,
      );
    const target = resolve(dirname(path), href);
    if (target === path || chain.includes(target)) throw new Error(`${file}: @import cycle through ${label(target)}`);
    const inner = compileStylesheet(target, { tokens, chain: [...chain, path] });
    for (const name of inner.used) used.add(name);
    problems.push(...inner.problems);
    includes.push(target, ...inner.includes);
    css += result.css.slice(at, m.index) + inner.css.trim();
    at = m.index + m[0].length;
  }
  css += result.css.slice(at);
  return { css, used, problems, includes };
}

/** The `--polder-…` custom properties a stylesheet declares itself (its component-local properties). */
export function declaredProperties(css) {
  const names = new Set();
  for (const m of blankCommentsAndStrings(css).matchAll(/(?:^|[;{\s])(--polder-[\w-]+)\s*:/g)) names.add(m[1]);
  return names;
}

/** CSS with comments and the inside of strings blanked out (same length, so offsets and lines stay right). */
function blankCommentsAndStrings(css) {
  return css.replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (match) =>
    match.startsWith('/*')
      ? match.replace(/[^\n]/g, ' ')
      : match[0] + match.slice(1, -1).replace(/[^\n]/g, ' ') + match.at(-1),
  );
}

const lineOf = (css, offset) => css.slice(0, offset).split('\n').length;

/** The index just past the `)` that closes the parenthesis opened before `from` (strings and nesting aware). */
function closing(css, from) {
  let depth = 1;
  for (let i = from; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      i = end === -1 ? css.length : end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Writes every `var(--polder-<token>[, anything])` as `var(--polder-<token>, <default value>)`.
 * Returns the new CSS, the `--polder-…` names it reads, and the problems found (unknown names), each
 * `{ file, line, name, message }`.
 */
export function applyTokens(css, { file, tokens }) {
  const clean = blankCommentsAndStrings(css);
  const local = declaredProperties(css);
  const used = new Set();
  const problems = [];
  const rewrite = (start, end) => {
    let out = '';
    let at = start;
    const pattern = /(?<![\w-])var\(\s*(--[\w-]+)\s*/g;
    pattern.lastIndex = start;
    for (let m; (m = pattern.exec(clean)) && m.index < end;) {
      const close = closing(clean, m.index + 4);
      if (close === -1 || close > end) break;
      const name = m[1];
      const afterName = m.index + m[0].length;
      const hasFallback = clean[afterName] === ',';
      out += css.slice(at, m.index);
      at = close;
      pattern.lastIndex = close;
      if (!name.startsWith('--polder-')) {
        out += css.slice(m.index, close);
        continue;
      }
      used.add(name);
      const token = tokens.get(name);
      if (token && token.value !== undefined && !/[;{}]/.test(token.value)) {
        out += `var(${name}, ${token.value})`;
        continue;
      }
      if (!token && !local.has(name)) {
        const line = lineOf(css, m.index);
        const near = nearest(name, tokens);
        problems.push({
          file,
          line,
          name,
          message: `${file}:${line}: ${name} is not a token and not declared in this stylesheet.${near ? ` Did you mean ${near}?` : ''}`,
        });
      } else if (token) {
        problems.push({
          file,
          line: lineOf(css, m.index),
          name,
          message: `${file}:${lineOf(css, m.index)}: ${name} has no usable value in the default theme (${JSON.stringify(token.value)}).`,
        });
      }
      // A local property (or an unknown one) keeps its own fallback; tokens inside that fallback are still written.
      out += hasFallback
        ? `${css.slice(m.index, afterName + 1)}${rewrite(afterName + 1, close - 1)})`
        : css.slice(m.index, close);
    }
    return out + css.slice(at, end);
  };
  return { css: rewrite(0, css.length), used, problems };
}

/** The closest token name (for a typo), if one is close enough to be a likely meaning. */
function nearest(name, tokens) {
  let best;
  let bestDistance = Math.max(3, Math.floor(name.length / 6));
  for (const candidate of tokens.keys()) {
    if (Math.abs(candidate.length - name.length) > bestDistance) continue;
    const d = distance(name, candidate);
    if (d <= bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

export const HOW_TO_FIX =
  'A component stylesheet reads tokens: add the token to tokens/components/<component>.json and run ' +
  '`npm run build -w @polder/tokens`, fix the name, or declare a component-local custom property in the ' +
  'stylesheet that uses it.';

/**
 * Reads and rewrites every stylesheet. Strict (the build): throws one error listing every unknown name.
 * Otherwise (test and docs servers while you work) an unknown name keeps the fallback written in the source and
 * one warning says so; the build and `npm test` still fail on it.
 */
export async function tokenizedStylesheets({ strict = true } = {}) {
  const { tokens } = loadTokens();
  const files = await stylesheets();
  const results = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(src, file), 'utf8');
      const name = `src/${file.split(sep).join('/')}`;
      return { file, source, ...compileStylesheet(join(src, file), { tokens, source, file: name }) };
    }),
  );
  const problems = results.flatMap((r) => r.problems);
  if (problems.length && strict)
    throw new Error(
      `Component CSS breaks the token contract:\n  ${problems.map((p) => p.message).join('\n  ')}\n${HOW_TO_FIX}`,
    );
  if (problems.length) {
    const files = [...new Set(problems.map((p) => p.file))];
    console.warn(
      `Token contract: ${problems.length} unknown --polder-… name(s) in ${files.join(', ')}; they keep their ` +
        'written fallbacks here, and the build fails on them. `node packages/components/scripts/styles.mjs` lists them.',
    );
  }
  return results;
}

/**
 * The whole contract over the real sources, as a list of messages (empty when it holds):
 * unknown names, component tokens no stylesheet of their component uses, and documented custom properties
 * (`@cssprop`, read from custom-elements.json when it has been built) that are neither tokens nor local.
 */
export async function contractProblems({
  tokens = loadTokens().tokens,
  dir = src,
  manifestPath = join(pkg, 'custom-elements.json'),
} = {}) {
  const problems = [];
  const byFolder = new Map(); // component folder → { used, local }
  const bySheet = new Map(); // stylesheet name (`fieldset` for form-control/fieldset.css) → used names
  const imported = new Set();
  for (const file of await stylesheets(dir)) {
    const css = await readFile(join(dir, file), 'utf8');
    const result = compileStylesheet(join(dir, file), {
      tokens,
      source: css,
      file: `src/${file.split(sep).join('/')}`,
    });
    for (const path of result.includes) imported.add(path);
    problems.push(...result.problems.map((p) => p.message));
    const folder = file.split(sep)[0];
    const entry = byFolder.get(folder) ?? { used: new Set(), local: new Set() };
    for (const name of result.used) entry.used.add(name);
    for (const name of declaredProperties(css)) entry.local.add(name);
    byFolder.set(folder, entry);
    const sheet = basename(file, '.css');
    bySheet.set(sheet, new Set([...(bySheet.get(sheet) ?? []), ...result.used]));
  }

  for (const file of await sharedBlocks(dir))
    if (!imported.has(join(dir, file)))
      problems.push(`src/${file.split(sep).join('/')}: a shared block no stylesheet imports: import it or remove it.`);

  // A component's tokens (tokens/components/<name>.json) are read by the stylesheets in src/<name>/, or by a
  // shared stylesheet named after them (src/form-control/fieldset.css for fieldset.json).
  const unused = new Map(); // token file → names
  const missing = new Set();
  for (const [name, token] of tokens) {
    const match = /^tokens\/components\/(.+)\.json$/.exec(token.file ?? '');
    if (token.tier !== 'component' || !match) continue;
    const component = match[1];
    if (!byFolder.has(component) && !bySheet.has(component)) {
      missing.add(token.file);
      continue;
    }
    const used = byFolder.get(component)?.used.has(name) || bySheet.get(component)?.has(name);
    if (!used) unused.set(token.file, [...(unused.get(token.file) ?? []), name]);
  }
  for (const file of missing) {
    const component = /([^/]+)\.json$/.exec(file)[1];
    problems.push(
      `${file}: no stylesheet uses its tokens: neither one in packages/components/src/${component}/ nor one named ${component}.css.`,
    );
  }
  for (const [file, names] of unused)
    problems.push(
      `${file}: ${names.length === 1 ? 'this token is' : 'these tokens are'} not used by its component's stylesheets: ${names.join(', ')}. Use or remove (a removal is a breaking change: add a changeset).`,
    );

  if (manifestPath && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const mod of manifest.modules ?? [])
      for (const declaration of mod.declarations ?? [])
        for (const { name } of declaration.cssProperties ?? []) {
          const folder = mod.path.split('/').at(-2);
          if (!tokens.has(name) && !byFolder.get(folder)?.local.has(name))
            problems.push(
              `${mod.path.replace(/\.js$/, '.ts')}: ${declaration.tagName ?? declaration.name} documents @cssprop ${name}, which is not a token.`,
            );
        }
  }
  return problems;
}
