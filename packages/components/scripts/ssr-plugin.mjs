// A test-runner command that renders a template function on the server side (Node, no DOM) with
// @lit-labs/ssr, the way an app's server does:
//   await executeServerCommand('ssr-render', { module: new URL('./x.template.ts', import.meta.url).pathname,
//                                              export: 'renderButton', args: [state, 'label'] })  → HTML string
// and lists the server templates the package exports (`./*/template.js`) with their render functions:
//   await executeServerCommand('template-exports')  → [{ module: '/…/src/button/button.template.ts', renders: ['renderButton'] }]
// ssrFixturePlugin serves @lit-labs/testing's server fixtures (below).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import '../../../scripts/ssr-ts-loader.mjs';

export function ssrPlugin(rootDir) {
  return {
    name: 'polder-ssr',
    async executeCommand({ command, payload }) {
      if (command === 'template-exports') return templateExports(rootDir);
      if (command !== 'ssr-render') return undefined;
      const { render } = await import('@lit-labs/ssr');
      const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
      const mod = await import(pathToFileURL(join(rootDir, payload.module)).href);
      const fn = mod[payload.export];
      if (typeof fn !== 'function') throw new Error(`ssr-render: ${payload.module} has no export ${payload.export}`);
      return collectResult(render(fn(...(payload.args ?? []))));
    },
  };
}

/**
 * Every template module the package exports, found from its `exports` map the way a user's import resolves:
 * `./<name>/template.js` → `dist/<name>/<name>.template.js`, built from `src/<name>/<name>.template.ts`.
 */
async function templateExports(rootDir) {
  const pkg = join(rootDir, 'packages/components');
  const { exports } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const target = exports['./*/template.js'].default;
  if (target !== './dist/*/*.template.js') throw new Error(`template-exports: unexpected export target ${target}`);
  const found = [];
  for (const name of readdirSync(join(pkg, 'src')).sort()) {
    const file = join(pkg, 'src', name, `${name}.template.ts`);
    if (!existsSync(file)) continue;
    const mod = await import(pathToFileURL(file).href);
    const renders = Object.keys(mod).filter((key) => /^render[A-Z]/.test(key) && typeof mod[key] === 'function');
    found.push({ module: `/${join('packages/components/src', name, `${name}.template.ts`)}`, renders });
  }
  return found;
}

/**
 * The `lit-ssr-render` command of @lit-labs/testing's server fixtures (ssrFixture, ssrHydratedFixture,
 * ssrNonHydratedFixture), answered by one worker thread for the whole run (ssr-fixture-worker.mjs). The package's
 * own plugin starts a new worker for every fixture, which loads Lit, the server renderer and the component's
 * TypeScript again each time: about 0.6 s of CPU per fixture, in every engine. The worker stays out of the test
 * runner's own thread, as there: a server render must not see the runner's globals.
 */
export function ssrFixturePlugin(rootDir) {
  let worker;
  let nextId = 0;
  const pending = new Map();
  const start = () => {
    worker = new Worker(new URL('./ssr-fixture-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, html, error }) => {
      const request = pending.get(id);
      pending.delete(id);
      if (error === undefined) request?.resolve(html);
      else request?.reject(new Error(`lit-ssr-render: ${error}`));
    });
    worker.on('error', (error) => {
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      worker = undefined;
    });
  };
  return {
    name: 'polder-ssr-fixtures',
    async executeCommand({ command, payload }) {
      if (command !== 'lit-ssr-render') return undefined;
      if (!payload) throw new Error('lit-ssr-render: missing payload');
      if (!worker) start();
      const modules = payload.modules.map((module) => pathToFileURL(join(rootDir, module)).href);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, template: payload.template, modules });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
