import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/** STYLE.md's one-way dependencies: domain ← compose/simulator/contracts ← apps. */
const boundary = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});
const appsAndBff = ['@cs/bff', '@cs/console', '**/apps/**'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tmp/**', '**/test-results/**', '**/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/domain/**'],
    rules: boundary('packages/domain must be independent: it imports no other package of this repo.', [
      '@cs/*',
      ...appsAndBff,
    ]),
  },
  {
    files: ['packages/contracts/**', 'packages/compose/**', 'packages/simulator/**'],
    rules: boundary('This package may depend on @cs/domain only, never on another package or an app.', [
      '@cs/contracts',
      '@cs/compose',
      '@cs/simulator',
      ...appsAndBff,
    ]),
  },
  {
    files: ['apps/console/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@tanstack/query/exhaustive-deps': 'error',
      '@tanstack/query/no-rest-destructuring': 'error',
      '@tanstack/query/stable-query-client': 'error',
      ...boundary(
        'The console talks to the BFF over HTTP only (through @cs/contracts); the simulator runs in the BFF.',
        ['@cs/bff', '@cs/simulator', '**/bff/**'],
      ),
    },
  },
  {
    files: ['apps/bff/**'],
    rules: boundary('The BFF never imports the console.', ['@cs/console', '**/console/src/**']),
  },
);
