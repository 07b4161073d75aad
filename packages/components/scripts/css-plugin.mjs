// Serves component stylesheets to the browser tests as they are published: every token fallback written from the
// default theme (the same rewrite as the build), so a plain-HTML page in a test that links a source `.css` looks
// exactly like the published CSS, not like the fallbacks typed in the source.
import { applyTokens, loadTokens } from './token-contract.mjs';

export function tokenCssPlugin() {
  let tokens;
  return {
    name: 'polder-token-css',
    transform(context) {
      if (!context.path.startsWith('/packages/components/src/') || !context.path.endsWith('.css')) return undefined;
      tokens ??= loadTokens().tokens;
      return { body: applyTokens(String(context.body), { file: context.path, tokens }).css };
    },
  };
}
