// Server rendering keeps nothing per rendered value, run in `npm test`: a server that renders thousands of forms
// with different values must not grow its heap. Lit keeps every distinct template it has seen for good, so a
// value must never become part of a template (as `unsafeStatic` would make it). Renders text areas with distinct
// values, as the example service's server does, and compares the heap after 200 and after 2,000 renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import '../../../scripts/ssr-ts-loader.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { renderTextarea } = await import('../src/textarea/textarea.template.ts');

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

test('rendering 2,000 text areas with distinct values does not grow the heap', () => {
  let rendered = 0;
  const renderUpTo = (count) => {
    for (; rendered < count; rendered++) {
      const value = `Mijn vraag nummer ${rendered} gaat over de parkeervergunning <script>&amp;</textarea>`;
      const html = collectResultSync(
        render(renderTextarea({ id: `vraag-${rendered}`, name: 'vraag', label: 'Uw vraag', value, maxlength: 500 })),
      );
      // Escaped, never markup: the value cannot close the textarea.
      assert.ok(
        html.includes(
          `>Mijn vraag nummer ${rendered} gaat over de parkeervergunning &lt;script>&amp;amp;&lt;/textarea></textarea`,
        ),
      );
    }
  };
  renderUpTo(200);
  const after200 = heapAfterGc();
  renderUpTo(2000);
  const after2000 = heapAfterGc();
  const growth = after2000 - after200;
  // A template kept per value costs tens of kilobytes: 1,800 of them would be tens of megabytes. Allow 2 MB for
  // the engine's own noise.
  assert.ok(
    growth < 2 * 1024 * 1024,
    `the heap grew by ${(growth / 1024 / 1024).toFixed(1)} MB from 200 to 2,000 renders`,
  );
});
