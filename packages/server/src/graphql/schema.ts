import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';
import { resolvers } from '../modules/index.js';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the type-graphql schema once per process. `validate: true` turns on class-validator for inputs. */
export function getSchema(opts: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: resolvers as unknown as NonEmptyArray<Function>,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    scalarsMap: [],
    emitSchemaFile: opts.emitSchemaFile ? { path: opts.emitSchemaFile, sortedSchema: false } : false,
  });
  return cached;
}

export const scalars = { DecimalScalar, DateScalar, DateTimeScalar };
