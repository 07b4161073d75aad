// Builds @polder/components:
//   dist/development/  tsc output with development warnings on (the `development` export condition)
//   dist/              the same modules minified, with development warnings compiled out
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

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(pkg, 'dist');
const dev = join(dist, 'development');
const bin = (name) => join(pkg, '..', '..', 'node_modules', '.bin', name);

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
    let source = await readFile(from, 'utf8');
    if (file === join('dev', 'dev-mode.js')) source = 'export const DEV_MODE = false;\n';
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
