import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
