// A test-runner command that renders a template function on the server side (Node, no DOM) with
// @lit-labs/ssr, the way an app's server does:
//   await executeServerCommand('ssr-render', { module: new URL('./x.template.ts', import.meta.url).pathname,
//                                              export: 'renderButton', args: [state, 'label'] })  → HTML string
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import '../../../scripts/ssr-ts-loader.mjs';

export function ssrPlugin(rootDir) {
  return {
    name: 'polder-ssr',
    async executeCommand({ command, payload }) {
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
