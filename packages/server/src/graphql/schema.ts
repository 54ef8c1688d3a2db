import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { resolvers } from '../modules/index.js';

let cached: Promise<GraphQLSchema> | undefined;

/**
 * Builds the type-graphql schema once per process. Inputs are validated by the domain's validators (field + rule
 * issues), not by class-validator decorators (none are used): `validate: false` also spares type-graphql a dynamic
 * `import('class-validator')` for EVERY argument of every resolver call (docs/performance.md, debtor file).
 */
export function getSchema(opts: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [],
    emitSchemaFile: opts.emitSchemaFile ? { path: opts.emitSchemaFile, sortedSchema: false } : false,
  });
  return cached;
}
