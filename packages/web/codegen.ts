import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The server emits packages/server/schema.graphql; until it exists we use the provisional contract copy.
const serverSchema = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));
const provisionalSchema = fileURLToPath(new URL('./schema.provisional.graphql', import.meta.url));
const schema = existsSync(serverSchema) ? serverSchema : provisionalSchema;
if (schema === provisionalSchema) {
  console.warn('codegen: ../server/schema.graphql not found, using schema.provisional.graphql');
}

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          Decimal: 'string',
          Date: 'string',
          DateTime: 'string',
          ID: { input: 'string', output: 'string' },
        },
      },
    },
  },
};

export default config;
