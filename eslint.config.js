// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Globals only the page has: search's build and shared sides may not use them. */
const domGlobals = [
  'document',
  'window',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'requestIdleCallback',
  'HTMLElement',
  'CSSStyleSheet',
];
/** Globals only Node has: search's browser and shared sides may not use them. */
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global'];
const only = (/** @type {string} */ side) => (/** @type {string} */ name) => ({
  name,
  message: `${name} belongs to ${side} only.`,
});
const nodeImports = {
  regex: '^(node:|astro:|(fs|path|url|zlib|os|child_process|pagefind|cborg|pinyin-pro|opencc-js)$)',
  message: 'Node-only: the build side of search (src/search/build/) only.',
};
const sideImports = (/** @type {string} */ side) => ({
  group: [`../${side}`, `../${side}/*`],
  message: `This side of search may not import its ${side} side.`,
});

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '**/*.tmp.*',
      'e2e/fixtures/**/dist/',
    ],
  },
  js.configs.recommended,
  // Typed rules: the project service gives every file its tsconfig, so a promise left
  // floating or an `any` leaking out of a library is an error, not a review comment.
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { project: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    // Astro's JSX expressions are typed loosely by its language tools: a .map() returning markup
    // reads as `any` there, which says nothing about our code.
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  // Plain JavaScript (configs, the inline head script) is checked without types.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Search has three sides (docs/architecture.md, "Search"); each may use only what its side has.
  {
    files: ['src/search/build/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals.map(only('the browser side (src/search/browser/)'))],
      'no-restricted-imports': ['error', { patterns: [sideImports('browser')] }],
    },
  },
  {
    files: ['src/search/browser/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals.map(only('the build side (src/search/build/)'))],
      'no-restricted-imports': ['error', { patterns: [nodeImports, sideImports('build')] }],
    },
  },
  {
    files: ['src/search/shared/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map(only('the browser side (src/search/browser/)')),
        ...nodeGlobals.map(only('the build side (src/search/build/)')),
      ],
      'no-restricted-imports': ['error', { patterns: [nodeImports, sideImports('build'), sideImports('browser')] }],
    },
  },
  // Other folders take search from its entry points only.
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.astro'],
    ignores: ['src/search/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/search/shared/*',
                '**/search/build/*',
                '**/search/browser/*',
                '!**/search/*/index',
                '!**/search/*/index.ts',
              ],
              message: 'Import search through src/search/{shared,build,browser}/index.ts.',
            },
          ],
        },
      ],
    },
  },
);
