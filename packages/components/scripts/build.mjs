// Builds @polder/components:
//   dist/development/  tsc output with development warnings on (the `development` export condition)
//   dist/              the same modules minified, with development warnings and their messages compiled out
//   dist/<c>/<c>.css   each component stylesheet, minified, with the default theme's values as token fallbacks,
//                      for pages without JavaScript
//   custom-elements.json
//   dist/docs/         llms.txt and llms/<component>.md for AI coding assistants (scripts/llms.mjs)
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { buildStyles } from './styles.mjs';
import { writeEditorData, writeReactJsx, writeVueTypes } from './editor-data.mjs';
import { writeLlms } from './llms.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const dev = join(dist, 'development');
const bin = (name) => join(pkg, '..', '..', 'node_modules', '.bin', name);

/**
 * The production source of a module: development warnings are compiled out with their messages. Every
 * `devWarn(…)` call becomes `false && devWarn(…)`, which the minifier drops with its arguments, and the
 * development flag becomes a constant.
 */
function production(file, source) {
  if (file === join('dev', 'dev-mode.js')) return 'export const DEV_MODE = false;\n';
  return source
    .replace(/^import \{ DEV_MODE \} from '[^']*dev-mode\.js';$/m, 'const DEV_MODE = false;')
    .replace(/(?<![\w$.]|function )devWarn\(/g, 'false && devWarn(');
}

await rm(dist, { recursive: true, force: true });
const stylesheets = await buildStyles({ strict: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: pkg, stdio: 'inherit' });

for (const file of await readdir(dev, { recursive: true })) {
  const from = join(dev, file);
  const to = join(dist, file);
  if (file.endsWith('.d.ts')) {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
  } else if (file.endsWith('.js')) {
    const source = production(file, await readFile(from, 'utf8'));
    const { code } = await transform(source, {
      loader: 'js',
      format: 'esm',
      target: 'es2022',
      minify: true,
    });
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, code);
  }
}

for (const { file, code } of stylesheets) {
  await mkdir(dirname(join(dist, file)), { recursive: true });
  await writeFile(join(dist, file), code);
}

execFileSync(bin('custom-elements-manifest'), ['analyze', '--quiet'], { cwd: pkg, stdio: 'inherit' });
const count = await writeEditorData(pkg);
await writeReactJsx(pkg);
await writeLlms(pkg);
await writeVueTypes(pkg);
console.log(
  `built ${stylesheets.length} stylesheets, the custom elements manifest and editor data for ${count} elements`,
);
