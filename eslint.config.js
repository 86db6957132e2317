// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

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
);
