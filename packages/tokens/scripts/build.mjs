#!/usr/bin/env node
// Builds @polder/tokens from the design tokens in the repository's tokens/ folder.
//   node scripts/build.mjs [--tokens <dir>] [--out <dir>]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from '../src/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { tokens: { type: 'string' }, out: { type: 'string' } },
});
try {
  await build({
    tokensDir: path.resolve(values.tokens ?? path.join(here, '../../../tokens')),
    outDir: path.resolve(values.out ?? path.join(here, '../dist')),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error.name === 'TokenBuildError' ? error.message : error);
  process.exitCode = 1;
}
