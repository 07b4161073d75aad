/**
 * The token build: read → check names → merge layers per theme and colour scheme → resolve and
 * check values → check contrast → write CSS, SCSS, JS, JSON and the contrast report.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ErrorList, CODES } from './errors.mjs';
import { loadSources } from './load.mjs';
import { mergeLayers, resolveTokens } from './resolve.mjs';
import { checkContrast, pairsOf, THRESHOLDS } from './contrast.mjs';
import {
  dictionaryFor,
  schemeDependent,
  themeCss,
  themeScss,
  propertiesCss,
  jsonValues,
  themeJs,
  themeDts,
  indexJs,
  indexDts,
} from './outputs.mjs';
import { contrastMarkdown, summaryLines } from './report.mjs';

export const SCHEMES = /** @type {const} */ (['light', 'dark']);

/**
 * Reads, checks and resolves every theme and scheme. Throws a TokenBuildError listing every problem.
 * @param {string} tokensDir
 */
export function analyse(tokensDir) {
  const errors = new ErrorList();
  const sources = loadSources(tokensDir, errors);
  /** @type {Record<string, Record<'light' | 'dark', { merged: Map<string, any>, resolved: Map<string, any> }>>} */
  const themes = {};
  const contrast = [];
  for (const { name } of sources.themes) {
    const own = sources.themeLayers[name] ?? [];
    const lightLayers = [
      ...sources.base.filter((l) => l.scheme === 'light'),
      ...own.filter((l) => l.scheme === 'light'),
    ];
    const darkLayers = [
      ...lightLayers,
      ...sources.base.filter((l) => l.scheme === 'dark'),
      ...own.filter((l) => l.scheme === 'dark'),
    ];
    themes[name] = {};
    for (const [scheme, layers] of [
      ['light', lightLayers],
      ['dark', darkLayers],
    ]) {
      const context = { theme: name, scheme };
      const merged = mergeLayers(layers, context, errors);
      const resolved = resolveTokens(merged, errors);
      contrast.push(...checkContrast(resolved, merged, context, errors));
      themes[name][scheme] = { merged, resolved };
    }
  }
  // Every theme has the same token names: they are public API.
  const [first, ...rest] = sources.themes.map((t) => t.name);
  if (first && themes[first]) {
    const names = new Set(themes[first].light.merged.keys());
    for (const other of rest) {
      if (!themes[other]) continue;
      for (const [tokenPath, token] of themes[other].light.merged)
        if (!names.has(tokenPath))
          errors.add(
            CODES.structure,
            token.file,
            tokenPath,
            `only theme "${other}" defines this token; every theme has the same token names`,
          );
      for (const tokenPath of names)
        if (!themes[other].light.merged.has(tokenPath))
          errors.add(
            CODES.structure,
            `tokens/themes/${other}`,
            tokenPath,
            `theme "${other}" lacks this token, which "${first}" defines`,
          );
    }
  }
  errors.check();
  return { sources, themes, contrast };
}

const gzipSize = (text) => zlib.gzipSync(text, { level: 9 }).length;

/**
 * @param {{ tokensDir: string, outDir: string, log?: (line: string) => void }} options
 */
