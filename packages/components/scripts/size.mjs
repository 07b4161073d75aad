// Size budgets, checked in `npm test`: each component's entry point (its define module) bundled with everything it
// imports, the shared folders included and Lit left out, minified and gzipped: what a page pays for the component
// on top of Lit. The `bundles` in size-budgets.json are measured with Lit (what a page with those components
// downloads in all). Reads the production build in dist/.
//
// size-budgets.json holds the goals (`defaultGoal`, `goals`) and, for a component that is still over its goal, a
// ceiling (`ceilings`) at its measured size, so it cannot grow while it is brought down. Over a goal is reported;
// over a ceiling (or a goal without a ceiling) fails.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const config = JSON.parse(await readFile(join(pkg, 'size-budgets.json'), 'utf8'));

/** Bundles the define modules of `components`, with or without Lit; returns the gzipped bytes. */
async function measure(components, { withLit = false } = {}) {
  const result = await build({
    stdin: {
      contents: components.map((c) => `import ${JSON.stringify(`./${c}/define.js`)};`).join('\n'),
      resolveDir: dist,
    },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    external: withLit ? [] : ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const rows = [];
for (const entry of (await readdir(dist, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
  if (!entry.isDirectory() || !existsSync(join(dist, entry.name, 'define.js'))) continue;
  rows.push({
    name: `<polder-${entry.name}>`,
    size: await measure([entry.name]),
    goal: config.goals?.[entry.name] ?? config.defaultGoal,
    ceiling: config.ceilings?.[entry.name],
  });
}
for (const [name, { components, goal, ceiling }] of Object.entries(config.bundles ?? {})) {
  rows.push({ name: `${name} (with Lit)`, size: await measure(components, { withLit: true }), goal, ceiling });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const width = Math.max(...rows.map((r) => r.name.length));
const failed = [];
const over = [];
for (const row of rows) {
  const { name, size, goal, ceiling } = row;
  const limit = ceiling ?? goal;
  let note = '';
  if (size > limit) {
    failed.push(row);
    note = `  over its ${ceiling ? 'ceiling' : 'budget'} by ${size - limit} bytes`;
  } else if (size > goal) {
    over.push(row);
    note = `  ${size - goal} bytes over the goal (ceiling ${kb(ceiling)})`;
  }
  const mark = size > limit ? '✗' : size > goal ? '!' : '✓';
  console.log(`${mark} ${name.padEnd(width)} ${kb(size).padStart(8)}  (goal ${kb(goal)})${note}`);
}
console.log(`\n${rows.length - over.length - failed.length} within their goal, ${over.length} over their goal.`);
if (failed.length) {
  console.error(
    '\nSize budget exceeded: make the component smaller or, with a reason, raise its budget in size-budgets.json.',
  );
  process.exit(1);
}
