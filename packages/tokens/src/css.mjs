/**
 * The CSS of a theme: tokens on the theme root (a class or :root), per colour scheme (prefers-color-scheme
 * and the data-polder-color-scheme attribute). Shared by the token build and the polder-theme command, so
 * this module imports nothing: the caller passes the function that writes the declarations.
 *
 * @typedef {{ allTokens: Array<{ name: string, path: string[], $value: unknown }> }} Dictionary
 */
export const ATTRIBUTE = 'data-polder-color-scheme';
export const HEADER = (what) =>
  `/**\n * @polder/tokens — ${what}\n * Generated from the design tokens; do not edit. Licence: EUPL-1.2.\n */\n`;

/**
 * What the :root file paints on the page, so a page that only loads it gets the theme's page background, text
 * colour and font in both colour schemes (the values the contrast pairs are checked against), not the browser's
 * canvas, and lets long words wrap. Zero specificity: any rule of the page wins.
 */
export const ROOT_PAINT = [
  ['background-color', 'polder-color-default-bg-default'],
  ['color', 'polder-color-default-color-default'],
  ['font-family', 'polder-text-font-family'],
];

/**
 * Names of the tokens that must be declared per colour scheme: every colour token of the common
 * and component tiers, every token whose value differs between the schemes, and every token that
 * references one of those. Custom properties resolve their var() where they are declared, so all
 * of these are redeclared on an element with the colour scheme attribute.
 */
export function schemeDependent(light, dark) {
  const names = new Set();
  const kebab = (t) => t.segments.join('-');
  for (const token of light.values()) {
    const other = dark.get(token.path);
    const differs = JSON.stringify(token.value) !== JSON.stringify(other?.value);
    if ((token.type === 'color' && token.segments[1] !== 'brand') || differs) names.add(kebab(token));
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const token of [...light.values(), ...dark.values()]) {
      const ref = token.reference && light.get(token.reference);
      if (ref && names.has(kebab(ref)) && !names.has(kebab(token))) {
        names.add(kebab(token));
        grew = true;
      }
    }
  }
  return names;
}

/**
 * CSS of one theme with both colour schemes.
 * @param {{ theme: string, label: string, scope: 'class' | 'root', lightDictionary: Dictionary,
 *   darkDictionary: Dictionary, dependent: Set<string>,
 *   declarations: (dictionary: Dictionary, names: Set<string> | null, indentation?: string) => string }} options
 *   declarations writes one `--name: value;` line per token of the dictionary (or of `names`), with
 *   references as var()
 */
export function themeCss({ theme, scope, lightDictionary, darkDictionary, dependent, label, declarations }) {
  const all = new Set(lightDictionary.allTokens.map((t) => t.name));
  const base = new Set([...all].filter((n) => !dependent.has(n)));
  const host = scope === 'root' ? ':root' : `.polder-theme-${theme}`;
  const attr = (scheme) => `[${ATTRIBUTE}='${scheme}']`;
  const within = (scheme) =>
    scope === 'root' ? [attr(scheme)] : [`${host} ${attr(scheme)}`, `${host}${attr(scheme)}`];
  // :where() keeps every rule at zero specificity: source order decides between the theme's own
  // rules, and any selector of the page overrides a token.
  const block = (selectors, body, indent = '') =>
    `${indent}:where(${selectors.join(`,\n${indent}  `)}) {\n${body}\n${indent}}\n`;
  // A scheme-dependent token whose declaration reads the same in both schemes (a component token that
  // references a common colour, say) is declared once, on the theme root and on every element with the colour
  // scheme attribute, where its var() resolves again against that scheme's values. Only the tokens whose
  // declarations differ between the schemes are written per scheme. This keeps a theme's CSS small.
  const byName = (dictionary) =>
    new Map(
      declarations(dictionary, dependent)
        .split('\n')
        .map((line) => [line.trim().split(':')[0], line]),
    );
  const lightLines = byName(lightDictionary);
  const darkLines = byName(darkDictionary);
  const shared = new Set([...dependent].filter((n) => lightLines.get(`--${n}`) === darkLines.get(`--${n}`)));
  const perScheme = new Set([...dependent].filter((n) => !shared.has(n)));
  const everywhere = scope === 'root' ? [host, `[${ATTRIBUTE}]`] : [host, `${host} [${ATTRIBUTE}]`];
  const light = declarations(lightDictionary, perScheme);
  const dark = declarations(darkDictionary, perScheme);
  const darkNested = declarations(darkDictionary, perScheme, '    ');
  return (
    HEADER(
      `theme "${label}" (${theme}) ${scope === 'root' ? 'on :root' : `scoped to .polder-theme-${theme}`}.\n` +
        ` * Colour scheme: prefers-color-scheme, or forced with ${ATTRIBUTE}="light|dark" on any element`,
    ) +
    block([host], declarations(lightDictionary, base)) +
    (shared.size ? block(everywhere, declarations(lightDictionary, shared)) : '') +
    block([host, ...within('light')], `  color-scheme: light;\n${light}`) +
    `@media (prefers-color-scheme: dark) {\n` +
    block([`${host}:not(${attr('light')})`], `    color-scheme: dark;\n${darkNested}`, '  ') +
    `}\n` +
    block(within('dark'), `  color-scheme: dark;\n${dark}`) +
    (scope === 'root' ? rootPaint(all, block) : '')
  );
}

function rootPaint(names, block) {
  const lines = ROOT_PAINT.filter(([, token]) => names.has(token)).map(
    ([property, token]) => `  ${property}: var(--${token});`,
  );
  // Long Dutch compound words wrap instead of pushing the page sideways at 320 CSS px (400 % zoom).
  if (lines.length) lines.push('  overflow-wrap: break-word;');
  return lines.length ? block([':root'], lines.join('\n')) : '';
}
