/**
 * Reads an NL Design System theme: an npm package (its built CSS), a .css file or a tokens .json file, and
 * optionally its dark colour scheme and an override file. Returns custom properties with var() chains resolved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import postcss from 'postcss';

export class ThemeInputError extends Error {
  name = 'ThemeInputError';
}

const PACKAGE_CSS = ['dist/theme.css', 'dist/index.css', 'dist/root.css'];
const PACKAGE_DARK = [
  'dist/color-scheme-dark/theme.css',
  'dist/color-scheme-dark/index.css',
  'dist/dark/theme.css',
  'dist/dark/index.css',
];
const PACKAGE_FONTS = ['dist/font.css', 'dist/fonts.css'];

/**
 * Where the theme's files are: a path to a .css or .json file, or an npm package name resolved from `cwd`.
 * @returns {{ light: string, dark?: string, fonts: string[], label: string }}
 */
export function locate(input, { cwd = process.cwd(), dark } = {}) {
  const found = { light: '', dark: dark ? path.resolve(cwd, dark) : undefined, fonts: [], label: input };
  if (/\.(css|json)$/i.test(input)) {
    found.light = path.resolve(cwd, input);
    if (!fs.existsSync(found.light)) throw new ThemeInputError(`${input}: file not found`);
  } else {
    let dir;
    try {
      const require = createRequire(path.join(cwd, 'index.js'));
      dir = path.dirname(require.resolve(`${input}/package.json`));
    } catch {
      throw new ThemeInputError(
        `${input}: no such file, and not an installed npm package (npm install --save-dev ${input})`,
      );
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const candidates = [...PACKAGE_CSS, ...[manifest.style, manifest.main].filter((f) => f?.endsWith('.css'))];
    const css = candidates.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!css)
      throw new ThemeInputError(
        `${input}: the package has no built theme CSS (looked for ${candidates.join(', ')}); pass the .css file`,
      );
    found.light = css;
    found.label = `${manifest.name}@${manifest.version}`;
    found.dark ??= PACKAGE_DARK.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    found.fonts = PACKAGE_FONTS.map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
  }
  if (found.dark && !fs.existsSync(found.dark)) throw new ThemeInputError(`${dark}: file not found`);
  return found;
}

function parseCss(css, file) {
  try {
    return postcss.parse(css, { from: file });
  } catch (error) {
    throw new ThemeInputError(`${file}: not valid CSS (${error.reason ?? error.message}, line ${error.line})`);
  }
}

/** Custom properties of the rule with the most of them (the theme rule), in source order. */
export function themeRule(css, file) {
  const root = parseCss(css, file);
  let best = { selector: '', properties: new Map() };
  root.walkRules((rule) => {
    const properties = new Map();
    for (const node of rule.nodes ?? [])
      if (node.type === 'decl' && node.prop.startsWith('--')) properties.set(node.prop, declared(node));
    if (properties.size > best.properties.size) best = { selector: rule.selector, properties };
  });
  return best;
}

const declared = (decl) => (decl.important ? `${decl.value} !important` : decl.value);

/** Flattens an NL Design System tokens.json (style-dictionary output or DTCG) into custom properties. */
export function tokensJson(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ThemeInputError(`${file}: not valid JSON (${error.message})`);
  }
  const properties = new Map();
  const walk = (node, trail) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    // A value that was a reference in the source (style-dictionary keeps it as `original`) stays one, so an
    // override of the referenced token reaches it, as with the CSS; other values are taken resolved.
    const original = node.original?.$value ?? node.original?.value;
    const resolved = node.$value ?? node.value;
    const value = typeof original === 'string' && /^\{[^{}]+\}$/.test(original.trim()) ? original.trim() : resolved;
    if (value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
      const name = `--${(Array.isArray(node.path) ? node.path : trail).join('-')}`;
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      // DTCG references {a.b.c} become var(--a-b-c), resolved like the CSS input.
      properties.set(
        name,
        text.replace(/\{([^{}]+)\}/g, (_, ref) => `var(--${ref.split('.').join('-')})`),
      );
      return;
    }
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('$')) walk(child, [...trail, key]);
  };
  walk(json, []);
  return { selector: '(tokens.json)', properties };
}

/** Reads one theme file (.css: the theme rule; .json: all tokens). */
export function readThemeFile(file) {
  const text = fs.readFileSync(file, 'utf8');
  return file.toLowerCase().endsWith('.json') ? tokensJson(text, file) : themeRule(text, file);
}

