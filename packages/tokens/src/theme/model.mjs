/**
 * A theme as the token build sees it, made from the published catalogue (dist/json/tokens.json) instead of the
 * source folder, so `polder-theme` works from the installed package. A theme is Polder's default theme with
 * overrides; it is resolved, checked and written by the build's own code: resolveTokens, checkContrast,
 * schemeDependent and themeCss.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorList } from '../errors.mjs';
import { resolveTokens } from '../resolve.mjs';
import { checkContrast, EXTENSION } from '../contrast.mjs';
import { schemeDependent, themeCss } from '../css.mjs';

export const SCHEMES = /** @type {const} */ (['light', 'dark']);
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

/**
 * @typedef {{ name: string, cssVariable: string, type: string, tier: 'brand' | 'common' | 'component',
 *   description?: string, file: string, contrast?: { against: string, use: string }[],
 *   values: Record<string, Record<'light' | 'dark', { value: unknown, reference?: string }>> }} Entry
 * @typedef {{ value: unknown, scheme?: 'light' | 'dark' }} Override
 */

/** Reads the catalogue of the built package. */
export function loadCatalogue(file = path.join(DIST, 'json/tokens.json')) {
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: build @polder/tokens first (npm run build -w @polder/tokens)`);
  /** @type {Entry[]} */
  const entries = JSON.parse(fs.readFileSync(file, 'utf8'));
  const themes = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'themes.json'), 'utf8'));
  const base = (themes.find((t) => t.default) ?? themes[0]).name;
  return { entries, byName: new Map(entries.map((e) => [e.name, e])), base };
}

const kebab = (name) => name.replaceAll('.', '-');

/** The merged (unresolved) tokens of the base theme in one scheme, in the shape the build's resolver reads. */
function baseTokens(catalogue, scheme) {
  const tokens = new Map();
  for (const entry of catalogue.entries) {
    const own = entry.values[catalogue.base]?.[scheme];
    if (!own) continue;
    tokens.set(entry.name, {
      path: entry.name,
      segments: entry.name.split('.'),
      file: entry.file,
      tier: entry.tier,
      value: own.reference ? `{${own.reference}}` : own.value,
      declaredType: entry.type,
      type: entry.type,
      description: entry.description,
      extensions: entry.contrast
        ? { [EXTENSION]: entry.contrast.map((p) => ({ against: `{${p.against}}`, use: p.use })) }
        : undefined,
      overriddenIn: [],
      scheme,
    });
  }
  return tokens;
}

/**
 * Applies overrides the way the build layers a theme: a light value applies to the dark scheme too unless the
 * base theme gives the token its own dark value (then the dark scheme keeps deriving it from the palette); a
 * dark value applies to the dark scheme only.
 * @param {ReturnType<typeof loadCatalogue>} catalogue
 * @param {{ light: Map<string, unknown>, dark: Map<string, unknown> }} overrides token name → value or "{reference}"
 */
export function compose(catalogue, overrides) {
  const light = baseTokens(catalogue, 'light');
  const dark = baseTokens(catalogue, 'dark');
  const set = (tokens, name, value) => {
    const token = tokens.get(name);
    if (!token) throw new Error(`unknown token ${name}`);
    tokens.set(name, { ...token, value, overriddenIn: ['override'] });
  };
  for (const [name, value] of overrides.light) {
    set(light, name, value);
    const entry = catalogue.byName.get(name);
    const own = entry.values[catalogue.base];
    if (JSON.stringify(own.light) === JSON.stringify(own.dark)) set(dark, name, value);
  }
  for (const [name, value] of overrides.dark) set(dark, name, value);
  return { light, dark };
}

/**
 * Resolves both schemes and checks every declared contrast pair with the build's checker.
 * @returns {{ resolved: Record<'light' | 'dark', Map<string, any>>, merged: { light: Map<string, any>, dark: Map<string, any> },
 *   contrast: any[], problems: import('../errors.mjs').TokenError[] }}
 */
export function analyse(merged, theme) {
  const errors = new ErrorList();
  const resolved = {};
  const contrast = [];
  for (const scheme of SCHEMES) {
    resolved[scheme] = resolveTokens(merged[scheme], errors);
    contrast.push(...checkContrast(resolved[scheme], merged[scheme], { theme, scheme }, errors));
  }
  return { resolved, merged, contrast, problems: errors.errors };
}

/** A dictionary in the shape themeCss reads: one entry per token with its CSS value or reference. */
function dictionary(resolved) {
  return {
    allTokens: [...resolved.values()].map((t) => ({
      name: kebab(t.path),
      path: t.segments,
      $value: t.resolved,
      reference: t.reference,
    })),
  };
}

/** One `--name: value;` line per token, references as var(). */
function declarations(dict, names, indentation = '  ') {
  return dict.allTokens
    .filter((t) => !names || names.has(t.name))
    .map((t) => `${indentation}--${t.name}: ${t.reference ? `var(--${kebab(t.reference)})` : cssValue(t.$value)};`)
    .join('\n');
}

const cssValue = (value) => (Array.isArray(value) ? value.join(', ') : String(value));

/** The class-scoped and the :root CSS of a theme, both colour schemes. */
export function themeFiles({ name, label, resolved }) {
  const lightDictionary = dictionary(resolved.light);
  const darkDictionary = dictionary(resolved.dark);
  const dependent = schemeDependent(resolved.light, resolved.dark);
  const args = { theme: name, label, lightDictionary, darkDictionary, dependent, declarations };
  return {
    [`${name}.css`]: themeCss({ ...args, scope: 'class' }),
    [`${name}.root.css`]: themeCss({ ...args, scope: 'root' }),
  };
}
