// Runs the token tests (`node --test test/*.test.mjs`) on one build of the real tokens: built here once, into a
// temporary folder that every test file reads (POLDER_TOKENS_BUILD, see test/helpers.mjs), instead of once in each
// test file's own process. Run one file alone with `node --test test/<name>.test.mjs`: it then builds for itself.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/build.mjs';
import { TOKENS } from '../test/helpers.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'polder-tokens-'));
let status = 1;
try {
  await build({ tokensDir: TOKENS, outDir });
  const files = readdirSync(join(pkg, 'test'))
    .filter((file) => file.endsWith('.test.mjs'))
    .sort()
    .map((file) => join('test', file));
  const run = spawnSync(process.execPath, ['--test', ...files], {
    cwd: pkg,
    stdio: 'inherit',
    env: { ...process.env, POLDER_TOKENS_BUILD: outDir },
  });
  status = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(status);
