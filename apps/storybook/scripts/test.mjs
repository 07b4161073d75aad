// The docs site's checks, side by side: the story test (three engines), the docs pages and the 320 px sweep. They
// mostly wait on the browsers, so running them at once takes about as long as the longest one on two cores. Each
// check's output is printed when it ends, so the logs do not interleave; the run fails when any check fails.
// Run one alone with `node scripts/test-stories.mjs` (or test-docs-pages.mjs, test-320.mjs).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const checks = ['test-stories.mjs', 'test-docs-pages.mjs', 'test-320.mjs'];

const codes = await Promise.all(
  checks.map(
    (check) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(process.execPath, [join(here, check)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(0);
          console.log(`--- ${check}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s\n${output}`);
          resolve(code);
        });
      }),
  ),
);
process.exit(codes.every((code) => code === 0) ? 0 : 1);