/**
 * Resolves var() chains (with fallbacks) to values. A property whose chain ends in an unknown property without
 * a fallback, or goes round in a circle, is left out and reported.
 * @param {Map<string, string>} properties
 */
export function resolveVars(properties) {
  const resolved = new Map();
  const unresolved = new Map();
  const resolve = (name, stack) => {
    if (resolved.has(name)) return resolved.get(name);
    if (stack.includes(name)) throw new ThemeInputError(`var() cycle: ${[...stack, name].join(' → ')}`);
    const raw = properties.get(name);
    const value = substitute(raw, [...stack, name]);
    resolved.set(name, value);
    return value;
  };
  const substitute = (value, stack) => {
    let out = '';
    let rest = value;
    for (;;) {
      const at = rest.indexOf('var(');
      if (at < 0) return out + rest;
      const end = closing(rest, at + 3);
      const inner = rest.slice(at + 4, end);
      const comma = topLevelComma(inner);
      const target = (comma < 0 ? inner : inner.slice(0, comma)).trim();
      const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
      let replacement;
      if (properties.has(target)) replacement = resolve(target, stack);
      else if (fallback !== undefined) replacement = substitute(fallback, stack);
      else throw new ThemeInputError(`${stack[0]} uses ${target}, which the theme does not declare`);
      out += rest.slice(0, at) + replacement;
      rest = rest.slice(end + 1);
    }
  };
  for (const name of properties.keys()) {
    try {
      resolve(name, []);
    } catch (error) {
      if (!(error instanceof ThemeInputError)) throw error;
      resolved.delete(name);
      unresolved.set(name, error.message);
    }
  }
  for (const name of unresolved.keys()) resolved.delete(name);
  return { resolved, unresolved };
}

/**
 * Whether a property's value comes from one of `declared` (directly or through its var() chain): a dark scheme file
 * only overrides some colours, and only those (and what refers to them) are the theme's dark values.
 * @param {Map<string, string>} properties
 * @param {Set<string>} declared
 */
export function dependsOn(properties, declared) {
  const memo = new Map();
  const visit = (name, stack) => {
    if (declared.has(name)) return true;
    if (memo.has(name)) return memo.get(name);
    if (stack.has(name) || !properties.has(name)) return false;
    stack.add(name);
    const refs = [...properties.get(name).matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
    const result = refs.some((ref) => visit(ref, stack));
    memo.set(name, result);
    return result;
  };
  return (name) => visit(name, new Set());
}

function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new ThemeInputError(`unbalanced parentheses in ${JSON.stringify(text)}`);
}

function topLevelComma(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) return i;
  }
  return -1;
}

/**
 * Fonts that the theme's CSS loads from another host (@import or @font-face src with an absolute URL).
 * @returns {{ file: string, url: string }[]}
 */
export function remoteFonts(files) {
  const found = [];
  for (const file of files.filter((f) => f.toLowerCase().endsWith('.css'))) {
    const root = parseCss(fs.readFileSync(file, 'utf8'), file);
    const urls = (text) => [...text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)].map((m) => m[1]);
    root.walkAtRules((rule) => {
      if (rule.name === 'import') {
        const url = /^(?:url\()?\s*['"]?((?:https?:)?\/\/[^'")\s]+)/i.exec(rule.params)?.[1];
        if (url) found.push({ file, url });
      }
      if (rule.name === 'font-face')
        rule.walkDecls('src', (decl) => found.push(...urls(decl.value).map((url) => ({ file, url }))));
    });
  }
  return found;
}

/**
 * An override file: CSS custom properties (NL Design System names or Polder's own --polder-* names). Declarations
 * in rules whose selector mentions "dark", or inside @media (prefers-color-scheme: dark), are the dark scheme.
 * @returns {{ light: Map<string, string>, dark: Map<string, string> }}
 */
export function readOverride(file) {
  if (!fs.existsSync(file)) throw new ThemeInputError(`${file}: file not found`);
  const root = parseCss(fs.readFileSync(file, 'utf8'), file);
  const out = { light: new Map(), dark: new Map() };
  root.walkDecls(/^--/, (decl) => {
    const rule = decl.parent;
    const media = rule.parent?.type === 'atrule' && /prefers-color-scheme:\s*dark/.test(rule.parent.params);
    const dark = media || /dark/i.test(rule.selector ?? '');
    out[dark ? 'dark' : 'light'].set(decl.prop, declared(decl));
  });
  return out;
}
