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
/**
 * The real tokens, built: by `npm test` once for all test files (scripts/test.mjs passes the folder in
 * POLDER_TOKENS_BUILD), or once per test file when the file runs alone. Tests only read the folder.
 */
export function buildOnce() {
  if (process.env.POLDER_TOKENS_BUILD) return Promise.resolve({ outDir: process.env.POLDER_TOKENS_BUILD });
  shared ??= (async () => {
    const outDir = tempDir();
    await build({ tokensDir: TOKENS, outDir });
    return { outDir };
  })();
  return shared;
}
