// Lint that holds the shape of the code (STYLE.md): typescript-eslint's
// recommended rules, the rules of hooks, and import rules for the three layers.
//   core   pure TypeScript: no React, tfjs, zustand, xyflow, recharts, KaTeX, DOM;
//          nothing from app or worker.
//   worker tfjs lives here; nothing from app, no React or page libraries.
//   app    React; the worker only as types, and only protocol / protocolViews.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Page-side libraries neither core nor the worker may use. */
const REACT_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'react/*', 'zustand', 'zustand/*', '@xyflow/*', 'recharts'];
const KATEX = ['katex', 'katex/*'];
/** Words live in the app: core and the worker report codes and parameters, never sentences. */
const I18N = ['i18next', 'i18next-*', 'react-i18next'];
const PAGE_LIBRARIES = [...REACT_LIBRARIES, ...KATEX, ...I18N];

const noApp = { group: ['**/app', '**/app/**'], message: 'Nothing imports src/app: it is the top layer.' };

/** What src/core may not import; `libraries` are the page libraries it may not use. */
function corePatterns(libraries) {
  return [
    { group: ['@tensorflow/*'], message: 'src/core is pure TypeScript: tfjs lives only in src/worker.' },
    { group: libraries, message: 'src/core is pure TypeScript: React and page libraries live in src/app.' },
    noApp,
    { group: ['**/worker', '**/worker/**'], message: 'src/core imports nothing from src/worker; the worker imports core.' },
  ];
}

export default defineConfig(
  { ignores: ['dist/', 'public/', 'test-results/', 'playwright-report/', 'bench-results/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: corePatterns(PAGE_LIBRARIES) }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'self', 'postMessage'],
    },
  },
  {
    // Core's tests may render the catalogue's LaTeX with KaTeX to prove it compiles.
    files: ['src/core/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: corePatterns([...REACT_LIBRARIES, ...I18N]) }] },
  },
  {
    files: ['src/worker/**/*.ts'],
    languageOptions: { globals: globals.worker },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: PAGE_LIBRARIES, message: 'The worker has no React or page libraries; they live in src/app.' },
          noApp,
        ],
      }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          {
            group: ['**/worker/**', '!**/worker/protocol', '!**/worker/protocolViews'],
            message: 'src/app reaches the worker only through worker/protocol (types).',
          },
          {
            group: ['**/worker/protocol', '**/worker/protocolViews'],
            allowTypeImports: true,
            message: 'Import the protocol with `import type`, so no worker code reaches the page.',
          },
          { group: ['@tensorflow/*'], message: 'tfjs lives only in src/worker.' },
        ],
      }],
    },
  },
  {
    // Visible words go through the translation layer (src/app/i18n): no words as JSX text, and no
    // literal words in the attributes people read (aria-label, title, alt, placeholder). Text made
    // only of digits, symbols and brackets ("[1, 2] · 0 … 9") is allowed.
    files: ['src/app/**/*.tsx'],
    ignores: ['src/app/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', words: { exclude: [/^[\s\d\p{P}\p{S}]+$/u] } }],
      'no-restricted-syntax': ['error', {
        selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal',
        message: 'Read words people see from the translation layer (t(...)), not a literal.',
      }],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/**/*.fixture.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Command-line scripts and browser tests print progress; page.evaluate callbacks run in the page.
    files: ['scripts/**/*.mjs', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // Every spec takes test and expect from e2e/fixtures.ts, whose test fails on any CSP violation.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from './fixtures': its test checks the Content-Security-Policy." }],
      }],
    },
  },
);
