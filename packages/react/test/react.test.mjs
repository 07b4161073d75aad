// The generated wrappers in a real React app in Chromium, with React 19 (installed) and React 18 (fetched from
// the registry into a temporary folder): properties reach the element, React's children become the native
// button's label and stay live, events arrive as on<Event> props, and the native form submission works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { requireChromium, chromiumTestArgs } from '../../../scripts/chromium.mjs';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));

const app = `
import * as React from 'react';
import * as ReactDOM from 'react-dom/client';
import { PolderButton } from '@polder/react/button.js';
import { PolderAlert } from '@polder/react/alert.js';
const h = React.createElement;
function App() {
  const [count, setCount] = React.useState(0);
  return h('form', { id: 'f', onSubmit: (e) => { e.preventDefault(); window.submitted = [...new FormData(e.target, e.nativeEvent.submitter)]; } },
    h(PolderButton, { variant: 'secondary', name: 'actie', value: 'tel', onClick: () => setCount((c) => c + 1) }, 'Geklikt: ' + count),
    h(PolderAlert, { type: 'success', heading: 'Gelukt' }, 'Opgeslagen'));
}
ReactDOM.createRoot(document.getElementById('root')).render(h(App));
window.reactVersion = React.version;
`;

async function bundle(alias) {
  const result = await build({
    stdin: { contents: app, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    alias,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function check(t, code, major) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumTestArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<div id="root"></div>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => document.querySelector('polder-button button'));
    assert.match(await page.evaluate(() => window.reactVersion), new RegExp(`^${major}\\.`));
    const button = page.locator('polder-button button');
    assert.equal(await button.getAttribute('class'), 'polder-button polder-button--secondary');
    assert.equal((await button.textContent()).trim(), 'Geklikt: 0');
    await button.click();
    await page.waitForFunction(() => document.querySelector('polder-button button').textContent.includes('Geklikt: 1'));
    assert.deepEqual(await page.evaluate(() => window.submitted), [['actie', 'tel']]);
    const heading = await page.evaluate(
      () => document.querySelector('polder-alert').shadowRoot.querySelector('h2')?.textContent,
    );
    assert.match(heading ?? '', /Gelukt/);
    assert.deepEqual(errors, []);
    t.diagnostic(
      `React ${await page.evaluate(() => window.reactVersion)}: properties, children, events and form submission work`,
    );
  } finally {
    await browser.close();
  }
}

test('works with React 19', async (t) => {
  await check(t, await bundle({}), 19);
});

test('works with React 18', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'polder-react18-'));
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        'react@18.3.1',
        'react-dom@18.3.1',
      ],
      {
        stdio: 'ignore',
      },
    );
    const code = await bundle({
      react: join(dir, 'node_modules/react'),
      'react-dom': join(dir, 'node_modules/react-dom'),
    });
    await check(t, code, 18);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('React 19 JSX typings: <polder-*> elements type-check their attributes', () => {
  const tsc = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));
  const project = fileURLToPath(new URL('./jsx/tsconfig.json', import.meta.url));
  // Throws with tsc's output when a typing is missing or wrong (the fixture also expects one error).
  execFileSync(tsc, ['-p', project], { encoding: 'utf8' });
});
