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

// Elements are registered through `defineElement(tag, Class)` (src/registry), which the analyzer does not know:
// record each call as the definition `customElements.define(tag, Class)` would give, with the class's module
// resolved from the define module's imports.
function defineElementCalls() {
  return {
    name: 'polder-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const source = node.getSourceFile();
      const specifier = source.statements
        .filter(ts.isImportDeclaration)
        .find((i) => i.importClause?.namedBindings?.elements?.some((e) => e.name.text === element.text))
        ?.moduleSpecifier.text;
      const dir = moduleDoc.path.slice(0, moduleDoc.path.lastIndexOf('/'));
      const module = specifier ? `/${dir}/${specifier.replace(/^\.\//, '')}` : `/${moduleDoc.path}`;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/test-helpers/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [defineElementCalls(), publicOnly()],
};
