/**
 * `polder-theme bridge`: an NL Design System theme as a Polder theme.
 *
 * 1. Read the theme rule (the rule with most custom properties) of the theme's CSS, its dark colour scheme and an
 *    override file; resolve var() chains.
 * 2. Fill each Polder common token from the first NL Design System property of its rule (mapping.mjs) whose value
 *    normalises; record the source, the raw and the normalised value and every rejection.
 * 3. Derive the theme's brand scales (primary, secondary, neutral) and fonts, so the tokens the theme does not
 *    give — the dark scheme, when the theme has none — follow the agency's colours instead of Polder's.
 * 4. Check every declared contrast pair in both schemes with the token build's checker; write the CSS and report.
 */
import path from 'node:path';
import { RULES, tierOf, normalise, fontNames, SYSTEM_FONTS } from './mapping.mjs';
import { locate, readThemeFile, readOverride, resolveVars, remoteFonts, dependsOn } from './sources.mjs';
import { loadCatalogue } from './model.mjs';
import {
  ThemeError,
  checkName,
  oklch,
  scaleTokens,
  check,
  describePair,
  otherProblems,
  contrastSummary,
  writeOutputs,
  valuesOf,
} from './theme.mjs';
import { LIGHTNESS } from '../palette.mjs';
import { contrastRatio } from '../contrast.mjs';

/** The tokens a page cannot do without. */
export const CORE = Object.freeze({
  'polder.color.default.bg-default': 'page background',
  'polder.color.default.color-default': 'page text',
  'polder.color.action.bg-default': 'action background (primary button)',
  'polder.color.action.inverse-color': 'action text (on the primary button)',
  'polder.focus.outline-color': 'focus outline',
  'polder.text.font-family': 'body font',
});

/**
 * @param {{ input: string, name: string, label?: string, dark?: string, override?: string, out?: string,
 *   cwd?: string, catalogue?: ReturnType<typeof loadCatalogue> }} options
 * @returns {{ report: object, files: string[], warnings: string[] }}
 */
