// Size budget (deterministic): each theme's CSS (both schemes) at most 12 KB gzipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildOnce } from './helpers.mjs';

const CSS_GZIP_BYTES = 12 * 1024;

// Build time is measured by `npm run bench -w @polder/tokens` (a benchmark, not a timed test).
test(`each theme's CSS with both schemes is at most ${CSS_GZIP_BYTES / 1024} KB gzipped`, async (t) => {
  const { outDir } = await buildOnce();
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
