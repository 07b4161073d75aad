/**
 * Turns resolved tokens into the published files, with style-dictionary doing the value transforms,
 * reference output and variable formatting.
 */
import StyleDictionary from 'style-dictionary';
import { formattedVariables } from 'style-dictionary/utils';
import { initialValue, toColor } from './values.mjs';

import { ATTRIBUTE, HEADER, themeCss as writeThemeCss } from './css.mjs';

export { ATTRIBUTE, schemeDependent } from './css.mjs';

StyleDictionary.registerTransform({
  name: 'polder/color',
  type: 'value',
  filter: (token) => (token.$type ?? token.type) === 'color',
  // Keep colours as authored (hex, transparent, CSS colour functions); DTCG colour objects become hex.
  transform: (token) => {
    const value = token.$value ?? token.value;
    return typeof value === 'string' ? value : toColor(value).to('srgb').toString({ format: 'hex' });
  },
});

const TRANSFORMS = [
  'attribute/cti',
  'name/kebab',
  'polder/color',
  'fontFamily/css',
  'cubicBezier/css',
  'strokeStyle/css/shorthand',
];

/** The DTCG tree style-dictionary reads: merged tokens, references kept, types explicit. */
function tree(tokens) {
  const root = {};
  for (const token of tokens.values()) {
    let node = root;
    for (const segment of token.segments.slice(0, -1)) node = node[segment] ??= {};
    node[token.segments.at(-1)] = {
      $value: token.reference ? `{${token.reference}}` : token.resolved,
      $type: token.type,
      ...(token.description ? { $description: token.description } : {}),
    };
  }
  return root;
}

/** Runs style-dictionary over one theme and scheme; returns its transformed dictionary. */
export async function dictionaryFor(tokens) {
  const sd = new StyleDictionary({
    tokens: tree(tokens),
    usesDtcg: true,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: { css: { transforms: TRANSFORMS } },
  });
  return sd.getPlatformTokens('css');
}

const subset = (dictionary, names) => ({
  ...dictionary,
  allTokens: dictionary.allTokens.filter((t) => names.has(t.name)),
});

export function declarations(dictionary, names, indentation = '  ', format = 'css') {
  return formattedVariables({
    format,
    dictionary: names ? subset(dictionary, names) : dictionary,
    outputReferences: true,
    usesDtcg: true,
    formatting: { indentation },
  });
}

/** CSS of one theme with both colour schemes (see css.mjs), with style-dictionary's declarations. */
export function themeCss(options) {
  return writeThemeCss({ ...options, declarations });
}

/** SCSS: variables with the light values (references kept as Sass variables) and a mixin. */
export function themeScss({ theme, label, lightDictionary, darkDictionary, dependent }) {
  const all = new Set(lightDictionary.allTokens.map((t) => t.name));
  const base = new Set([...all].filter((n) => !dependent.has(n)));
  const attr = (scheme) => `[${ATTRIBUTE}='${scheme}']`;
  return (
    HEADER(`theme "${label}" (${theme}) as Sass.`) +
    `// Variables: light colour scheme values. Custom properties: @include theme; inside a selector.\n` +
    `$theme-name: '${theme}';\n` +
    declarations(lightDictionary, null, '', 'sass') +
    `\n\n/// Declares the custom properties of the theme on the current selector.\n` +
    `/// @param {String} $color-scheme - auto (prefers-color-scheme and the ${ATTRIBUTE} attribute), light or dark\n` +
    `@mixin theme($color-scheme: auto) {\n` +
    declarations(lightDictionary, base) +
    `\n  @if $color-scheme == dark {\n    color-scheme: dark;\n${declarations(darkDictionary, dependent, '    ')}\n  } @else {\n` +
    `    color-scheme: light;\n${declarations(lightDictionary, dependent, '    ')}\n  }\n` +
    `  @if $color-scheme == auto {\n` +
    `    & ${attr('light')},\n    &${attr('light')} {\n      color-scheme: light;\n${declarations(lightDictionary, dependent, '      ')}\n    }\n` +
    `    @media (prefers-color-scheme: dark) {\n      &:not(${attr('light')}) {\n        color-scheme: dark;\n${declarations(darkDictionary, dependent, '        ')}\n      }\n    }\n` +
    `    & ${attr('dark')},\n    &${attr('dark')} {\n      color-scheme: dark;\n${declarations(darkDictionary, dependent, '      ')}\n    }\n` +
    `  }\n}\n`
  );
}

/** @property rules for colour and length tokens; initial values from the default theme, light scheme. */
export function propertiesCss(tokens) {
  const syntax = { color: '<color>', dimension: '<length>' };
  let css = HEADER(
    'registered custom properties (@property) for colour and length tokens.\n' +
      ' * Optional. Gives the tokens a type (invalid overrides fall back to the initial value) and makes\n' +
      ' * them animatable. Initial values are those of the default theme, light scheme',
  );
  for (const token of tokens.values()) {
    if (!syntax[token.type]) continue;
    css += `@property --${token.segments.join('-')} {\n  syntax: '${syntax[token.type]}';\n  inherits: true;\n  initial-value: ${initialValue(token.type, token.resolved)};\n}\n`;
  }
  return css;
}

const cssValue = (token) => token.$value;