export function bridge(options) {
  const { input, name, cwd = process.cwd() } = options;
  checkName(name);
  if (!input) throw new ThemeError('bridge needs a theme: an npm package name or a path to a .css or .json file');
  const catalogue = options.catalogue ?? loadCatalogue();
  const outDir = path.resolve(cwd, options.out ?? 'dist/themes');
  const label = options.label ?? name;
  const found = locate(input, { cwd, dark: options.dark });
  const warnings = [];
  const errors = [];

  // 1. Read and resolve
  const rule = readThemeFile(found.light);
  const darkRule = found.dark ? readThemeFile(found.dark) : null;
  const override = options.override ? readOverride(path.resolve(cwd, options.override)) : null;
  const known = (p) => p.startsWith('--basis-') || p.startsWith('--utrecht-');
  const knownCount = [...rule.properties.keys()].filter(known).length;
  if (!knownCount)
    throw new ThemeError(
      `no known tokens in ${input}: its theme rule ${rule.selector ? `"${rule.selector}" ` : ''}has ${rule.properties.size} custom properties, none of them NL Design System basis (--basis-*) or Utrecht (--utrecht-*) tokens`,
    );
  const lightProperties = new Map([...rule.properties, ...(override?.light ?? [])]);
  const darkProperties = darkRule
    ? new Map([...lightProperties, ...darkRule.properties, ...(override?.dark ?? [])])
    : null;
  const light = resolveVars(lightProperties);
  const dark = darkProperties ? resolveVars(darkProperties) : null;
  const fromDarkScheme = darkProperties
    ? dependsOn(darkProperties, new Set([...darkRule.properties.keys(), ...(override?.dark.keys() ?? [])]))
    : null;

  // 2. Map by meaning
  const byVariable = new Map(catalogue.entries.map((e) => [e.cssVariable, e]));
  const overrides = { light: new Map(), dark: new Map() };
  const tokens = [];
  const rejections = [];
  // Every common token, in catalogue order; one without a rule (added to Polder later) stays Polder's.
  const rules = new Map(RULES.map((r) => [r.token, r]));
  for (const entry of catalogue.entries.filter((e) => e.tier === 'common')) {
    const { token, from, via } = rules.get(entry.name) ?? { token: entry.name, from: [] };
    const target = {
      type: entry.type,
      polderValue: entry.values[catalogue.base].light.value,
      contrast: Boolean(entry.contrast) || isPairTarget(catalogue, token),
      token,
    };
    const row = { token, cssVariable: entry.cssVariable, source: 'polder', rejected: [] };
    const pick = (resolved, scheme) => {
      const direct = resolved.get(entry.cssVariable); // an override with Polder's own name wins
      const candidates = direct !== undefined ? [[entry.cssVariable, direct]] : from.map((f) => [f, resolved.get(f)]);
      for (const [property, raw] of candidates) {
        if (raw === undefined) continue;
        // In the dark scheme, only what the dark file sets (else the colour follows the palette)
        if (scheme === 'dark' && !fromDarkScheme(property)) continue;
        const result = normalise(raw, target);
        // A value from the override file (for the dark scheme: unless the theme's dark rule sets it again)
        const overridden =
          override?.[scheme].has(property) ||
          (scheme === 'dark' && override?.light.has(property) && !darkRule.properties.has(property));
        if (result.ok)
          return {
            from: property,
            raw,
            value: result.value,
            source: overridden || property === entry.cssVariable ? 'override' : tierOf(property),
          };
        row.rejected.push({ scheme, from: property, raw, reason: result.reason });
        rejections.push(`${token} (${scheme}): ${property}: ${result.reason}`);
      }
      return null;
    };
    const chosen = pick(light.resolved, 'light');
    if (chosen) {
      Object.assign(row, chosen);
      overrides.light.set(via ?? token, chosen.value);
      if (via) row.via = via;
    }
    if (dark && entry.type === 'color') {
      const chosenDark = pick(dark.resolved, 'dark');
      if (chosenDark) {
        row.dark = chosenDark;
        overrides.dark.set(token, chosenDark.value);
      }
    }
    tokens.push(row);
  }
  swapFocusRings(tokens, overrides);
  for (const [variable] of [...(override?.light ?? []), ...(override?.dark ?? [])])
    if (variable.startsWith('--polder-') && !byVariable.has(variable))
      warnings.push(`the override file sets ${variable}, which is not a Polder token`);

  // Core set
  const missing = Object.entries(CORE).filter(([token]) => !tokens.find((t) => t.token === token).from);
  if (missing.length)
    errors.push(
      `the core set is incomplete: ${missing
        .map(([token, what]) => `${token} (${what}; looked for ${rules.get(token).from.join(', ')})`)
        .join('; ')}`,
    );

  // Fonts
  for (const { url, file } of remoteFonts([found.light, ...found.fonts, ...(found.dark ? [found.dark] : [])]))
    errors.push(
      `a font is loaded from another host (${url}, in ${path.basename(file)}): Polder pages load nothing from third parties; self-host the font files`,
    );
  for (const row of tokens.filter((t) => t.via && t.value)) {
    const first = fontNames(String(row.value))[0];
    if (first && !SYSTEM_FONTS.has(first.toLowerCase()))
      warnings.push(
        `${row.token}: "${first}" is not a system font; self-host it (@font-face with your own files) or the page falls back to the next font in "${row.value}"`,
      );
  }
  if (rejections.length) warnings.push(...rejections.map((r) => `rejected ${r}`));

  // 3. Brand scales from the theme's own colours
  const brand = deriveBrand(tokens);
  for (const [token, value] of brand.tokens) overrides.light.set(token, value);

  const unfilled = tokens.filter((t) => !t.from).map((t) => t.token);
  if (unfilled.length)
    warnings.push(
      `${unfilled.length} Polder tokens have no value in the theme and keep Polder's (derived from the theme's palette where they are colours): ${unfilled.join(', ')}`,
    );

  // 4. Check and write
  const analysis = errors.length ? null : check(catalogue, overrides, name);
  if (analysis) errors.push(...otherProblems(analysis));
  if (analysis?.failing.length)
    errors.push(
      `${analysis.failing.length} contrast pair${analysis.failing.length === 1 ? '' : 's'} fail: ${analysis.failing.map(describePair).join('; ')}. Fix the colours in an override file (--override <file>)`,
    );

  const common = tokens.length;
  const filled = tokens.filter((t) => t.from).length;
  // A token the theme does not fill but whose value follows one it does (through a reference, or from the brand
  // scales made from its colours) is derived; the rest keep Polder's own value.
  const fromTheme = new Set([...tokens.filter((t) => t.from).map((t) => t.via ?? t.token), ...overrides.light.keys()]);
  const derivedFrom = (t) => analysis?.resolved.light.get(t.token)?.chain.find((name) => fromTheme.has(name)) ?? null;
  const derived = tokens.filter((t) => !t.from && derivedFrom(t)).length;
  // A common token whose Polder value is another common token (a page gutter that is the inline space md) is not a
  // decision of its own: it follows whatever fills the token it names. Coverage counts the decisions.
  const isCommon = (name) => catalogue.byName.get(name)?.tier === 'common';
  const aliases = tokens.filter((t) => {
    if (t.from) return false;
    const reference = catalogue.byName.get(t.token)?.values[catalogue.base]?.light?.reference;
    return Boolean(reference && isCommon(reference));
  }).length;
  const report = {
    command: 'bridge',
    theme: name,
    label,
    input: {
      source: found.label,
      css: found.light,
      selector: rule.selector,
      properties: rule.properties.size,
      knownProperties: knownCount,
      ...(found.dark ? { dark: found.dark, darkSelector: darkRule.selector } : {}),
      ...(options.override ? { override: path.resolve(cwd, options.override) } : {}),
    },
    coverage: { tier: 'common', filled, derived, aliases, own: common - aliases, total: common },
    coverageDark: dark
      ? {
          filled: tokens.filter((t) => t.dark).length,
          total: tokens.filter((t) => byType(catalogue, t.token) === 'color').length,
        }
      : null,
    brand: brand.report,
    tokens: tokens.map((t) => ({
      ...t,
      ...(analysis ? { resolved: valuesOf(analysis.resolved, t.via ?? t.token) } : {}),
      ...(t.from ? {} : derivedFrom(t) ? { source: 'derived', derivedFrom: derivedFrom(t) } : { source: 'polder' }),
    })),
    contrast: analysis
      ? { summary: contrastSummary(analysis.contrast), failing: analysis.failing, results: analysis.contrast }
      : null,
    warnings,
    errors,
    ok: errors.length === 0,
  };
  const files = writeOutputs({ outDir, name, label, resolved: report.ok ? analysis.resolved : null, report });
  if (!report.ok) throw new ThemeError(errors.join('\n'), report);
  return { report, files, warnings };
}

