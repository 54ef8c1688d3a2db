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

// House plan (issue 17), "module faces": code outside a server module imports only its index.ts. Per depth of the
// importing file, the relative paths that leave its module and enter another one past that module's index.js.
const faceMessage = 'Import another server module only through its face, modules/<module>/index.js (house plan, issue 17)';
const facePatterns = (regex) => [{ regex, message: faceMessage }];
const noDbInResolvers = [
  { group: ['drizzle-orm/*', '**/db/*', '**/db/**'], message: 'Resolvers do not import the database: move the SQL to <module>.service.ts' },
  { group: ['**/*.resolver.js', '**/*.resolver'], message: 'A resolver does not import another resolver: share mappers through <module>.mappers.ts' },
];
const resolverPaths = [
  { name: 'postgres', message: 'Resolvers do not query: move the SQL to <module>.service.ts' },
  { name: 'drizzle-orm', message: 'Resolvers do not query: move the SQL to <module>.service.ts' },
];
const faceDepths = [
  // src/modules/<m>/x.ts → ../<other>/y.js
  { files: ['packages/server/src/modules/*/*.ts'], regex: '^\\.\\./[^./][^/]*/(?!index\\.js$).+' },
  // src/modules/<m>/<sub>/x.ts → ../../<other>/y.js
  { files: ['packages/server/src/modules/*/*/*.ts'], regex: '^\\.\\./\\.\\./[^./][^/]*/(?!index\\.js$).+' },
  // src/modules/<m>/<sub>/<sub2>/x.ts → ../../../<other>/y.js
  { files: ['packages/server/src/modules/*/*/*/*.ts'], regex: '^\\.\\./\\.\\./\\.\\./[^./][^/]*/(?!index\\.js$).+' },
  // everything else in the server (graphql/, http/, jobs/, scripts/, seed/, integrations/, main.ts, …)
  { files: ['packages/server/src/**/*.ts'], ignores: ['packages/server/src/modules/**'], regex: '(^|/)modules/[^/]+/(?!index\\.js$).+' },
];

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
  ...faceDepths.map(({ files, ignores, regex }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns: facePatterns(regex) }] },
  })),
  {
    // src/modules/index.ts assembles the schema: it may name resolver files directly.
    files: ['packages/server/src/modules/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // House plan (issue 17): a promise is awaited, returned or explicitly `void`ed (typed lint, server sources only).
    files: ['packages/server/src/**/*.ts'],
    languageOptions: { parserOptions: { project: ['packages/server/tsconfig.json'], tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // House plan (issue 17): one transaction-handle type. `SqlHandle` / `DbOrTx` (packages/server/src/db/client.ts)
    // accept the pool and a transaction alike; a double cast to Sql or Db hides a wrong handle.
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression[typeAnnotation.typeName.name=/^(Sql|Db)$/] > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'No `as unknown as Sql/Db`: type the parameter as SqlHandle (or DbOrTx) from db/client.ts',
        },
      ],
    },
  },
  {
    // House plan (issue 17): resolvers map arguments and results and call services; they never touch the database.
    files: ['packages/server/src/**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: resolverPaths, patterns: noDbInResolvers }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression[typeAnnotation.typeName.name=/^(Sql|Db)$/] > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'No `as unknown as Sql/Db`: type the parameter as SqlHandle (or DbOrTx) from db/client.ts',
        },
        { selector: 'TaggedTemplateExpression', message: 'Resolvers do not run SQL: move the query to <module>.service.ts' },
        {
          selector: 'MemberExpression[object.property.name=/^(sql|db)$/][property.name=/^(begin|reserve|unsafe|select|insert|update|delete|execute|transaction|query)$/]',
          message: 'Resolvers do not run SQL: move the query to <module>.service.ts',
        },
      ],
    },
  },
  // a resolver obeys both the face rule and the resolver rule (a later block replaces a rule's options: merge them)
  ...faceDepths.slice(0, 3).map(({ files, regex }) => ({
    files: files.map((f) => f.replace(/\*\.ts$/, '*.resolver.ts')),
    rules: { 'no-restricted-imports': ['error', { paths: resolverPaths, patterns: [...noDbInResolvers, ...facePatterns(regex)] }] },
  })),
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
        {
          selector: 'CatchClause CallExpression[callee.name="expect"]',
          message: 'expect() in a catch block passes when nothing is thrown: use expect(() => …).toThrow(…) or await expect(p).rejects…',
        },
        { selector: 'CatchClause CallExpression[callee.object.name="expect"]', message: 'expect.*() in a catch block passes when nothing is thrown: use toThrow/rejects' },
        {
          selector: 'CallExpression[callee.property.name="catch"] CallExpression[callee.name="expect"]',
          message: 'expect() in a .catch() callback passes when nothing is thrown: use await expect(p).rejects…',
        },
      ],
    },
  },
);