export async function build({ tokensDir, outDir, log = () => {} }) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { sources, themes, contrast } = analyse(tokensDir);
  const themeList = sources.themes.map((t) => ({
    name: t.name,
    label: t.label,
    ...(t.description ? { description: t.description } : {}),
    ...(t.name === sources.defaultTheme ? { default: true } : {}),
  }));

  for (const dir of ['css', 'scss', 'js', 'json']) fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
  for (const dir of ['css', 'scss', 'js', 'json']) fs.mkdirSync(path.join(outDir, dir), { recursive: true });
  const files = {};
  const write = (file, text) => {
    fs.writeFileSync(path.join(outDir, file), text);
    files[file] = text;
  };

  const catalogue = new Map();
  const sizes = {};
  let defaultDictionary;
  for (const { name, label } of sources.themes) {
    const { light, dark } = themes[name];
    const [lightDictionary, darkDictionary] = await Promise.all([
      dictionaryFor(light.resolved),
      dictionaryFor(dark.resolved),
    ]);
    if (name === sources.defaultTheme) defaultDictionary = lightDictionary;
    const dependent = schemeDependent(light.resolved, dark.resolved);
    const args = { theme: name, label, lightDictionary, darkDictionary, dependent };
    const css = themeCss({ ...args, scope: 'class' });
    write(`css/${name}.css`, css);
    write(`css/${name}.root.css`, themeCss({ ...args, scope: 'root' }));
    write(`scss/_${name}.scss`, themeScss(args));
    write(`js/${name}.js`, themeJs(args));
    write(`js/${name}.d.ts`, themeDts(args));
    const lightJson = jsonValues(lightDictionary);
    const darkJson = jsonValues(darkDictionary);
    write(`json/${name}.json`, JSON.stringify({ light: lightJson.nested, dark: darkJson.nested }, null, 2) + '\n');
    write(`json/${name}.flat.json`, JSON.stringify({ light: lightJson.flat, dark: darkJson.flat }, null, 2) + '\n');
    sizes[name] = { bytes: Buffer.byteLength(css), gzip: gzipSize(css) };

    for (const [scheme, dictionary, resolved] of [
      ['light', lightDictionary, light.resolved],
      ['dark', darkDictionary, dark.resolved],
    ]) {
      for (const t of dictionary.allTokens) {
        const key = t.path.join('.');
        const source = resolved.get(key);
        if (!catalogue.has(key)) {
          const owner = t.path[1];
          catalogue.set(key, {
            name: key,
            cssVariable: `--${t.name}`,
            type: source.type,
            tier: owner === 'brand' ? 'brand' : sources.componentNames.includes(owner) ? 'component' : 'common',
            ...(source.description ? { description: source.description } : {}),
            file: source.overriddenIn[0] ?? source.file,
            ...(source.extensions?.['nl.polder.contrast'] ? { contrast: pairsOf(source, new ErrorList()) } : {}),
            values: {},
          });
        }
        const entry = catalogue.get(key);
        (entry.values[name] ??= {})[scheme] = {
          value: t.$value,
          ...(source.reference ? { reference: source.reference } : {}),
        };
      }
    }
  }
  write('css/properties.css', propertiesCss(themes[sources.defaultTheme].light.resolved));
  write(
    'js/index.js',
    indexJs({ themes: themeList, defaultTheme: sources.defaultTheme, dictionary: defaultDictionary }),
  );
  write('js/index.d.ts', indexDts({ themes: themeList, dictionary: defaultDictionary }));
  write('json/themes.json', JSON.stringify(themeList, null, 2) + '\n');
  write('json/tokens.json', JSON.stringify([...catalogue.values()], null, 2) + '\n');

  const enforced = contrast.filter((r) => r.enforced);
  const summary = {
    pairs: contrast.length,
    enforced: enforced.length,
    passed: enforced.filter((r) => r.pass).length,
    failed: enforced.filter((r) => !r.pass).length,
    reportedOnly: contrast.length - enforced.length,
    lowest: Object.fromEntries(
      Object.keys(THRESHOLDS)
        .filter((use) => THRESHOLDS[use] > 0)
        .map((use) => {
          const lowest = enforced.filter((r) => r.use === use).sort((a, b) => a.ratio - b.ratio)[0];
          return [
            use,
            lowest
              ? {
                  ratio: lowest.ratio,
                  token: lowest.token,
                  against: lowest.against,
                  theme: lowest.theme,
                  scheme: lowest.scheme,
                }
              : null,
          ];
        }),
    ),
  };
  const report = { thresholds: THRESHOLDS, summary, results: contrast };
  write('contrast-report.json', JSON.stringify(report, null, 2) + '\n');
  write('contrast-report.md', contrastMarkdown(report, themeList));

  const milliseconds = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMilliseconds = Math.round((cpu.user + cpu.system) / 1000);
  const buildReport = { milliseconds, cpuMilliseconds, css: sizes, tokens: catalogue.size, themes: themeList.length };
  write('build-report.json', JSON.stringify(buildReport, null, 2) + '\n');
  for (const line of summaryLines({ report, buildReport })) log(line);
  return { files, report, buildReport };
}
