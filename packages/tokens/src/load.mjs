/**
 * Reads the token folder: the theme list, the layers of every theme and colour scheme, and every
 * token with the file it came from. Checks names while reading.
 *
 * tokens/
 *   themes.json                 the themes, in menu order: { "default", "themes": [{ name, label, description }] }
 *   brand/*.json                brand tier shared by all themes (status colour scales)
 *   common/*.json               common (semantic) tier
 *   components/*.json           component tier, one file per component: polder.<file name>.*
 *   themes/<name>/*.json        a theme: its brand tokens and, rarely, overrides of other tiers
 * A file named dark.json or *.dark.json applies to the dark colour scheme only, after all light files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CODES } from './errors.mjs';
import { TYPES } from './values.mjs';

const require = createRequire(import.meta.url);
const CSS_PROPERTIES = new Set(Object.keys(require('mdn-data/css/properties.json')));

export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN_KEYS = new Set(['$value', '$type', '$description', '$extensions', '$deprecated']);
const GROUP_KEYS = new Set(['$type', '$description', '$extensions', '$deprecated']);
const TIERS = ['brand', 'common', 'components'];

const PHYSICAL = {
  width: 'inline-size',
  height: 'block-size',
  'min-width': 'min-inline-size',
  'max-width': 'max-inline-size',
  'min-height': 'min-block-size',
  'max-height': 'max-block-size',
  top: 'inset-block-start',
  bottom: 'inset-block-end',
  left: 'inset-inline-start',
  right: 'inset-inline-end',
};
const SIDES = { top: 'block-start', bottom: 'block-end', left: 'inline-start', right: 'inline-end' };

/** The logical equivalent of a physical CSS property, or null when the property is not physical. */
export function logicalFor(property) {
  if (PHYSICAL[property]) return PHYSICAL[property];
  const corner = /^border-(top|bottom)-(left|right)-radius$/.exec(property);
  if (corner) return `border-${corner[1] === 'top' ? 'start' : 'end'}-${corner[2] === 'left' ? 'start' : 'end'}-radius`;
  const side = /(^|-)(top|bottom|left|right)(-|$)/.exec(property);
  if (side) return property.replace(side[0], `${side[1]}${SIDES[side[2]]}${side[3]}`);
  return null;
}

const isDark = (file) => file === 'dark.json' || file.endsWith('.dark.json');
const jsonFiles = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.json'))
        .map((d) => d.name)
        .sort()
    : [];

/**
 * @typedef {{ path: string, segments: string[], file: string, tier: string, value: unknown,
 *   type?: string, description?: string, extensions?: Record<string, unknown>, deprecated?: unknown }} SourceToken
 * @typedef {{ file: string, tier: string, scheme: 'light' | 'dark', theme?: string, tokens: SourceToken[] }} Layer
 */

/**
 * @param {string} tokensDir
 * @param {import('./errors.mjs').ErrorList} errors
 */
export function loadSources(tokensDir, errors) {
  const root = path.dirname(path.resolve(tokensDir));
  const rel = (file) => path.relative(root, file).split(path.sep).join('/');

  // The theme list
  const listFile = path.join(tokensDir, 'themes.json');
  /** @type {{ name: string, label: string, description?: string }[]} */
  let themes = [];
  let defaultTheme;
  const list = readJson(listFile, rel(listFile), errors);
  if (list) {
    if (!Array.isArray(list.themes) || !list.themes.length) {
      errors.add(
        CODES.structure,
        rel(listFile),
        '',
        'expected { "default": "<name>", "themes": [{ "name", "label" }] }',
      );
    } else {
      themes = list.themes;
      defaultTheme = list.default ?? themes[0].name;
      for (const theme of themes) {
        if (typeof theme.name !== 'string' || !SEGMENT.test(theme.name) || typeof theme.label !== 'string')
          errors.add(
            CODES.name,
            rel(listFile),
            '',
            `theme ${JSON.stringify(theme)} needs a kebab-case "name" and a "label"`,
          );
      }
      if (!themes.some((t) => t.name === defaultTheme))
        errors.add(CODES.structure, rel(listFile), '', `default theme "${defaultTheme}" is not in the list`);
    }
  }
  const themesDir = path.join(tokensDir, 'themes');
  const folders = fs.existsSync(themesDir)
    ? fs
        .readdirSync(themesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  for (const folder of folders)
    if (!themes.some((t) => t.name === folder))
      errors.add(
        CODES.structure,
        rel(path.join(themesDir, folder)),
        '',
        'this theme folder is not listed in themes.json',
      );
  for (const theme of themes)
    if (!folders.includes(theme.name))
      errors.add(CODES.structure, rel(listFile), '', `theme "${theme.name}" has no folder themes/${theme.name}/`);

  // The layers
  /** @type {Layer[]} */
  const base = [];
  const componentNames = jsonFiles(path.join(tokensDir, 'components')).map((f) => f.replace(/(\.dark)?\.json$/, ''));
  for (const tier of TIERS) {
    for (const name of jsonFiles(path.join(tokensDir, tier))) {
      const file = path.join(tokensDir, tier, name);
      base.push(readLayer(file, rel(file), tier, isDark(name) ? 'dark' : 'light', errors, { componentNames }));
    }
  }
  /** @type {Record<string, Layer[]>} */
  const themeLayers = {};
  for (const theme of themes) {
    themeLayers[theme.name] = jsonFiles(path.join(themesDir, theme.name)).map((name) => {
      const file = path.join(themesDir, theme.name, name);
      return readLayer(file, rel(file), 'theme', isDark(name) ? 'dark' : 'light', errors, {
        componentNames,
        theme: theme.name,
      });
    });
  }
  return { themes, defaultTheme, base: base.filter(Boolean), themeLayers, componentNames };
}

function readJson(file, relFile, errors) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    errors.add(CODES.structure, relFile, '', 'file is missing');
    return null;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    errors.add(CODES.json, relFile, '', `not valid JSON (${error.message})`);
    return null;
  }
}

