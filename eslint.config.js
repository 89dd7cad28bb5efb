// ESLint (flat config): the recommended rules for JavaScript, TypeScript (typescript-eslint, not type-checked, to
// stay fast), Svelte 5 and Astro. Nothing here is about layout: Prettier formats, and eslint-config-prettier (last)
// turns off every rule that would disagree with it. Run with `npm run lint`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'public/data/', 'test-results/', 'playwright-report/', 'shots/']),

  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,

  {
    languageOptions: {
      // The site's code runs in the browser, its build (Astro frontmatter, content config, integrations), scripts,
      // bench and tests in Node; e2e tests also pass functions to the page (page.evaluate). Both sets, everywhere:
      // the type checker (astro check) already catches a browser API used on the server.
      globals: { ...globals.browser, ...globals.node },
    },
  },

  {
    // Svelte components and rune modules (*.svelte.ts): TypeScript inside <script lang="ts"> and in .svelte.ts.
    // svelte.config.js is not passed: it only adds vitePreprocess, and Svelte 5 parses TypeScript itself.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },

  {
    rules: {
      // `{#each { length: n } as _, i}` is how Svelte iterates by index only; each-block items count as parameters,
      // so a parameter named with a leading underscore is taken as deliberately unused. Everything else unused is
      // still an error.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The components mark hydration with `let ready = $state(false); $effect(() => { ready = true; })`: effects
      // never run on the server, so the server HTML says "not ready" until the island is live. The rule's advice, a
      // writable $derived, would be true on the server too, so it is wrong for this pattern.
      'svelte/prefer-writable-derived': 'off',
    },
  },

  prettier,
  svelte.configs.prettier,
);
