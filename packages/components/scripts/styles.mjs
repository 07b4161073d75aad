// Turns every component stylesheet (src/<component>/<component>.css) into a module the element imports
// (<component>.styles.ts, generated, not committed), minified. The CSS file stays the single source.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

export async function buildStyles() {
  const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.css'));
  await Promise.all(
    files.map(async (file) => {
      const path = join(src, file);
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true, sourcefile: file });
      const out = path.replace(/\.css$/, '.styles.ts');
      const text =
        `// Generated from ${basename(file)} by scripts/styles.mjs. Do not edit: edit the CSS file.\n` +
        `import { unsafeCSS } from 'lit';\n\nexport default unsafeCSS(${JSON.stringify(code.trim())});\n`;
      const old = await readFile(out, 'utf8').catch(() => '');
      if (old !== text) await writeFile(out, text);
    }),
  );
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildStyles();