function readLayer(file, relFile, tier, scheme, errors, { componentNames, theme }) {
  const json = readJson(file, relFile, errors);
  /** @type {Layer} */
  const layer = { file: relFile, tier, scheme, theme, tokens: [] };
  if (!json) return layer;
  if (typeof json !== 'object' || Array.isArray(json)) {
    errors.add(CODES.structure, relFile, '', 'a token file holds one JSON object');
    return layer;
  }
  const component = tier === 'components' ? path.basename(file).replace(/(\.dark)?\.json$/, '') : null;
  for (const key of Object.keys(json)) {
    if (key.startsWith('$')) {
      if (!GROUP_KEYS.has(key)) errors.add(CODES.name, relFile, '', `unknown property "${key}"`);
      continue;
    }
    if (key !== 'polder') {
      errors.add(CODES.name, relFile, key, 'token names start with "polder."');
      continue;
    }
    walk(json[key], ['polder'], undefined);
  }
  return layer;

  function walk(node, segments, inheritedType) {
    const tokenPath = segments.join('.');
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      errors.add(CODES.structure, relFile, tokenPath, 'expected a group or a token object with "$value"');
      return;
    }
    const type = node.$type ?? inheritedType;
    if ('$value' in node) {
      for (const key of Object.keys(node))
        if (!TOKEN_KEYS.has(key))
          errors.add(
            CODES.name,
            relFile,
            tokenPath,
            `a token cannot have "${key}" (tokens have no children; $ properties: ${[...TOKEN_KEYS].join(', ')})`,
          );
      checkName(segments);
      if (node.$type !== undefined && !TYPES.has(node.$type))
        errors.add(
          CODES.type,
          relFile,
          tokenPath,
          `unknown $type "${node.$type}" (supported: ${[...TYPES].join(', ')})`,
        );
      layer.tokens.push({
        path: tokenPath,
        segments,
        file: relFile,
        tier,
        value: node.$value,
        type: node.$type,
        groupType: node.$type === undefined ? inheritedType : undefined,
        description: node.$description,
        extensions: node.$extensions,
        deprecated: node.$deprecated,
      });
      return;
    }
    if (node.$type !== undefined && !TYPES.has(node.$type))
      errors.add(CODES.type, relFile, tokenPath, `unknown $type "${node.$type}" on a group`);
    let children = 0;
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('$')) {
        if (!GROUP_KEYS.has(key)) errors.add(CODES.name, relFile, tokenPath, `unknown group property "${key}"`);
        continue;
      }
      children++;
      if (!SEGMENT.test(key)) {
        errors.add(
          CODES.name,
          relFile,
          [...segments, key].join('.'),
          `name segment "${key}" is not lowercase kebab-case (a-z, 0-9, single hyphens)`,
        );
        continue;
      }
      walk(child, [...segments, key], type);
    }
    if (!children) errors.add(CODES.structure, relFile, tokenPath, 'empty group');
  }

  function checkName(segments) {
    const tokenPath = segments.join('.');
    if (segments.length < 3) {
      errors.add(CODES.name, relFile, tokenPath, 'a token name has at least three parts: polder.<category>.<name>');
      return;
    }
    const owner = segments[1];
    if (tier === 'components' && owner !== component) {
      errors.add(
        CODES.name,
        relFile,
        tokenPath,
        `tokens in components/${component}.json start with "polder.${component}."`,
      );
      return;
    }
    if ((tier === 'common' || tier === 'brand') && componentNames.includes(owner)) {
      errors.add(CODES.name, relFile, tokenPath, `"polder.${owner}" belongs to components/${owner}.json`);
      return;
    }
    if (tier === 'brand' && owner !== 'brand') {
      errors.add(CODES.name, relFile, tokenPath, 'brand tokens start with "polder.brand."');
      return;
    }
    if (tier === 'common' && owner === 'brand') {
      errors.add(CODES.name, relFile, tokenPath, '"polder.brand." tokens belong in brand/ or a theme');
      return;
    }
    const isComponent = tier === 'components' || (tier === 'theme' && componentNames.includes(owner));
    if (isComponent) {
      const property = segments.at(-1);
      const logical = logicalFor(property);
      if (logical) {
        errors.add(
          CODES.name,
          relFile,
          tokenPath,
          `"${property}" is a physical property; use the logical "${logical}"`,
        );
      } else if (!CSS_PROPERTIES.has(property)) {
        errors.add(
          CODES.name,
          relFile,
          tokenPath,
          `component token names end in a CSS property name; "${property}" is not one (e.g. color, background-color, padding-inline, min-block-size)`,
        );
      }
    }
  }
}
