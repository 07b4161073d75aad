// ESLint for the whole repository: TypeScript (typescript-eslint), Lit templates (eslint-plugin-lit) and
// custom element rules (eslint-plugin-wc). Formatting is Prettier's job.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      '**/*.styles.ts',
      '**/custom-elements.json',
      '**/.turbo/**',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Light-DOM form elements render into themselves on purpose (see DESIGN: form elements).
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Lit properties go in `static properties` (CONTRIBUTING): the decorator helper costs every component bytes.
    files: ['packages/components/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/decorators.js', message: 'Declare Lit properties in `static properties`.' }] },
      ],
    },
  },
  {
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
