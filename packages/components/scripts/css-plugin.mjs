// Serves component stylesheets to the browser tests as they are published: shared blocks inlined and every token
// fallback written from the default theme (compileStylesheet, the same as the build), so a plain-HTML page in a
// test that links a source `.css` looks exactly like the published CSS, not like the fallbacks typed in the source.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStylesheet, loadTokens } from './token-contract.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function tokenCssPlugin() {
  let tokens;
  return {
    name: 'polder-token-css',
    transform(context) {
      if (!context.path.startsWith('/packages/components/src/') || !context.path.endsWith('.css')) return undefined;
      tokens ??= loadTokens().tokens;
      const path = join(repo, context.path);
      return { body: compileStylesheet(path, { tokens, source: String(context.body), file: context.path }).css };
    },
  };
}
