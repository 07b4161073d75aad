// Component tests run in a real Chromium: @open-wc/testing (chai, fixtures, axe), @lit-labs/testing for
// server rendering and hydration, and commands that read Chromium's accessibility tree.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { requireChromium, chromiumArgs } from '../../scripts/chromium.mjs';
import { buildStyles } from './scripts/styles.mjs';
import { accessibilityPlugin } from './scripts/accessibility-plugin.mjs';
import { ssrPlugin } from './scripts/ssr-plugin.mjs';
import { tokenCssPlugin } from './scripts/css-plugin.mjs';

await buildStyles();
const rootDir = fileURLToPath(new URL('../..', import.meta.url));
// The SSR fixture plugin resolves module paths from the working directory: run from the repository root.
process.chdir(rootDir);

export default {
  rootDir,
  files: [fileURLToPath(new URL('./src/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  // Generous: the first server render starts a worker, and CI machines are slow; tests wait on events, not time.
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: requireChromium(), args: chromiumArgs, headless: true },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.test.json', import.meta.url)),
    }),
    litSsrPlugin({ workerInitModules: [fileURLToPath(new URL('../../scripts/ssr-ts-loader.mjs', import.meta.url))] }),
    accessibilityPlugin(),
    ssrPlugin(rootDir),
    tokenCssPlugin(),
  ],
};
