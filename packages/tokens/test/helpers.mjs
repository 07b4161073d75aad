import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/build.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const TOKENS = path.resolve(here, '../../../tokens');
export const fixture = (name) => path.join(here, 'fixtures', name);

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'polder-tokens-'));
}

let shared;
/** Builds the real tokens once per test file into a temporary folder. */
export function buildOnce() {
  shared ??= (async () => {
    const outDir = tempDir();
    const started = performance.now();
    const result = await build({ tokensDir: TOKENS, outDir });
    return { ...result, outDir, milliseconds: performance.now() - started };
  })();
  return shared;
}
