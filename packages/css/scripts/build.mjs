// @polder/css: every component stylesheet of @polder/components as plain CSS, one file per component
// (dist/<component>.css) and all of them in dist/polder.css, for pages without JavaScript.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { publishedNames } from './names.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(dirname(createRequire(import.meta.url).resolve('@polder/components/package.json')), 'dist');
const out = join(here, 'dist');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const files = (await readdir(components, { recursive: true }))
  .filter((f) => f.endsWith('.css') && !f.startsWith('development'))
  .sort((a, b) => (a.startsWith('styles') ? -1 : b.startsWith('styles') ? 1 : a.localeCompare(b)));
const all = [];
for (const [name, file] of publishedNames(files)) {
  const css = await readFile(join(components, file), 'utf8');
  await writeFile(join(out, name), css);
  all.push(`/* ${name} */\n${css.trim()}`);
}
await writeFile(join(out, 'polder.css'), all.join('\n') + '\n');
console.log(`@polder/css: ${files.length} stylesheets`);
