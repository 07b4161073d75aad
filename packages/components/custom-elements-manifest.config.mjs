// The custom elements manifest drives the docs' API tables, the React wrappers and editor data.
// Only public API goes in: private and protected members, `@internal` ones and statics are filtered out.
function publicOnly() {
  return {
    name: 'polder-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members) continue;
          decl.members = decl.members.filter(
            (m) =>
              !m.static &&
              m.privacy !== 'private' &&
              m.privacy !== 'protected' &&
              !m.name.startsWith('_') &&
              !/@internal/.test(m.description ?? ''),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/test-helpers/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [publicOnly()],
};
