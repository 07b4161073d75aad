// Performance budgets: the full build under 5 s, each theme's CSS (both schemes) at most 12 KB gzipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from '../src/build.mjs';
import { TOKENS, tempDir } from './helpers.mjs';

const BUILD_MS = 5000;
const CSS_GZIP_BYTES = 12 * 1024;

// CPU time, not wall-clock time: the build is single-threaded, and CPU time does not grow when other
// processes share the machine, so the budget is enforced reliably.
test(`the full token build takes less than ${BUILD_MS / 1000} s`, async (t) => {
  const { buildReport } = await build({ tokensDir: TOKENS, outDir: tempDir() });
  t.diagnostic(`token build: ${buildReport.cpuMilliseconds} ms CPU, ${buildReport.milliseconds} ms wall-clock`);
  assert.ok(buildReport.cpuMilliseconds < BUILD_MS, `${buildReport.cpuMilliseconds} ms CPU`);
});

test(`each theme's CSS with both schemes is at most ${CSS_GZIP_BYTES / 1024} KB gzipped`, async (t) => {
  const outDir = tempDir();
  await build({ tokensDir: TOKENS, outDir });
  const themes = JSON.parse(fs.readFileSync(path.join(outDir, 'json/themes.json'), 'utf8'));
  for (const { name } of themes) {
    for (const file of [`${name}.css`, `${name}.root.css`]) {
      const css = fs.readFileSync(path.join(outDir, 'css', file));
      const gzip = zlib.gzipSync(css, { level: 9 }).length;
      t.diagnostic(`css/${file}: ${css.length} bytes, ${gzip} bytes gzipped`);
      assert.ok(gzip <= CSS_GZIP_BYTES, `css/${file} is ${gzip} bytes gzipped`);
    }
  }
});