/**
 * NL Design System focus rings draw the outline and a second ring in the inverse colour together; Polder's
 * outline is the outer ring, which meets the page. When the theme's outline colour is the one that does not stand
 * out on its page but its inverse ring does (a white dashed outline over a black ring on a white page), the two
 * swap places, so the same two colours make the indicator.
 */
function swapFocusRings(tokens, overrides) {
  const row = (token) => tokens.find((t) => t.token === token);
  const outline = row('polder.focus.outline-color');
  const inverse = row('polder.focus.inverse-color');
  const page = row('polder.color.default.bg-default');
  for (const scheme of ['light', 'dark']) {
    const get = (r) => (scheme === 'light' ? r : r.dark);
    const pick = (r) => r && { from: r.from, raw: r.raw, value: r.value, source: r.source };
    const [o, i, p] = [pick(get(outline)), pick(get(inverse)), pick(get(page))];
    if (!o?.value || !i?.value || !p?.value) continue;
    if (contrastRatio(o.value, p.value) >= 3 || contrastRatio(i.value, p.value) < 3) continue;
    const note = `swapped with the inverse ring: on the page (${p.value}) the theme's outline ${o.value} does not show, its inverse ring ${i.value} does`;
    for (const [r, other] of [
      [outline, i],
      [inverse, o],
    ]) {
      const swapped = { ...other, note };
      if (scheme === 'light') Object.assign(r, swapped);
      else r.dark = swapped;
      overrides[scheme].set(r.token, other.value);
    }
  }
}

const byType = (catalogue, token) => catalogue.byName.get(token).type;

/** Whether any pair is declared against this token (so it must be opaque). */
function isPairTarget(catalogue, token) {
  catalogue.targets ??= new Set(catalogue.entries.flatMap((e) => (e.contrast ?? []).map((p) => p.against)));
  return catalogue.targets.has(token);
}

/**
 * Brand scales from the theme's filled colours: primary from the action fill, secondary from the accent fill,
 * neutral from the page text (low chroma). Fixed lightness per step, as Polder's own scales.
 */
function deriveBrand(tokens) {
  const value = (token) => tokens.find((t) => t.token === token)?.value;
  const out = new Map();
  const report = {};
  const scales = [
    ['primary', value('polder.color.action.bg-default'), 'polder.color.action.bg-default', 0.32],
    [
      'secondary',
      value('polder.color.accent.bg-default') ?? value('polder.color.action.bg-default'),
      'polder.color.accent.bg-default',
      0.32,
    ],
    ['neutral', value('polder.color.default.color-default'), 'polder.color.default.color-default', 0.025],
  ];
  for (const [scale, color, from, maxPeak] of scales) {
    const c = color && oklch(color);
    if (!c) continue;
    const peak = Math.min(maxPeak, c.c / Math.max(0.12, 1 - ((c.l - 0.58) / 0.42) ** 2));
    for (const [token, hex] of scaleTokens(scale, { hue: c.h, peak, lightness: LIGHTNESS })) out.set(token, hex);
    report[scale] = { source: 'derived', from, color, hue: Math.round(c.h), chroma: Math.round(peak * 1000) / 1000 };
  }
  return { tokens: out, report };
}
