// The docs site's checks in two lanes side by side: most of their time is spent waiting on a browser, so two lanes
// keep two cores busy where one after the other kept one.
//   lane 1: the story test in Chromium (two pages), then in WebKit;
//   lane 2: the story test in Firefox, then the docs pages and the 320 px sweep (both in Chromium).
// $POLDER_BROWSERS narrows the story test's engines as it does when run alone. Each check's output is printed when
// it ends, so the logs do not interleave; the run fails when any check fails. Run one check alone with
// `node scripts/test-stories.mjs` (or test-docs-pages.mjs, test-320.mjs).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from '../../../scripts/browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const engines = selectedEngines();
const stories = (wanted) => {
  const picked = engines.filter((engine) => wanted.includes(engine));
  return picked.length ? [{ script: 'test-stories.mjs', browsers: picked }] : [];
};
const lanes = [
  stories(['chromium', 'webkit']),
  [...stories(['firefox']), { script: 'test-docs-pages.mjs' }, { script: 'test-320.mjs' }],
];

/** Runs one check; resolves with whether it passed. */
function run({ script, browsers }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const env = browsers ? { ...process.env, POLDER_BROWSERS: browsers.join(',') } : process.env;
    const child = spawn(process.execPath, [join(here, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const name = `${script}${browsers ? ` (${browsers.join(', ')})` : ''}`;
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`--- ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s\n${output}`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(
  lanes.map(async (lane) => {
    const passed = [];
    for (const check of lane) passed.push(await run(check));
    return passed.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
