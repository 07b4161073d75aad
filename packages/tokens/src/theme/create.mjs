/**
 * `polder-theme create`: a complete brand tier from one or two brand colours.
 *
 * The primary scale holds the primary colour itself (at the step nearest to its lightness), the secondary scale
 * the secondary colour (or a hue opposite the primary), the neutral scale greys tinted with the primary hue. The
 * common tier maps purposes onto these steps, so every purpose gets its palette in both schemes. Then every
 * declared pair is checked in both schemes with the build's checker; while a pair fails, the OKLCH lightness of
 * the generated steps behind it moves apart (the lighter one up, the darker one down) and the check runs again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from './model.mjs';
import { fontNames, SYSTEM_FONTS } from './mapping.mjs';
import {
  ThemeError,
  checkName,
  oklch,
  anchoredScale,
  scaleTokens,
  check,
  describePair,
  otherProblems,
  contrastSummary,
  writeOutputs,
  valuesOf,
} from './theme.mjs';

const SCALES = ['primary', 'secondary', 'neutral'];
const STEP = 0.01;
const MAX_ROUNDS = 80;

/**
 * @param {{ name: string, primary: string, secondary?: string, font?: string, label?: string, out?: string,
 *   tokens?: boolean, tokensDir?: string, cwd?: string, catalogue?: ReturnType<typeof loadCatalogue> }} options
 */
