// @polder/css: every component stylesheet of @polder/components as plain CSS, one file per component
// (dist/<component>.css), the page layer of this package (src/page.css → dist/page.css), and all of them in
// dist/polder.css, for pages without JavaScript.
// The page layer is read like the component stylesheets (compileStylesheet): shared blocks it imports are inlined,
// every `var(--polder-…)` gets the default theme's value as its fallback, and a name that is not a token fails the
// build, naming the file, the line and the name. The component stylesheets come built (and inlined) from
// @polder/components.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { publishedNames } from './names.mjs';
import { compileStylesheet, loadTokens, HOW_TO_FIX } from '../../components/scripts/token-contract.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(dirname(createRequire(import.meta.url).resolve('@polder/components/package.json')), 'dist');
const src = join(here, 'src');
const out = join(here, 'dist');

// The page layer, first: it is the base the component stylesheets build on.
const { tokens } = loadTokens();
const layer = [];
const problems = [];
for (const file of (await readdir(src)).filter((f) => f.endsWith('.css')).sort()) {
  const source = await readFile(join(src, file), 'utf8');
  const result = compileStylesheet(join(src, file), { tokens, source, file: `packages/css/src/${file}` });
  problems.push(...result.problems.map((p) => p.message));
  const { code } = await transform(result.css, { loader: 'css', minify: true, sourcefile: file });
  layer.push({ file, css: code });
}
if (problems.length) {
  console.error(`The page layer breaks the token contract:\n  ${problems.join('\n  ')}\n${HOW_TO_FIX}`);
  process.exit(1);
}

const files = (await readdir(components, { recursive: true }))
  .filter((f) => f.endsWith('.css') && !f.startsWith('development'))
  .sort((a, b) => (a.startsWith('styles') ? -1 : b.startsWith('styles') ? 1 : a.localeCompare(b)));
// One published name per stylesheet: a second stylesheet with a name already taken (a component's, or the page
// layer's) stops the build, naming both files, instead of overwriting the first.
const names = publishedNames([...layer.map(({ file }) => `src/${file}`), ...files]);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const all = [];
for (const { file, css } of layer) {
  await writeFile(join(out, file), css);
  all.push(`/* ${file} */\n${css.trim()}`);
}
for (const [name, file] of names) {
  if (file.startsWith('src/')) continue;
  const css = await readFile(join(components, file), 'utf8');
  await writeFile(join(out, name), css);
  all.push(`/* ${name} */\n${css.trim()}`);
}
await writeFile(join(out, 'polder.css'), all.join('\n') + '\n');
console.log(`@polder/css: the page layer and ${files.length} component stylesheets`);
