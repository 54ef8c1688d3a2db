import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const webSrc = path.join(import.meta.dirname, 'packages/web/src');

/**
 * Web boundaries (house plan, issue 17): a feature (`web/src/features/<a>`) never imports another feature
 * (`features/<b>`), and `web/src/shared` imports no feature. Shared pieces live in `web/src/shared`; a page that shows
 * another feature's panel gets it from the app (`app/router.tsx`, see `DebtorFileSlots`).
 */
const webBoundaries = {
  rules: {
    'feature-imports': {
      meta: {
        type: 'problem',
        docs: { description: 'web features import only themselves and shared/, never another feature' },
        messages: {
          crossFeature: "features/{{from}} imports features/{{to}} ('{{spec}}'): move what both need to web/src/shared, or let app/ compose them",
          sharedToFeature: "shared/ imports features/{{to}} ('{{spec}}'): shared code must not depend on a feature",
        },
        schema: [],
      },
      create(context) {
        const rel = path.relative(webSrc, context.filename).split(path.sep);
        if (rel[0] === '..') return {};
        const from = rel[0] === 'features' ? rel[1] : rel[0] === 'shared' ? null : undefined;
        if (from === undefined) return {};
        const check = (source) => {
          if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const target = path.relative(webSrc, path.resolve(path.dirname(context.filename), source.value)).split(path.sep);
          if (target[0] !== 'features' || !target[1]) return;
          if (from === null) context.report({ node: source, messageId: 'sharedToFeature', data: { to: target[1], spec: source.value } });
          else if (target[1] !== from) context.report({ node: source, messageId: 'crossFeature', data: { from, to: target[1], spec: source.value } });
        };
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.tmp/**', '.data/**', '**/drizzle/**', 'e2e/test-results/**', 'e2e/playwright-report/**', 'bench/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    plugins: { 'web-boundaries': webBoundaries, 'react-hooks': reactHooks },
    rules: {
      'web-boundaries/feature-imports': 'error',
      // the plugin's recommended set (React Compiler rules included), every rule an error
      ...Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
      // money, numbers and dates are formatted by web/src/shared/format.ts only (exact decimals, one locale rule)
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='toFixed']", message: 'format numbers with web/src/shared/format.ts (money is never a JS number)' },
        { selector: "CallExpression[callee.name='parseFloat']", message: 'parse amounts with web/src/shared/format.ts (the domain money module), never parseFloat' },
        { selector: "MemberExpression[object.name='Intl'][property.name='NumberFormat']", message: 'format numbers with web/src/shared/format.ts' },
        { selector: "CallExpression[callee.property.name='toLocaleString']", message: 'format dates and numbers with web/src/shared/format.ts' },
      ],
    },
  },
  {
    files: ['packages/web/src/shared/format.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // typed linting for the SPA only: a promise nobody awaits or voids hides its failure
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['packages/web/src/graphql/generated/**'],
    languageOptions: { parserOptions: { project: ['packages/web/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // A test that expects an error must fail when nothing is thrown: assert with `toThrow`/`rejects` (or take the error
    // with `p.then(() => null, (e) => e)` and assert it unconditionally), never with expect() inside a catch.
    files: ['**/test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CatchClause CallExpression[callee.name="expect"]', message: 'expect() in a catch block passes when nothing is thrown: use expect(() => …).toThrow(…) or await expect(p).rejects…' },
        { selector: 'CatchClause CallExpression[callee.object.name="expect"]', message: 'expect.*() in a catch block passes when nothing is thrown: use toThrow/rejects' },
        { selector: 'CallExpression[callee.property.name="catch"] CallExpression[callee.name="expect"]', message: 'expect() in a .catch() callback passes when nothing is thrown: use await expect(p).rejects…' },
      ],
    },
  },
);
