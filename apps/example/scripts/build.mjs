// Bundles the browser code and the stylesheets into dist/ with content-hashed names, one script and one stylesheet
// per kind of page (src/assets.js: only the components the page uses), and writes dist/manifest.json for the
// server. Code that several pages share (Lit, the frame's components) goes into shared chunks, cached once.
import { build } from 'esbuild';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRAME, OPTIONAL, PAGES } from '../src/assets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist`;
const src = `${root}src`;
const kinds = /** @type {(keyof typeof PAGES)[]} */ (Object.keys(PAGES));

/** The script of one kind of page: hydration support first, then its define modules, then the behaviour. */
function pageScript(/** @type {keyof typeof PAGES} */ kind) {
  const elements = [...new Set([...FRAME.elements, ...PAGES[kind].elements])];
  return [
    ...elements.map((name) => `import '@polder/components/${name}/define.js';`),
    `import { setUp } from './client.js';`,
    `setUp({ ${OPTIONAL.map((name) => `'${name}': () => import('@polder/components/${name}/define.js')`).join(', ')} });`,
  ].join('\n');
}

/** A stylesheet: the given @polder/css component stylesheets (and, for the base, the tokens and the layout). */
function styles(/** @type {readonly string[]} */ names, base = false) {
  return [
    ...(base ? [`@import '@polder/tokens/css/polder.root.css';`] : []),
    ...names.map((name) => `@import '@polder/css/${name}.css';`),
    ...(base ? [`@import './app.css';`] : []),
  ].join('\n');
}

/** `page:<kind>.js` and `page:<kind>.css` are made here, not read from files. */
const pagesPlugin = {
  name: 'pages',
  setup(/** @type {import('esbuild').PluginBuild} */ b) {
    b.onResolve({ filter: /^page:/ }, (args) => ({ path: args.path.slice(5), namespace: 'page' }));
    b.onLoad({ filter: /.*/, namespace: 'page' }, (args) => {
      const [name, type] = args.path.split('.');
      // Hydration support runs before Lit's element class is evaluated: a script of its own, first in the page
      // (in one module graph with the pages' scripts, a shared chunk with Lit could run before it).
      if (name === 'hydrate')
        return {
          contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';`,
          loader: 'js',
          resolveDir: src,
        };
      if (type === 'js') return { contents: pageScript(/** @type {any} */ (name)), loader: 'js', resolveDir: src };
      const contents =
        name === 'base' ? styles(FRAME.styles, true) : styles(PAGES[/** @type {'start'} */ (name)].styles);
      return { contents, loader: 'css', resolveDir: src };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
/** @type {Record<string, string>} */
const entryPoints = { base: 'page:base.css', hydrate: 'page:hydrate.js' };
for (const kind of kinds) {
  entryPoints[`${kind}`] = `page:${kind}.js`;
  if (PAGES[kind].styles.length) entryPoints[`${kind}-styles`] = `page:${kind}.css`;
}
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: ['chrome111', 'firefox115', 'safari16.4'],
  // The published, minified builds of the packages (not their "development" condition).
  conditions: ['browser', 'production', 'default'],
  legalComments: 'none',
  metafile: true,
  logLevel: 'error',
  plugins: [pagesPlugin],
});

/** @type {Record<string, { js: string[], preload: string[], css: string[] }>} */
const pages = {};
/** @type {Record<string, string>} */
const byEntry = {};
for (const [file, output] of Object.entries(result.metafile.outputs))
  if (output.entryPoint) byEntry[output.entryPoint.replace(/^page:/, '')] = file;
const base = basename(byEntry['base.css']);
for (const kind of kinds) {
  const js = byEntry[`${kind}.js`];
  // The chunks the script imports at once: preloaded with it, so they do not wait for it.
  /** @type {Set<string>} */
  const preload = new Set();
  const visit = (/** @type {string} */ file) => {
    for (const i of result.metafile.outputs[file].imports)
      if (i.kind === 'import-statement' && !preload.has(i.path)) {
        preload.add(i.path);
        visit(i.path);
      }
  };
  visit(js);
  const css = [base, ...(byEntry[`${kind}.css`] ? [basename(byEntry[`${kind}.css`])] : [])];
  const hydrate = basename(byEntry['hydrate.js']);
  pages[kind] = { js: [hydrate, basename(js)], preload: [...preload].map((f) => basename(f)), css };
}
const files = readdirSync(outdir).filter((f) => /\.(js|css)$/.test(f));
writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify({ pages, files }, null, 2)}\n`);
console.log(`Built ${kinds.length} pages' scripts and stylesheets, ${files.length} files`);
