import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Sql } from '../db/client.js';
import { audit } from '../modules/common/index.js';
import type { Context } from './context.js';

/**
 * Issue 20 (docs/security.md § 3d): EVERY permission denial is an audit event — not only the role checks of the auth
 * checker (which audit their own, with the required roles) but also the FORBIDDEN answers of resolvers and services
 * (e.g. another user's sessions asked for by a non-admin, an admin resetting their own second factor, an
 * enrolment-only session). Written on the main database after the operation (never inside an analyst's read-only
 * transaction).
 */
const audited = new WeakSet<object>();

/** Marks a denial the caller has audited already (the auth checker). */
export function markAudited<E extends object>(err: E): E {
  audited.add(err);
  return err;
}

export function denialAuditPlugin(main: Sql): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operation }) {
          for (const e of errors as readonly GraphQLError[]) {
            if (e.extensions?.code !== 'FORBIDDEN') continue;
            if (audited.has(e) || (e.originalError && audited.has(e.originalError))) continue;
            const root = operation?.operation === 'mutation' ? 'Mutation' : operation?.operation === 'subscription' ? 'Subscription' : 'Query';
            const field = typeof e.path?.[0] === 'string' ? e.path[0] : 'unknown';
            try {
              await audit(contextValue, 'PERMISSION_DENIED', 'graphql', `${root}.${field}`, null, { reason: e.message.slice(0, 200) }, main);
            } catch (err) {
              contextValue.log?.error({ err }, 'permission denial could not be audited');
            }
          }
        },
      };
    },
  };
}