/** Nested and flat JSON of resolved values for one dictionary. */
export function jsonValues(dictionary) {
  const nested = {};
  const flat = {};
  for (const token of dictionary.allTokens) {
    let node = nested;
    for (const segment of token.path.slice(0, -1)) node = node[segment] ??= {};
    node[token.path.at(-1)] = cssValue(token);
    flat[token.name] = cssValue(token);
  }
  return { nested, flat };
}

const quote = (s) => JSON.stringify(s);

/** ESM for one theme: resolved values per scheme, keyed by token name. */
export function themeJs({ theme, label, lightDictionary, darkDictionary }) {
  const values = (dictionary) =>
    `{\n${dictionary.allTokens.map((t) => `  ${quote(t.path.join('.'))}: ${quote(cssValue(t))},`).join('\n')}\n}`;
  return (
    HEADER(`theme "${label}" (${theme}) as JavaScript.`) +
    `/** @type {import('./${theme}.js').ThemeInfo} */\n` +
    `export const theme = Object.freeze({ name: ${quote(theme)}, label: ${quote(label)} });\n\n` +
    `/** Resolved values in the light colour scheme, by token name. */\n` +
    `export const light = Object.freeze(${values(lightDictionary)});\n\n` +
    `/** Resolved values in the dark colour scheme, by token name. */\n` +
    `export const dark = Object.freeze(${values(darkDictionary)});\n\n` +
    `export default { theme, light, dark };\n`
  );
}

export function themeDts({ theme }) {
  return (
    HEADER(`types of dist/js/${theme}.js.`) +
    `import type { TokenValues } from './index.js';\n\n` +
    `export interface ThemeInfo {\n  readonly name: ${quote(theme)};\n  readonly label: string;\n}\n` +
    `export declare const theme: ThemeInfo;\n` +
    `/** Resolved values in the light colour scheme, by token name. */\n` +
    `export declare const light: Readonly<TokenValues>;\n` +
    `/** Resolved values in the dark colour scheme, by token name. */\n` +
    `export declare const dark: Readonly<TokenValues>;\n` +
    `declare const _default: { theme: ThemeInfo; light: Readonly<TokenValues>; dark: Readonly<TokenValues> };\n` +
    `export default _default;\n`
  );
}

/** The theme-independent module: theme list, token names, CSS variable names, cssVar(). */
export function indexJs({ themes, defaultTheme, dictionary }) {
  const names = dictionary.allTokens.map((t) => t.path.join('.'));
  return (
    HEADER('token names and themes.') +
    `export const themes = Object.freeze(${JSON.stringify(themes)});\n` +
    `export const defaultTheme = ${quote(defaultTheme)};\n` +
    `export const colorSchemeAttribute = ${quote(ATTRIBUTE)};\n\n` +
    `/** Every token name, e.g. "polder.color.action.bg-default". */\n` +
    `export const tokenNames = Object.freeze(${JSON.stringify(names, null, 2)});\n\n` +
    `/** The custom property of a token: "polder.button.primary.color" → "--polder-button-primary-color". */\n` +
    `export function cssVariable(name) {\n  return \`--\${name.replaceAll('.', '-')}\`;\n}\n\n` +
    `/** var() for a token, with an optional fallback: cssVar("polder.focus.outline-color"). */\n` +
    `export function cssVar(name, fallback) {\n  return fallback === undefined ? \`var(\${cssVariable(name)})\` : \`var(\${cssVariable(name)}, \${fallback})\`;\n}\n`
  );
}

export function indexDts({ themes, dictionary }) {
  const valueType = (t) => (typeof t.$value === 'number' ? 'number' : 'string');
  const names = dictionary.allTokens.map((t) => t.path.join('.'));
  return (
    HEADER('types: token names and themes.') +
    `/** Name of a theme. */\nexport type ThemeName = ${themes.map((t) => quote(t.name)).join(' | ')};\n` +
    `export declare const themes: ReadonlyArray<{ readonly name: ThemeName; readonly label: string; readonly description?: string; readonly default?: boolean }>;\n` +
    `export declare const defaultTheme: ThemeName;\n` +
    `export declare const colorSchemeAttribute: ${quote(ATTRIBUTE)};\n\n` +
    `/** Every token and the type of its resolved value. */\nexport interface TokenValues {\n` +
    dictionary.allTokens
      .map(
        (t) =>
          `${t.$description ? `  /** ${String(t.$description).replaceAll('*/', '*\\/')} */\n` : ''}  readonly ${quote(t.path.join('.'))}: ${valueType(t)};`,
      )
      .join('\n') +
    `\n}\n\n/** Name of a token, e.g. "polder.color.action.bg-default". */\nexport type TokenName = keyof TokenValues;\n` +
    `/** Custom property of a token, e.g. "--polder-color-action-bg-default". */\n` +
    `export type CssVariable =\n${names.map((n) => `  | ${quote(`--${n.replaceAll('.', '-')}`)}`).join('\n')};\n\n` +
    `export declare const tokenNames: ReadonlyArray<TokenName>;\n` +
    `export declare function cssVariable(name: TokenName): CssVariable;\n` +
    `export declare function cssVar(name: TokenName, fallback?: string): string;\n`
  );
}
