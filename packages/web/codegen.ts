import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The server emits and commits packages/server/schema.graphql: the one schema source.
const schema = fileURLToPath(new URL('../server/schema.graphql', import.meta.url));

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
