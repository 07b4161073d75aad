// Bundles the browser code and the page stylesheet into dist/ with content-hashed names and writes
// dist/manifest.json for the server.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist`;

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { client: 'src/client.js', app: 'src/styles.css' },
  outdir,
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome111', 'firefox115', 'safari16.4'],
  // The published, minified builds of the packages (not their "development" condition).
  conditions: ['browser', 'production', 'default'],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const manifest = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (output.entryPoint?.endsWith('client.js')) manifest.js = basename(file);
  if (output.entryPoint?.endsWith('styles.css')) manifest.css = basename(file);
}
writeFileSync(`${outdir}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Built ${manifest.js} and ${manifest.css}`);
