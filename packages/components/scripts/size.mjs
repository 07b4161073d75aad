// Size budgets, checked in `npm test`: each component's own JavaScript (its define module and everything it
// imports, minus Lit and the shared folders), minified and gzipped, must stay within its budget; the shared
// form foundation is measured on its own. Reads the production build in dist/.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const config = JSON.parse(await readFile(join(pkg, 'size-budgets.json'), 'utf8'));

/** Bundles entry points with Lit and the shared folders (except `keep`) left out; returns gzipped bytes. */
async function measure(entries, keep = []) {
  const shared = new Set(config.sharedFolders.filter((f) => !keep.includes(f)));
  const result = await build({
    stdin: { contents: entries.map((e) => `export * from ${JSON.stringify(e)};`).join('\n'), resolveDir: dist },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    plugins: [
      {
        name: 'externals',
        setup(b) {
          b.onResolve({ filter: /^(lit|@lit|@lit-labs)(\/|$)/ }, (args) => ({ path: args.path, external: true }));
          b.onResolve({ filter: /^\./ }, (args) => {
            const file = join(args.resolveDir, args.path);
            const top = relative(dist, file).split(/[\\/]/)[0];
            if (shared.has(top)) return { path: file, external: true };
            return undefined;
          });
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const rows = [];
for (const [name, { entries, budget }] of Object.entries(config.shared)) {
  const files = [];
  for (const folder of entries) {
    if (!existsSync(join(dist, folder))) continue;
    for (const f of await readdir(join(dist, folder))) if (f.endsWith('.js')) files.push(`./${folder}/${f}`);
  }
  rows.push({ name, size: await measure(files, entries), budget });
}
for (const entry of await readdir(dist, { withFileTypes: true })) {
  if (!entry.isDirectory() || !existsSync(join(dist, entry.name, 'define.js'))) continue;
  const budget = config.components[entry.name] ?? config.defaultBudget;
  rows.push({ name: `<polder-${entry.name}>`, size: await measure([`./${entry.name}/define.js`]), budget });
}

let failed = false;
for (const { name, size, budget } of rows) {
  const over = size > budget;
  failed ||= over;
  console.log(
    `${over ? '✗' : '✓'} ${name.padEnd(28)} ${(size / 1024).toFixed(2).padStart(6)} KB  (budget ${(budget / 1024).toFixed(1)} KB)`,
  );
}
if (failed) {
  console.error(
    '\nSize budget exceeded: make the component smaller or, with a reason, raise its budget in size-budgets.json.',
  );
  process.exit(1);
}