export function create(options) {
  const { name, cwd = process.cwd() } = options;
  checkName(name);
  if (!options.primary) throw new ThemeError('--primary is required: the main brand colour, e.g. --primary "#0b5394"');
  const primary = oklch(options.primary);
  if (!primary)
    throw new ThemeError(
      `--primary "${options.primary}" is not a colour (use a CSS colour, e.g. #0b5394 or oklch(45% 0.12 250))`,
    );
  const secondary = options.secondary === undefined ? null : oklch(options.secondary);
  if (options.secondary !== undefined && !secondary)
    throw new ThemeError(`--secondary "${options.secondary}" is not a colour (use a CSS colour, e.g. #e17000)`);
  if (options.font !== undefined && (!options.font.trim() || /[;{}]|url\(/i.test(options.font)))
    throw new ThemeError(`--font "${options.font}" is not a font stack (e.g. --font "Avenir Next, Arial, sans-serif")`);
  const catalogue = options.catalogue ?? loadCatalogue();
  const outDir = path.resolve(cwd, options.out ?? 'dist/themes');
  const label = options.label ?? name;
  const warnings = [];

  const scales = {
    primary: { ...anchoredScale(primary), from: options.primary },
    secondary: secondary
      ? { ...anchoredScale(secondary), from: options.secondary }
      : {
          ...anchoredScale({ l: 0.5, c: Math.min(primary.c, 0.12), h: (primary.h + 150) % 360 }),
          from: 'primary hue + 150°',
        },
    neutral: { ...anchoredScale({ l: 0.5, c: 0.012, h: primary.h }), from: 'primary hue, almost no chroma' },
  };
  const fonts = new Map();
  if (options.font) {
    fonts.set('polder.brand.font-family.body', options.font.trim());
    fonts.set('polder.brand.font-family.heading', '{polder.brand.font-family.body}');
    const first = fontNames(options.font)[0];
    if (!SYSTEM_FONTS.has(first.toLowerCase()))
      warnings.push(
        `"${first}" is not a system font; self-host it (@font-face with your own files), nothing is loaded from third parties`,
      );
  }

  // Adjust lightness until every pair passes
  let result;
  let rounds = 0;
  const moved = new Set();
  for (;;) {
    result = check(catalogue, overridesOf(scales, fonts), name);
    const problems = otherProblems(result);
    if (problems.length) throw new ThemeError(problems.join('\n'));
    if (!result.failing.length || rounds === MAX_ROUNDS) break;
    rounds++;
    const nudges = new Map();
    for (const pair of result.failing) {
      const resolved = result.resolved[pair.scheme];
      const fg = stepOf(resolved.get(pair.token));
      const bg = stepOf(resolved.get(pair.against));
      const fgLighter = (oklch(pair.foreground)?.l ?? 0) > (oklch(pair.background)?.l ?? 0);
      if (fg) nudges.set(fg.key, { ...fg, delta: fgLighter ? STEP : -STEP });
      if (bg) nudges.set(bg.key, { ...bg, delta: fgLighter ? -STEP : STEP });
    }
    if (!nudges.size) break; // the failing pairs do not involve generated colours
    for (const { scale, step, delta } of nudges.values()) {
      const l = scales[scale].lightness;
      l[step] = Math.min(0.995, Math.max(0.05, l[step] + delta));
      moved.add(`${scale}.${step}`);
    }
  }
  const generated = Object.fromEntries(
    SCALES.map((scale) => {
      const s = scales[scale];
      const anchorMoved = moved.has(`${scale}.${s.anchor}`);
      return [
        scale,
        {
          source: 'generated',
          from: s.from,
          hue: Math.round(s.hue),
          chroma: Math.round(s.peak * 1000) / 1000,
          anchor: s.anchor,
          note:
            scale === 'neutral' || !scales[scale].from.startsWith('#')
              ? ''
              : anchorMoved
                ? `step ${s.anchor} holds the colour, lightness adjusted for contrast`
                : `step ${s.anchor} is the colour itself`,
        },
      ];
    }),
  );
  const errors = result.failing.length
    ? [
        `${result.failing.length} contrast pair${result.failing.length === 1 ? '' : 's'} still fail after ${rounds} rounds of lightness adjustment: ${result.failing.map(describePair).join('; ')}`,
      ]
    : [];
  const brandTokens = catalogue.entries.filter(
    (e) => e.tier === 'brand' && /^polder\.brand\.(color\.(primary|secondary|neutral)|font-family)\./.test(e.name),
  );
  const report = {
    command: 'create',
    theme: name,
    label,
    input: null,
    coverage: null,
    generated,
    adjusted: { rounds, steps: [...moved].sort() },
    tokens: brandTokens.map((e) => ({
      token: e.name,
      cssVariable: e.cssVariable,
      source: fonts.has(e.name) || e.name.includes('.color.') ? 'generated' : 'polder',
      rejected: [],
      resolved: valuesOf(result.resolved, e.name),
    })),
    contrast: { summary: contrastSummary(result.contrast), failing: result.failing, results: result.contrast },
    warnings,
    errors,
    ok: errors.length === 0,
  };
  const files = writeOutputs({ outDir, name, label, resolved: report.ok ? result.resolved : null, report });
  if (!report.ok) throw new ThemeError(errors.join('\n'), report);
  if (options.tokens) files.push(...writeTokenFolder({ options, name, label, scales, fonts, catalogue, cwd }));
  return { report, files, warnings };
}

function overridesOf(scales, fonts) {
  const light = new Map(fonts);
  for (const scale of SCALES) for (const [token, hex] of scaleTokens(scale, scales[scale])) light.set(token, hex);
  return { light, dark: new Map() };
}

/** The generated brand step a resolved token comes from, if any. */
function stepOf(token) {
  if (!token) return null;
  const origin = token.chain?.length ? token.chain.at(-1) : token.path;
  const match = /^polder\.brand\.color\.(primary|secondary|neutral)\.(\d+)$/.exec(origin);
  return match ? { key: origin, scale: match[1], step: match[2] } : null;
}

/** tokens/themes/<name>/brand.json and the entry in tokens/themes.json, so the theme can be maintained as source. */
function writeTokenFolder({ options, name, label, scales, fonts, catalogue, cwd }) {
  const tokensDir = path.resolve(cwd, options.tokensDir ?? 'tokens');
  const listFile = path.join(tokensDir, 'themes.json');
  if (!fs.existsSync(listFile))
    throw new ThemeError(`--tokens: ${listFile} not found; pass the token folder with --tokens-dir <dir>`);
  const color = { $type: 'color' };
  for (const scale of SCALES) {
    color[scale] = {};
    for (const [token, hex] of scaleTokens(scale, scales[scale]))
      color[scale][token.split('.').at(-1)] = { $value: hex };
    color[scale].$description = `Generated by polder-theme create from ${scales[scale].from}.`;
  }
  const base = (token) => {
    const own = catalogue.byName.get(token).values[catalogue.base].light;
    return own.reference ? `{${own.reference}}` : fontNames(String(own.value));
  };
  const fontValue = (token) => {
    const value = fonts.get(token);
    if (value === undefined) return base(token);
    return value.startsWith('{') ? value : fontNames(value);
  };
  const brand = {
    $description: `${label}: generated by polder-theme create (primary ${options.primary}${options.secondary ? `, secondary ${options.secondary}` : ''}). Every declared contrast pair passes in both colour schemes.`,
    polder: {
      brand: {
        color,
        'font-family': {
          $type: 'fontFamily',
          body: { $value: fontValue('polder.brand.font-family.body') },
          heading: { $value: fontValue('polder.brand.font-family.heading') },
          code: { $value: fontValue('polder.brand.font-family.code') },
        },
      },
    },
  };
  const folder = path.join(tokensDir, 'themes', name);
  fs.mkdirSync(folder, { recursive: true });
  const brandFile = path.join(folder, 'brand.json');
  fs.writeFileSync(brandFile, formatJson(brand));
  const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  if (!list.themes.some((t) => t.name === name)) {
    list.themes.push({ name, label, description: `Generated from ${options.primary}.` });
    fs.writeFileSync(listFile, JSON.stringify(list, null, 2) + '\n');
  }
  return [brandFile, listFile];
}

/** JSON as the repository's Prettier writes it: two spaces, short lists of strings on one line (120 columns). */
function formatJson(value) {
  const text = JSON.stringify(value, null, 2).replace(
    /^( *)(.*)\[\n((?: *"(?:[^"\\]|\\.)*",?\n)+) *\]/gm,
    (match, indent, before, items) => {
      const inline = `${indent}${before}[${items
        .trim()
        .split(/,\n\s*/)
        .join(', ')}]`;
      return inline.length <= 120 ? inline : match;
    },
  );
  return `${text}\n`;
}
