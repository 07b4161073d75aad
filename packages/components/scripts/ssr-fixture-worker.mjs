// The worker behind ssrFixturePlugin (ssr-plugin.mjs): renders the templates of @lit-labs/testing's server fixtures
// (ssrFixture, ssrHydratedFixture, ssrNonHydratedFixture), one after the other, for the whole test run. Each request
// imports the modules its test names (Node caches them, so a module's side effects happen once per run, as they do
// once per page in a browser) and renders with deferred hydration, as @lit-labs/testing's own worker does.
import { parentPort } from 'node:worker_threads';
import '../../../scripts/ssr-ts-loader.mjs';

const { render } = await import('@lit-labs/ssr');

let queue = Promise.resolve();
parentPort.on('message', ({ id, template, modules }) => {
  queue = queue.then(async () => {
    try {
      await Promise.all(modules.map((module) => import(module)));
      // The strings lost their `raw` in the message; Lit checks for it before it trusts them as a template.
      const strings = template.strings;
      strings.raw = strings;
      let html = '';
      for (const chunk of render({ ...template, strings }, { deferHydration: true })) html += chunk;
      parentPort.postMessage({ id, html });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
