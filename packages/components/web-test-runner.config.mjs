// Component tests run in real browsers: @open-wc/testing (chai, fixtures, axe), @lit-labs/testing for server
// rendering and hydration, and commands that read Chromium's accessibility tree. Three engines can run them
// (scripts/engines.mjs): Chromium, Firefox and WebKit. Tests that need Chromium's DevTools protocol say
// "(Chromium only)" in their title and are reported as skipped in the other two.
// By default the suite runs in all three, side by side; POLDER_BROWSERS (e.g. `POLDER_BROWSERS=chromium`) picks
// the engines.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { buildStyles } from './scripts/styles.mjs';
import { accessibilityPlugin } from './scripts/accessibility-plugin.mjs';
import { enginesPlugin, launchers, testRunnerHtml } from './scripts/engines.mjs';
import { ssrFixturePlugin, ssrPlugin } from './scripts/ssr-plugin.mjs';
import { tokenCssPlugin } from './scripts/css-plugin.mjs';

await buildStyles();
const rootDir = fileURLToPath(new URL('../..', import.meta.url));
// The SSR fixture plugin resolves module paths from the working directory: run from the repository root.
process.chdir(rootDir);

export default {
  rootDir,
  files: [fileURLToPath(new URL('./src/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['development'] },
  // Two Chromium pages at a time (Firefox and WebKit: one, see engines.mjs).
  concurrency: 2,
  // Generous: the first server render starts a worker, and CI machines are slow; tests wait on events, not time.
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml,
  browsers: launchers(selectedEngines()),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.test.json', import.meta.url)),
    }),
    ssrFixturePlugin(rootDir),
    enginesPlugin(),
    accessibilityPlugin(),
    ssrPlugin(rootDir),
    tokenCssPlugin(),
  ],
};
