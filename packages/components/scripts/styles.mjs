// Turns every component stylesheet (src/<component>/<component>.css) into a module the element imports
// (<component>.styles.ts, generated, not committed), minified. The CSS file stays the single source.
// On the way, every token reference gets the default theme's value as its fallback (scripts/token-contract.mjs):
// the published CSS never carries a hand-typed fallback, and an unknown `--polder-…` name fails here, naming the
// file, the line and the name.
import { readFile, writeFile } from 'node:fs/promises';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { tokenizedStylesheets } from './token-contract.mjs';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/**
 * Writes the `.styles.ts` modules; returns each stylesheet (path relative to src/) with its minified CSS.
 * `strict` (the build, lint, typecheck and this script) fails on a `--polder-…` name that is not a token; without
 * it (the test runner and the docs dev server) such a name only warns, so work in progress can still be tried.
 */
export async function buildStyles({ strict = false } = {}) {
  const sheets = await tokenizedStylesheets({ strict });
  return Promise.all(
    sheets.map(async ({ file, css }) => {
      const { code } = await transform(css, { loader: 'css', minify: true, sourcefile: file });
      const out = join(src, file).replace(/\.css$/, '.styles.ts');
      const text =
        `// Generated from ${basename(file)} by scripts/styles.mjs. Do not edit: edit the CSS file.\n` +
        `import { unsafeCSS } from 'lit';\n\nexport default unsafeCSS(${JSON.stringify(code.trim())});\n`;
      const old = await readFile(out, 'utf8').catch(() => '');
      if (old !== text) await writeFile(out, text);
      return { file, code };
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildStyles({ strict: true });
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
